package org.newsdesk.extract;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.extract.PublicationDate.Source;

/**
 * Reads the date stamp a page shows its readers by the headline: "Published 5 March 2024",
 * "Updated: Nov. 3, 2019 7:05 p.m. ET", "By Jane Doe | March 5, 2024", "18 NOV 2019", and, when
 * the fetch time is known, "2 hours ago".
 *
 * <h2>Where it looks</h2>
 *
 * Only in the article's header: after the headline and before the article's first paragraph,
 * and in the headline's own group before it (a date above the headline). A page is full of
 * other dates: body paragraphs mention the days events happened, lists of other stories and
 * comments carry their own, the masthead shows today's, photo captions the day the photo was
 * taken. None of those is in the header, and captions and other stories are skipped even there.
 *
 * <h2>Which date</h2>
 *
 * A date labelled as the publication ("Published", "Posted", "First published") wins; then the
 * first unlabelled stamp, either in an element named for it (class or id with date, time,
 * byline, meta…) or standing alone on a short line; a date labelled as an update
 * ("Updated", "Modified") only when the page shows no other, and then it is marked so: the
 * article was published on or before it.
 */
final class DatelineFinder {

  /** A visible date, and whether it is only the last update's. */
  record Dateline(PublicationDate date, boolean updateOnly) {}

  private enum Label { PUBLISHED, UPDATED, NONE }

  /** Text after the headline beyond this is the article even when no paragraph was recognised. */
  private static final int MAX_HEADER_CHARS = 1500;
  /** A paragraph at least this long starts the article's body. */
  private static final int BODY_PARAGRAPH_CHARS = 120;
  /** A date stamp's line is short; longer text is prose. */
  private static final int MAX_STAMP_CHARS = 200;
  /** What an unnamed, unlabelled line may hold besides its date (a weekday, "at", a zone). */
  private static final int MAX_UNLABELLED_REST = 30;

  private static final Pattern PUBLISHED_LABEL = Pattern.compile(
      "(?iu)\\b(?:first published|published|posted|publicado|publicada|publié|veröffentlicht|pubblicato"
          + "|опубликовано)\\b");
  private static final Pattern UPDATED_LABEL = Pattern.compile(
      "(?iu)\\b(?:updated|last updated|modified|edited|revised|atualizado|actualizado|mis à jour"
          + "|aktualisiert|aggiornato|обновлено)\\b");
  /** Names of the elements that hold a stamp: "post-date", "timestamp", "entry-meta", "byline". */
  private static final Pattern STAMP_NAME = Pattern.compile(
      "(?i)date|time|publish|posted|dateline|byline|meta|stamp");
  private static final Pattern UPDATE_NAME = Pattern.compile("(?i)updat|modif");
  private static final Pattern PUBLICATION_NAME = Pattern.compile("(?i)publish|posted|pubdate|dateline");
  /** The site's own header: its date is today's, not the article's. */
  private static final Pattern SITE_HEADER_NAME = Pattern.compile("(?i)site-?header|masthead|top-?bar|navbar");
  private static final Pattern BYLINE_START = Pattern.compile("(?iu)^\\s*by\\s+\\p{Lu}");
  private static final Pattern RELATIVE = Pattern.compile(
      "(?i)\\b(?<n>\\d{1,2}|an?|one)\\s+(?<unit>min(?:ute)?s?|hours?|hrs?|days?)\\s+ago\\b");

