package org.newsdesk.analyze;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.analyze.body.BodyBuilder;
import org.newsdesk.analyze.card.Body;
import org.newsdesk.analyze.card.Claim;
import org.newsdesk.analyze.card.DateMention;
import org.newsdesk.analyze.card.Event;
import org.newsdesk.analyze.card.InsightCard;
import org.newsdesk.analyze.card.Place;
import org.newsdesk.analyze.card.Quote;
import org.newsdesk.analyze.claims.ClaimExtractor;
import org.newsdesk.analyze.dates.DateResolver;
import org.newsdesk.analyze.entities.ActorResolver;
import org.newsdesk.analyze.entities.EntityIndex;
import org.newsdesk.analyze.entities.EntityResolver;
import org.newsdesk.analyze.events.EventExtractor;
import org.newsdesk.analyze.events.EventType;
import org.newsdesk.analyze.nlp.NlpPipeline;
import org.newsdesk.analyze.nlp.ParsedArticle;
import org.newsdesk.analyze.places.Gazetteer;
import org.newsdesk.analyze.places.PlaceLocator;
import org.newsdesk.analyze.quotes.QuoteFinder;
import org.newsdesk.analyze.quotes.QuoteSpan;
import org.newsdesk.analyze.quotes.ScareQuotes;
import org.newsdesk.analyze.quotes.SpeakerAttributor;
import org.newsdesk.analyze.quotes.SpeechVerbs;
import org.newsdesk.language.LanguageDetector;

/**
 * The front door of analysis: an article in, its insight card out. Build one per process (it
 * loads the NLP models and the gazetteer, some seconds and about 1.5 GB) and share it across
 * threads; {@link #analyze} is thread-safe.
 *
 * <p>The stages, cheapest first: body → tokens, sentences, names and dates (CoreNLP) → canonical
 * entities → quote spans → dependency parses, only of the sentences that hold a quote, a speech
 * verb or an event trigger → speakers → dates → events → claims → places.
 */
public final class Analyzer {

  private final AnalyzerOptions options;
  private final NlpPipeline nlp;
  private final BodyBuilder bodies = new BodyBuilder();
  private final EntityResolver entityResolver;
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final SpeakerAttributor speakers = new SpeakerAttributor();
  private final DateResolver dateResolver;
  private final EventExtractor eventExtractor = new EventExtractor();
  private final ClaimExtractor claimExtractor = new ClaimExtractor();
  private final PlaceLocator placeLocator;
  private final LanguageDetector languages = new LanguageDetector();

  public Analyzer(AnalyzerOptions options) {
    this.options = options;
    this.nlp = new NlpPipeline();
    this.dateResolver = new DateResolver(nlp);
    Gazetteer gazetteer = Gazetteer.load();
    this.entityResolver = new EntityResolver(gazetteer);
    this.placeLocator = new PlaceLocator(gazetteer);
  }

  /**
   * Analyzes one article.
   *
   * @throws UnsupportedInputException if the input has no text, or its text is not English
   */
  public InsightCard analyze(ArticleInput input) {
    Body body = input.format() == ArticleInput.Format.HTML
        ? bodies.fromHtml(input.content()) : bodies.fromText(input.content());
    if (body.text().isBlank()) {
      throw new UnsupportedInputException(UnsupportedInputException.Reason.EMPTY,
          "no article text found in the input");
    }
    // Every caller (CLI, ingest, batch) gets the same refusal: the models are English-only and
    // would make confident nonsense of another language.
    languages.detect(body.text()).filter(l -> !l.isEnglish()).ifPresent(l -> {
      throw new UnsupportedInputException(UnsupportedInputException.Reason.LANGUAGE,
          "the text is in " + l + "; only English is supported yet");
    });
    InsightCard.Truncation truncation = null;
    if (body.text().length() > options.maxChars()) {
      int total = body.text().length();
      body = truncate(body, options.maxChars());
      truncation = new InsightCard.Truncation(body.text().length(), total);
    }
    String text = body.text();
    Annotation doc = nlp.annotate(text);
    ParsedArticle article = new ParsedArticle(text, doc, body);
    EntityIndex entities = entityResolver.resolve(article);
    List<QuoteSpan> spans = quoteFinder.find(text, body);
    nlp.parse(sentencesWorthParsing(article, spans, entities));

    ActorResolver actors = new ActorResolver(entities, text);
    List<Quote> quotes = ScareQuotes.drop(speakers.attribute(spans, article, actors), text);
    List<DateMention> dates = dateResolver.resolve(article, input.published());
    List<Event> events = eventExtractor.extract(article, actors, dates);
    List<Claim> claims = claimExtractor.extract(article, actors, quotes, events);
    List<Place> places = placeLocator.locate(entities, text);
    return new InsightCard(InsightCard.SCHEMA,
        input.published() == null ? null : input.published().toString(), "en", truncation, body,
        article.sentences(), entities.entities(), quotes, events, claims, dates, places);
  }

  /**
   * The dependency parser is most of the cost. It serves quotes, and events and claims, which
   * need a trigger (a speech verb, an event word, "according to") and someone to act: a named
   * entity or a pronoun for one. Other sentences are not parsed.
   */
  private static List<CoreMap> sentencesWorthParsing(ParsedArticle article, List<QuoteSpan> spans,
      EntityIndex entities) {
    List<CoreMap> out = new ArrayList<>();
    for (int i = 0; i < article.nlpSentences().size(); i++) {
      if (article.isHeading(i)) {
        continue;
      }
      CoreMap s = article.nlpSentences().get(i);
      int begin = ParsedArticle.begin(s);
      int end = ParsedArticle.end(s);
      boolean quote = spans.stream().anyMatch(q -> q.start() < end && begin < q.end());
      boolean trigger = false;
      boolean actor = false;
      for (CoreLabel t : ParsedArticle.tokens(s)) {
        String lemma = t.lemma() == null ? t.word() : t.lemma().toLowerCase(java.util.Locale.ROOT);
        trigger |= SpeechVerbs.contains(lemma) || EventType.isTrigger(lemma) || t.word().equalsIgnoreCase("according");
        actor |= "PRP".equals(t.tag()) || "NNS".equals(t.tag()) || "NNPS".equals(t.tag())
            || entities.at(t.beginPosition(), t.endPosition()).isPresent();
      }
      if (quote || (trigger && actor)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The body cut at the last paragraph (or sentence) end before {@code max} characters. */
  private static Body truncate(Body body, int max) {
    String text = body.text();
    int cut = text.lastIndexOf('\n', max);
    if (cut < max / 2) {
      cut = Math.max(text.lastIndexOf(". ", max) + 1, max / 2);
    }
    final int end = cut;
    List<Body.Block> blocks = new ArrayList<>();
    for (Body.Block b : body.blocks()) {
      if (b.start() >= end) {
        break;
      }
      blocks.add(b.end() <= end ? b : new Body.Block(b.kind(), text.substring(b.start(), end), b.start(), end));
    }
    return new Body(text.substring(0, end), List.copyOf(blocks), body.headings(), body.removed());
  }
}
