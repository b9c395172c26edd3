package org.newsdesk.digest.compose;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.digest.DigestLinks;
import org.newsdesk.digest.Subscriber;
import org.newsdesk.digest.deliver.OutgoingMail;
import org.newsdesk.digest.rank.CandidateStory;
import org.newsdesk.digest.rank.RankedStory;

/**
 * Turns a reader's ranked stories into the email: subject, HTML and text parts, the RFC 8058
 * one-click unsubscribe headers, a Message-ID under the sender's domain. An HTML part over
 * {@link #MAX_HTML_BYTES} loses stories from the bottom until it fits (Gmail clips mail near
 * 102 KB, hiding the footer with the unsubscribe link).
 */
public final class DigestComposer {

  public static final int MAX_HTML_BYTES = 100 * 1024;
  static final int SUBJECT_TITLE_CHARS = 70;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter LONG_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  private final DigestLinks links;
  private final String messageIdDomain;

  /** @param from the From address; its domain names the Message-IDs */
  public DigestComposer(DigestLinks links, String from) {
    this.links = links;
    this.messageIdDomain = domainOf(from);
  }

  /** The digest of {@code stories} for {@code s} on {@code day}; empty when there are none. */
  public Optional<ComposedDigest> compose(Subscriber s, LocalDate day, List<RankedStory> stories) {
    return compose(s, day, stories, new StoryBlocks());
  }

  /** As above, with story blocks already rendered in this run taken from {@code blocks}. */
  public Optional<ComposedDigest> compose(Subscriber s, LocalDate day, List<RankedStory> stories,
      StoryBlocks blocks) {
    if (stories.isEmpty()) {
      return Optional.empty();
    }
    String manage = links.manageUrl(s);
    String unsubscribe = links.unsubscribeUrl(s);
    List<RankedStory> kept = new ArrayList<>(stories);
    while (true) {
      DigestView view = view(day, kept, manage, unsubscribe, blocks);
      String html = DigestHtml.render(view);
      // A char is at most 3 bytes in UTF-8: most digests are far under and skip the encoding.
      boolean tooBig = html.length() * 3L > MAX_HTML_BYTES
          && html.getBytes(StandardCharsets.UTF_8).length > MAX_HTML_BYTES;
      if (tooBig && kept.size() > 1) {
        kept.remove(kept.size() - 1);
        continue;
      }
      OutgoingMail mail = new OutgoingMail(Optional.of(s.id()), OutgoingMail.Kind.DIGEST,
          Optional.of(day), s.email(), OutgoingMail.newMessageId(messageIdDomain),
          subject(day, kept), html, DigestText.render(view),
          Map.of("List-Unsubscribe", "<" + unsubscribe + ">",
              "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
      return Optional.of(new ComposedDigest(mail, kept));
    }
  }

  /** "Your Newsdesk digest, 28 Nov: North Korea missile launch, +4 more". */
  static String subject(LocalDate day, List<RankedStory> stories) {
    String lead = FactLines.clip(stories.get(0).story().title().strip(), SUBJECT_TITLE_CHARS);
    int more = stories.size() - 1;
    return "Your Newsdesk digest, " + DAY.format(day) + ": " + lead
        + (more > 0 ? ", +" + more + " more" : "");
  }

  private DigestView view(LocalDate day, List<RankedStory> stories, String manage,
      String unsubscribe, StoryBlocks blocks) {
    List<DigestView.StoryView> views = new ArrayList<>(stories.size());
    for (RankedStory r : stories) {
      CandidateStory st = r.story();
      String url = links.storyUrl(st.id());
      views.add(new DigestView.StoryView(st.title(), url, r.novelty().isUpdate(), r.why(),
          blocks.get(st.id(), () -> block(st, url))));
    }
    String count = stories.size() + (stories.size() == 1 ? " story" : " stories");
    return new DigestView("Your Newsdesk digest", LONG_DAY.format(day) + " · " + count, views,
        manage, unsubscribe, links.siteUrl("/"));
  }

  private static StoryBlock block(CandidateStory st, String url) {
    List<String> claims = new ArrayList<>();
    for (CandidateStory.ClaimLine c : st.claims()) {
      claims.add(FactLines.claim(c));
    }
    DigestView.StoryBody body = new DigestView.StoryBody(url, st.summary(),
        st.keyQuote().map(CandidateStory.Quote::text).orElse(""),
        st.keyQuote().map(CandidateStory.Quote::speaker).orElse(""),
        String.join(", ", st.who()), String.join(", ", st.where()), claims);
    return new StoryBlock(DigestHtml.renderBody(body), DigestText.renderBody(body));
  }

  /** "Newsdesk <digest@news.example.org>" → "news.example.org". */
  static String domainOf(String from) {
    int at = from.lastIndexOf('@');
    if (at < 0) {
      return "localhost";
    }
    String rest = from.substring(at + 1);
    int end = rest.indexOf('>');
    return (end >= 0 ? rest.substring(0, end) : rest).strip();
  }
}