  Optional<Dateline> find(Document doc, DateBounds bounds) {
    Optional<Element> headline = headline(doc);
    if (headline.isEmpty()) {
      return Optional.empty();
    }
    Map<Element, Boolean> aboveHeadline = new IdentityHashMap<>();
    List<Element> units = stampLines(headline.get(), aboveHeadline);
    Optional<Dateline> unlabelled = Optional.empty();
    Optional<Dateline> updated = Optional.empty();
    for (Element unit : units) {
      String text = unit.text();
      // Above the headline stand kickers and, on fact checks and reviews, the date of the thing
      // reviewed: only a stamp named as the publication's is read there.
      boolean above = aboveHeadline.containsKey(unit);
      boolean update = namedAsUpdate(unit);
      for (Stamp s : stamps(text, bounds)) {
        if (!bounds.allows(s.date())) {
          continue;
        }
        Label label = update && s.label() == Label.NONE ? Label.UPDATED : s.label();
        if (above && label != Label.PUBLISHED && !namedAsPublication(unit)) {
          continue;
        }
        switch (label) {
          case PUBLISHED -> {
            return Optional.of(new Dateline(s.date(), false));
          }
          case UPDATED -> {
            if (updated.isEmpty()) {
              updated = Optional.of(new Dateline(s.date(), true));
            }
          }
          case NONE -> {
            if (unlabelled.isEmpty() && (named(unit) || standsAlone(text, s))) {
              unlabelled = Optional.of(new Dateline(s.date(), false));
            }
          }
        }
      }
    }
    return unlabelled.isPresent() ? unlabelled : updated;
  }

  /** A date in a line, with the label before it and where it stood. */
  private record Stamp(PublicationDate date, Label label, int start, int end) {}

  private static List<Stamp> stamps(String text, DateBounds bounds) {
    List<Stamp> stamps = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    List<PublicationDate> dates = new ArrayList<>();
    for (DateText.Found f : DateText.scan(text, Source.DATELINE)) {
      spans.add(new int[] {f.start(), f.end()});
      dates.add(f.date());
    }
    if (bounds.fetchedAt().isPresent()) {
      Matcher m = RELATIVE.matcher(text);
      while (m.find()) {
        Optional<PublicationDate> d = relative(m, bounds.fetchedAt().get());
        if (d.isPresent()) {
          spans.add(new int[] {m.start(), m.end()});
          dates.add(d.get());
        }
      }
    }
    int previousEnd = 0;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
    for (int i : order) {
      int start = spans.get(i)[0];
      // The label that counts is the one between the previous date and this one.
      String before = text.substring(Math.min(previousEnd, start), start);
      stamps.add(new Stamp(dates.get(i), labelOf(before), start, spans.get(i)[1]));
      previousEnd = Math.max(previousEnd, spans.get(i)[1]);
    }
    return stamps;
  }

  private static Label labelOf(String before) {
    int published = lastMatch(PUBLISHED_LABEL, before);
    int updated = lastMatch(UPDATED_LABEL, before);
    if (published < 0 && updated < 0) {
      return Label.NONE;
    }
    return published > updated ? Label.PUBLISHED : Label.UPDATED;
  }

  private static int lastMatch(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }

