package org.newsdesk.store;

/**
 * A source and how its articles fared: users of other readers complain that failures are silent.
 *
 * @param articles articles discovered through this source
 * @param extracted articles whose body was found
 * @param failed articles that failed at some stage (the article rows say why)
 */
public record SourceHealth(Source source, long articles, long extracted, long failed) {

  /** Share of finished extractions that found a body; empty before any finished. */
  public java.util.OptionalDouble extractionRate() {
    long finished = extracted + failed;
    return finished == 0 ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of((double) extracted / finished);
  }
}
