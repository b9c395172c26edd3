package org.newsdesk.language;

import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Which language a text is written in, or nothing when that cannot be told with confidence.
 *
 * <p>Character n-gram profiles of 71 languages (optimaize language-detector, a port of Cybozu's
 * langdetect), scored on a sample of the text with URLs and e-mail addresses removed. It answers
 * only for texts with at least {@value #MIN_LETTERS} letters and only when one language has a
 * probability of at least {@value #MIN_PROBABILITY}: on a headline or a list of names n-gram
 * statistics guess, and a caller that refuses non-English text must not refuse on a guess.
 *
 * <p>Build one per process (loading the profiles takes a fraction of a second); {@link #detect}
 * is thread-safe.
 */
public final class LanguageDetector {

  /** Below this many letters the n-gram statistics are too thin to refuse a text on. */
  public static final int MIN_LETTERS = 100;

  static final double MIN_PROBABILITY = 0.90;

  /** Enough text to be sure; more only costs time. */
  private static final int SAMPLE_CHARS = 10_000;

  private final com.optimaize.langdetect.LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  public LanguageDetector() {
    try {
      detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readAllBuiltIn())
          // Fixed seed: the detector samples n-grams at random, and the same text should get the
          // same answer every time.
          .seed(42L)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language profiles", e);
    }
  }

  /** The language of {@code text}; empty when the text is too short or no language is clear. */
  public Optional<DetectedLanguage> detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (letters(sample) < MIN_LETTERS) {
      return Optional.empty();
    }
    List<com.optimaize.langdetect.DetectedLanguage> ranked =
        detector.getProbabilities(texts.forText(sample));
    if (ranked.isEmpty() || ranked.get(0).getProbability() < MIN_PROBABILITY) {
      return Optional.empty();
    }
    return Optional.of(DetectedLanguage.of(ranked.get(0).getLocale().getLanguage()));
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