  /**
   * "2 hours ago" counted back from the fetch: to the minute or the hour it names, in UTC; days
   * give only the UTC day, which may be the newsroom's day before or after.
   */
  private static Optional<PublicationDate> relative(Matcher m, Instant fetched) {
    String n = m.group("n").toLowerCase(Locale.ROOT);
    int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : 1;
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    OffsetDateTime at;
    if (unit.startsWith("min")) {
      at = fetched.minus(Duration.ofMinutes(count)).truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC);
    } else if (unit.startsWith("h")) {
      at = fetched.minus(Duration.ofHours(count)).truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC);
    } else {
      return Optional.of(PublicationDate.ofDay(
          fetched.minus(Duration.ofDays(count)).atOffset(ZoneOffset.UTC).toLocalDate(), Source.DATELINE));
    }
    return Optional.of(PublicationDate.ofOffset(at, Source.DATELINE));
  }

  /** An unnamed line counts when it is little more than its date, or a byline and a date. */
  private static boolean standsAlone(String text, Stamp s) {
    String rest = (text.substring(0, s.start()) + text.substring(s.end())).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return rest.length() <= MAX_UNLABELLED_REST || BYLINE_START.matcher(text).find();
  }

  /** "entry-updated", "dateModified": the stamp of the last change. */
  private static boolean namedAsUpdate(Element unit) {
    for (Element e : unit.getAllElements()) {
      if (UPDATE_NAME.matcher(e.className() + " " + e.id() + " " + e.attr("itemprop")).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean namedAsPublication(Element unit) {
    for (Element e = unit; e != null && e.text().length() <= MAX_STAMP_CHARS; e = e.parent()) {
      if (PUBLICATION_NAME.matcher(e.className() + " " + e.id()).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean named(Element unit) {
    for (Element e = unit; e != null && e.normalName() != null && !e.normalName().equals("body"); e = e.parent()) {
      if (e.normalName().equals("time") || STAMP_NAME.matcher(e.className() + " " + e.id()).find()) {
        return true;
      }
      if (e.text().length() > MAX_STAMP_CHARS) {
        break;
      }
    }
    for (Element inside : unit.getAllElements()) {
      if (inside.normalName().equals("time") || STAMP_NAME.matcher(inside.className() + " " + inside.id()).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The article's headline: the first {@code <h1>} whose text the page's title holds (a site's
   * logo is often an {@code <h1>} too), else the first one outside navigation and other stories.
   */
  static Optional<Element> headline(Document doc) {
    String title = squeeze(doc.title() + " " + doc.select("meta[property=og:title]").attr("content"));
    Optional<Element> first = Optional.empty();
    for (Element h : doc.select("h1, [itemprop=headline]")) {
      if (h.text().isBlank() || BoilerplateHints.insideOtherContent(h) || h.closest("nav") != null) {
        continue;
      }
      String text = squeeze(h.text());
      if (text.length() >= 10 && title.contains(text)) {
        return Optional.of(h);
      }
      if (first.isEmpty()) {
        first = Optional.of(h);
      }
    }
    return first;
  }

  private static String squeeze(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  /**
   * The short elements of the header, in page order: the largest ones of at most
   * {@link #MAX_STAMP_CHARS} characters, so that a stamp split into spans is read whole.
   */
  private static List<Element> stampLines(Element headline, Map<Element, Boolean> aboveHeadline) {
    Map<Element, Boolean> header = new IdentityHashMap<>();
    List<Element> order = new ArrayList<>();
    // Before the headline, within its own group (kicker, date above the headline).
    Element group = headline.parent();
    if (group != null && group.parent() != null && group.text().length() < MAX_HEADER_CHARS / 3
        && !group.normalName().equals("body")) {
      group = group.parent();
    }
    if (group != null) {
      for (Element e : group.getAllElements()) {
        if (e == headline) {
          break;
        }
        if (!isAncestor(e, headline)) {
          header.put(e, true);
          aboveHeadline.put(e, true);
          order.add(e);
        }
      }
    }
    // After the headline, up to the first paragraph of the body.
    int chars = 0;
    Element root = headline.ownerDocument() == null ? headline.root() : headline.ownerDocument().body();
    boolean after = false;
    for (Element e : root == null ? List.<Element>of() : root.getAllElements()) {
      if (e == headline) {
        after = true;
        continue;
      }
      if (!after || isAncestor(headline, e)) {
        continue;
      }
      if (startsBody(e) || chars > MAX_HEADER_CHARS) {
        break;
      }
      if (e.ownText().length() > 0) {
        chars += e.ownText().length();
      }
      header.put(e, true);
      order.add(e);
    }
    List<Element> lines = new ArrayList<>();
    for (Element e : order) {
      String text = e.text();
      if (text.length() > MAX_STAMP_CHARS || text.chars().noneMatch(Character::isDigit) || elsewhere(e)) {
        continue;
      }
      Element parent = e.parent();
      boolean parentIsLine = parent != null && header.containsKey(parent) && parent.text().length() <= MAX_STAMP_CHARS
          && !elsewhere(parent);
      if (!parentIsLine) {
        lines.add(e);
      }
    }
    return lines;
  }

  private static boolean startsBody(Element e) {
    return e.normalName().equals("p") && e.text().length() >= BODY_PARAGRAPH_CHARS && !elsewhere(e);
  }

  /** In a caption, a figure, another story or comments: its dates are not the article's. */
  private static boolean elsewhere(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      String tag = a.normalName();
      String names = a.className() + " " + a.id();
      if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("nav") || a.attr("role").equals("banner")
          || names.toLowerCase(Locale.ROOT).contains("caption") || SITE_HEADER_NAME.matcher(names).find()) {
        return true;
      }
    }
    return BoilerplateHints.insideOtherContent(e);
  }

  private static boolean isAncestor(Element ancestor, Element of) {
    for (Element a = of.parent(); a != null; a = a.parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }
}
