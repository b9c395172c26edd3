package org.newsdesk.digest.rank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.digest.Follow;

/**
 * How strongly a story touches what the reader follows. Each matching follow counts 0.6, plus up
 * to 0.4 for the share of the story's articles it is found in (a story mostly about North Korea
 * beats one mentioning it once); several matches combine as independent evidence, 1 − Π(1 − s).
 */
public final class FollowMatch implements DigestSignal {

  @Override
  public String name() {
    return "follow-match";
  }

  @Override
  public SignalScore score(CandidateStory story, Reader reader) {
    double miss = 1;
    List<String> matched = new ArrayList<>();
    for (Follow f : reader.follows()) {
      double strength = strength(f, story, reader);
      if (strength > 0) {
        miss *= 1 - strength;
        matched.add(f.label());
      }
    }
    if (matched.isEmpty()) {
      return SignalScore.of(0);
    }
    String labels = matched.size() <= 2 ? String.join(" and ", matched)
        : matched.get(0) + ", " + matched.get(1) + " and " + (matched.size() - 2) + " more";
    return SignalScore.of(1 - miss, "you follow " + labels);
  }

  @Override
  public double value(CandidateStory story, Reader reader) {
    double miss = 1;
    for (Follow f : reader.follows()) {
      miss *= 1 - strength(f, story, reader);
    }
    return 1 - miss;
  }

  /** 0 when {@code f} does not match; else 0.6 + 0.4 × share of the articles it is found in. */
  static double strength(Follow f, CandidateStory story, Reader reader) {
    int found = switch (f.kind()) {
      case ENTITY -> {
        Long id = reader.entityIds().get(f.value());
        yield id == null ? 0 : story.entityArticles().getOrDefault(id, 0);
      }
      case PLACE -> story.countryArticles().getOrDefault(f.value().toUpperCase(Locale.ROOT), 0);
      case TOPIC -> story.eventTypes().getOrDefault(f.value().toLowerCase(Locale.ROOT), 0);
      // A saved search matches the story or not; count it as found in half its articles.
      case SEARCH -> reader.searchMatches().getOrDefault(f.value(), java.util.Set.of())
          .contains(story.id()) ? Math.max(1, story.articles() / 2) : 0;
    };
    if (found <= 0) {
      return 0;
    }
    double share = Math.min(1.0, found / (double) Math.max(1, story.articles()));
    return 0.6 + 0.4 * share;
  }
}
