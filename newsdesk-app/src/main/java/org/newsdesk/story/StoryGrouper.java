package org.newsdesk.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups articles into stories as they arrive: the front door of story clustering.
 *
 * <h2>The problem</h2>
 * Many sources report one event; a reader wants one story with its weight (how many independent
 * sources carry it), not forty links. Articles stream in, so each must be placed when it arrives,
 * against what came before, in bounded time and memory. The hard cases are the near misses: two
 * earthquakes, two celebrities entering rehab, next month's meeting of the same two leaders —
 * same words, different event.
 *
 * <h2>The approach</h2>
 * Single-pass clustering against active story centroids (the topic detection and tracking recipe,
 * Allan et al. 1998), with the signals that tell near misses apart:
 * <ol>
 *   <li>An article becomes a TF-IDF vector ({@link ArticleTerms}): headline twice, the lead's
 *       first 250 words, damped counts; IDF learnt online from the articles seen so far. Names
 *       and places — capitalised words that do not open a sentence, and runs of them joined into
 *       one term ("betty_ford_center") — count triple: they are what differ between two events of
 *       one kind. Capitals in a Title Case Headline are ignored.
 *   <li>Candidates are the active stories whose centroid holds one of the article's 12 heaviest
 *       terms (an inverted index), so the cost is in the candidates, not in the history.
 *   <li>A candidate outside the time window (7 days from its nearest dated member) is skipped.
 *       Undated articles ignore the window.
 *   <li>Similarity is 0.7 × cosine with the centroid + 0.3 × cosine with the nearest of the last
 *       64 members, times the story's quiet-spell weight ({@link QuietSpell}): about 1 within hours
 *       of the story's nearest dated member, falling to 0.5 after a day (a story quiet for a day
 *       needs twice the similarity; day-only dates are read a day closer). The best candidate is joined if it reaches 0.25 (0.12 for an article with no
 *       body: a headline shares fewer words with a centroid) and shares at least two terms with the
 *       centroid (one word in common, "Scotland" or "stocks", is too little evidence however rare;
 *       a name gives two, its word and the joined term); otherwise the article starts a story
 *       named after itself.
 *   <li>Once an article joined a story, the other candidates it was compared with (within the
 *       window of the story) are compared with the story: centroid against centroid. At a cosine of
 *       the article's join threshold × (1 + 0.7 ln n), n the size of the smaller story, the two
 *       merge, the smaller into the bigger (the older on a tie): a lone article merges on the
 *       evidence it would need to join (0.25, 0.12 for a headline), a fragment of 4 at 2 × that, a
 *       story of 30 at 3.4 ×. A story of dozens has a subject of its own; two such stories that
 *       share their company or market ("Google" wearables and "Google" Docs add-ons, two bankruptcy
 *       filings, the Bank of England and Jos. A. Bank) are two stories. Single-pass clustering leaves fragments:
 *       the first reports of a hearing split into "RBS may leave Scotland" and "forex rigging worse
 *       than Libor", and only a later article that tells both shows them one story. The decision
 *       reports the absorbed ids ({@link StoryDecision#absorbed()}); the service moves their
 *       articles to the survivor in the article's own transaction, and the evaluation follows the
 *       same merges. Tying the bar to the join threshold lets one setting serve bodies and bare
 *       headlines.
 *   <li>A member whose 4-word shingles are 60% found in an earlier member is a copy of it
 *       ({@link WordShingles}): it joins with score 1 and adds no source, so a wire story
 *       republished by forty sites weighs one. The check goes through an inverted index of the
 *       story's shingles ({@link CopyIndex}); member by member it took most of the time once
 *       stories grew to hundreds of headlines (64,000 headlines: 3,229 CPU samples, 952 of them
 *       comparing shingles; with the index 2,307, none).
 * </ol>
 * Stories are frozen (evicted) once outside the window of the newest date seen and not joined in
 * the last 5,000 arrivals — the second condition keeps a stream out of date order (a backfill, or
 * ECB+, where 2008 and 2013 events interleave) from freezing stories that its late articles
 * belong to; a cap of 20,000 active stories bounds memory regardless.
 *
 * <h2>Figures</h2>
 * {@code ./newsdesk eval stories FILE}, defaults fixed across both sets:
 * <ul>
 *   <li>ECB+ (982 articles, 86 events in 43 topic pairs): BCubed F1 0.858 (P 0.828, R 0.890),
 *       pairwise F1 0.801, 110 stories (was 0.845, P 0.826, R 0.865, pairwise 0.780, 126 stories
 *       with a flat merge bar of 1.6 × the join threshold and names counted double).
 *   <li>UCI News Aggregator, first 6,366 headlines (87 stories, headlines only): BCubed F1 0.814
 *       (P 0.786, R 0.844), pairwise F1 0.784, 247 stories (was 0.800, P 0.749, R 0.858, pairwise
 *       0.745, 295 stories).
 * </ul>
 * The two changes, one at a time: the size-growing merge bar (ratio 1.0, growth 0.7) with names
 * counted triple gave ECB+ 0.859 and headlines 0.802; the quiet spell then 0.858 and 0.814.
 * Neither slows the grouping: eval time 1.1 s on ECB+, 2.4–2.7 s on the headlines (2.3–3.4 s
 * before), the quiet-spell weight being one exponential per candidate.
 *
 * <p>Held out: each set split in halves — ECB+ by odd and even topic, the headlines by alternate
 * gold stories in order of first appearance (A: 1st, 3rd, …; B: 2nd, 4th, …) — and a grid of merge
 * ratio {1.0, 1.2} × growth {0.5, 0.7, 0.9} × headline threshold {0.10, 0.12, 0.14} (with the quiet
 * spell) scored by the mean F1 of one half of each set. Tuned on the even ECB+ topics and headline
 * half B, the grid picks the defaults (1.0 / 0.7 / 0.12), and the other halves score ECB+ odd
 * 0.851, headlines A 0.874 (the former defaults there: 0.825, 0.847). Tuned on the odd topics and
 * half A, it picks 1.2 / 0.7 / 0.10 (the defaults score 0.001 lower there), and the even halves
 * score ECB+ 0.841, headlines B 0.836 (the defaults: 0.857, 0.842; the former defaults: 0.840,
 * 0.834). So held out, ECB+ scores 0.841–0.851 (former 0.825–0.840) and the headlines 0.836–0.874
 * (former 0.834–0.847 on these halves). The quiet spell's constants (one day, floor 0.5) were set on
 * the whole sets, in whole days on purpose (below); per half it gains on both headline halves
 * (0.867 → 0.874, 0.815 → 0.842), leaves ECB+ even at 0.857 and costs ECB+ odd 0.002.
 *
 * <h2>What was tried</h2>
 * <ul>
 *   <li>Time decay of the similarity without a floor or the day-only reading (before the size-growing
 *       merge bar, e-folding 0.5 / 1 / 2 / 4 days): headlines 0.808 / 0.805 / 0.802 / 0.802, ECB+
 *       0.832 / 0.837 / 0.838 / 0.839 — ECB+ follow-ups dated a day apart were cut off. With the
 *       floor but without the day-only reading (1 day, 0.5): ECB+ 0.851, headlines 0.814; the
 *       reading restores ECB+ to 0.858. An e-folding of a quarter day scores a little higher on the
 *       headlines (0.821, ECB+ 0.858) and is not used: the headlines' gold stories were each
 *       gathered within a minute (their timestamps are crawl times), so an hour-scale decay would
 *       fit that artefact rather than news, where one story's reports trickle in over hours.
 *   <li>The quiet-spell weight on merges too (the gap between the two stories): headlines 0.832
 *       (halves 0.876 / 0.844), ECB+ 0.849 (halves 0.845 / 0.848). Not kept: ECB+ loses on both
 *       halves and falls under its target; the headline gain is mostly on the whole set.
 *   <li>The merge bar against the size of the smaller story, before the quiet spell (ratio ×
 *       growth, headline threshold 0.12): 1.6 × 0 (former) ECB+ 0.845 / headlines 0.800;
 *       1.2 × 0.3 0.853 / 0.795; 1.2 × 0.5 0.853 / 0.800; 1.0 × 0.7 0.854 / 0.799; 1.0 × 0.9
 *       0.854 / 0.804; 0.8 × 0.7 0.819 / 0.794; 1.0 × 0 0.797 / 0.776. Names triple on top of 1.0 ×
 *       0.7: 0.859 / 0.802 (2.5: 0.857 / 0.802). Names triple with the former flat bar: 0.845 /
 *       0.803; 4: 0.834 / 0.790; 1.5: 0.828 / 0.799.
 *   <li>No single term may carry a join (the cosine less its biggest term's share at least 0.3 /
 *       0.5 / 0.7 × the threshold): headlines 0.794 / 0.792 / 0.791, ECB+ 0.845 / 0.844 / 0.839.
 *   <li>The mean of the 2 / 3 / 5 nearest members instead of the nearest (share 0.3): ECB+ 0.842 /
 *       0.839 / 0.837, headlines 0.799 / 0.800 / 0.802; with share 0.6 both lower (headlines to 0.743).
 *   <li>A sharper IDF (raised to 1.5 / 2, or without its +1): ECB+ 0.807 / 0.796 / 0.824, headlines
 *       0.786 / 0.769 / 0.794. The centroid re-weighted with the current IDF at each comparison (so an
 *       early story does not keep the inflated weights of words that later prove common): ECB+ 0.832,
 *       headlines 0.800, twice as slow.
 *   <li>BM25 saturation of term counts ({@code tf (k + 1) / (tf + k)}, k 0.8 / 1.5 / 3, instead of
 *       {@code 1 + ln tf}): ECB+ 0.860 / 0.841 / 0.858 (even topics 0.838 / 0.821 / 0.841 against
 *       0.857), headlines 0.808 / 0.813 / 0.811. Headline weight 1 / 3 instead of 2 (former
 *       defaults): ECB+ 0.842 / 0.836, headlines 0.804 / 0.801.
 *   <li>Plain TF-IDF centroids: ECB+ 0.83, headlines 0.54 — Title Case headlines turned every
 *       word into a "name"; ignoring capitals there lifted the headlines to 0.66 at 0.25.
 *   <li>Nearest member only (single link): headlines chain into giant stories (precision 0.5);
 *       as the only score it loses on both sets. A 0.3 share helps the headlines (0.71 → 0.75).
 *   <li>The window, on ECB+ (threshold 0.25): 3 days 0.828, 7 days 0.841, 14 days 0.843, 30 days
 *       0.844, none 0.864. ECB+ dates are coarse — 10% of dated articles are a month or more from
 *       their event's median date (follow-ups, dates read from the text) — so any window costs
 *       there; 7 days is kept because a recurring event (a monthly meeting) must make a new story.
 *   <li>Evicting on the stream's clock alone: on ECB+, whose dates jump between years, it froze
 *       stories between two of their articles and fell to 0.50; hence the idle-arrivals condition.
 *   <li>Merging at one cosine for both kinds of story: 0.4 suits ECB+ (0.845) but barely moves the
 *       headlines (0.756); 0.2 suits the headlines (0.784) and chains ECB+ events (0.797). Hence the
 *       ratio to the join threshold. Ratio sweep (headline threshold 0.12): 1.5 → ECB+ 0.832;
 *       1.6 → 0.845 / 0.790; 1.7 → 0.842; 1.8 → 0.839 / 0.787; no merging → 0.841 / 0.758.
 *   <li>Merging only with stories the article could itself join (its score against them at least
 *       0.7 or 1 × its threshold): no change at 1.6, worse at lower ratios (ECB+ 0.80–0.81).
 *       Looking up merge candidates by the story's own heaviest terms as well as the article's: no
 *       change.
 *   <li>The two-term rule without merging: headlines 0.704 (0.12) — it blocks weak joins and the
 *       fragments stay apart; with merging, which reunites them once a bridging article arrives,
 *       0.790 → 0.800. The two go together. Three terms: 0.790.
 *   <li>Numbers and month names dropped as terms (a cluster of "… for March 10, 2014" headlines):
 *       ECB+ 0.841 → 0.830, headlines 0.749 → 0.748. Not kept.
 *   <li>Names in Title Case headlines learnt online from ordinary text (a word written with a
 *       capital inside sentences, at least twice and more than twice as often as in lower case):
 *       headlines 0.786 vs 0.790, ECB+ 0.837 vs 0.845. Not kept.
 *   <li>Word bigrams (weight 0.5 or 1): precision up, recall down; best headlines 0.786 once the
 *       thresholds were lowered to match, ECB+ 0.824–0.837. Not kept.
 *   <li>The URL slug's words as extra text (weight 0.5 or 1; a real feed article has its URL):
 *       headlines 0.798 / 0.791 vs 0.790, ECB+ 0.834 vs 0.845 (ECB+ reports carry URLs whose slugs
 *       repeat the topic's words). Not kept: a loss on full articles for a small gain on headlines.
 *   <li>Each publisher's boilerplate weighed down (a term in most of one source's earlier articles,
 *       learnt online: "Analyst Blog", "GLOBAL MARKETS"): headlines 0.782–0.786 vs 0.790; ECB+ has
 *       no sources. Not kept.
 *   <li>Nearest-member share 0.15 / 0.45: ECB+ 0.846 / 0.845, headlines 0.788 / 0.709 (with merging).
 *       Candidate terms 8 / 20 and centroid terms 100 / 400: within ±0.005 on both. Kept 0.3, 12, 200.
 *   <li>Sentence embeddings (all-MiniLM-L6-v2, the ONNX model LangChain4j ships on Maven Central,
 *       headline plus 200 words of the body; 4.5 ms a headline, 27 ms an article on one core) as a
 *       second similarity blended into the score, {@code (1 − w) × lexical + w × max(0, (cos −
 *       floor) / (1 − floor))} against the mean of the story's embeddings: w 0.3 floor 0.4 gave
 *       headlines 0.829 and ECB+ 0.851; w 0.4 floor 0.5, 0.823 / 0.835; w 0.2 floor 0.5, 0.817 /
 *       0.849. Not kept: embeddings say what an article is about, the topic, and ECB+'s hard case is
 *       two events of one topic, so it loses there what the headlines gain, for ~190 MB of model and
 *       runtime. No merge veto either (the merge's cosine less its biggest term's share at least 0.3
 *       / 0.5 / 0.7 × the bar): headlines 0.809 / 0.783 / 0.774 — precision up to 0.846, recall down
 *       to 0.713, as bare headlines often share one word with their fragment.
 *   <li>How much the headlines' time structure can give, measured and not kept: a hard 12-hour
 *       window (which fits the set's crawl times and cuts ECB+ to 0.778) scores the headlines 0.862
 *       (P 0.885, R 0.841); with a quarter-day quiet spell 0.868, with the embeddings above and the
 *       headline threshold at 0.10, 0.882. So even fitting the crawl, the headlines stay under 0.90:
 *       the rest is headlines without a word of their story ("Posted by …", "Stocks") and gold
 *       stories of one subject a few hours apart (two market wraps of 10 March 2.5 hours apart).
 *   <li>Stream order: the same headlines shuffled score 0.758 / 0.777 (two seeds), ECB+ shuffled
 *       0.841 / 0.848; shuffled only within each second, 0.806–0.811. So the evaluation streams a
 *       labelled set whose articles are all dated in order of publication, as the service receives
 *       news, and a set with undated articles (ECB+) in file order.
 *   <li>Not tried: an IDF table to warm up the first articles (no background corpus to derive it
 *       from but the evaluation sets, which is not allowed); dates read from the text for the
 *       undated ECB half — 308 of its 474 articles mention neither a year nor a month and day, and
 *       a year mentioned is only a lower bound on the publication date (a 2013 report cites 2008),
 *       so it would not keep the 2008 event from its 2013 twin.
 * </ul>
 * The ECB+ target (0.85) is reached (0.858); the headlines' (0.90) is not (0.814). Of the headlines'
 * precision loss, the largest parts are one game's launch told as two gold stories a day apart
 * ("Titanfall" reviews, then the Xbox One bundle: one predicted story of 472), the market wraps of
 * 10 and 11 March (one of 261), and GM's recall and its investigation (186); their words are the
 * same and only the day tells them apart; and about 25 of the 68 headlines of one gold story are
 * one Louisville site's local news filed under a Comcast story. As before, the headlines' gold stories
 * are broad ("stocks", a merger with its market wrap-ups) yet cut by day where the words are not
 * ("World stocks fall after weak China export data" on 10 March, "Wall Street closes lower" on the
 * 11th are two gold stories; 14 such market stories end in one predicted story of 308 headlines),
 * and a headline alone often lacks any word of its story. On ECB+, 22 of the 23 merging stories
 * join the two events of one topic (20 of 21 with the former defaults); the ECB half of each topic
 * is undated, so neither the window nor the quiet spell can separate it from its dated ECB+ twin
 * years later. 29 of 86 events are split (35 with the former defaults), mostly a few follow-ups
 * beyond the window.
 *
 * <p>Contract: deterministic (same inputs in the same order, same decisions and ids), so the
 * service rebuilds its state by replaying recent articles in order. Not thread-safe: one grouper is
 * called from one thread. No method returns null.
 */
public final class StoryGrouper {

  private final StoryOptions options;
  private final DocumentFrequencies frequencies = new DocumentFrequencies();
  /** Active stories, least recently joined first (access order is kept by re-inserting). */
  private final LinkedHashMap<String, Story> active = new LinkedHashMap<>();
  /** Term -> active stories whose centroid holds it. */
  private final Map<String, Set<Story>> index = new HashMap<>();
  private Instant clock;
  private long arrivals;

  public StoryGrouper(StoryOptions options) {
    this.options = options;
  }

  public StoryGrouper() {
    this(StoryOptions.defaults());
  }

  /** Decides the article's story, against the stories seen before it, and records it there. */
  public StoryDecision add(StoryInput in) {
    arrivals++;
    Map<String, Double> raw = ArticleTerms.of(in.title(), in.text());
    Map<String, Double> vector = unitTfIdf(raw);
    frequencies.add(raw.keySet());
    WordShingles shingles = WordShingles.of(in.title(), in.text());
    Instant published = in.published();

    Story best = null;
    double bestScore = 0;
    Optional<String> copyOf = Optional.empty();
    List<Story> inWindow = new ArrayList<>();
    for (Story candidate : candidates(vector)) {
      if (candidate.secondsApart(published) > options.window().toSeconds()) {
        continue;
      }
      Optional<String> copy = candidate.copied(shingles, options.copyContainment());
      double score = copy.isPresent() ? 1.0 : similarity(candidate, vector);
      if (copy.isEmpty() && candidate.sharedTerms(vector) < MIN_SHARED_TERMS) {
        score = 0;
      }
      if (copy.isEmpty() && published != null) {
        score *= QuietSpell.weight(candidate.secondsApart(published),
            QuietSpell.dayOnly(published) || candidate.datedByDayOnly());
      }
      inWindow.add(candidate);
      if (score > bestScore || (score == bestScore && best != null && candidate.id.compareTo(best.id) < 0)) {
        best = candidate;
        bestScore = score;
        copyOf = copy;
      }
    }
    double threshold = in.text().isBlank() ? options.headlineJoinThreshold() : options.joinThreshold();
    boolean joins = best != null && bestScore >= threshold;
    Story story = joins ? best : new Story(in.id(), arrivals);
    if (!joins) {
      bestScore = 0;
      copyOf = Optional.empty();
    }
    String sourceKey = in.source() == null || in.source().isBlank() ? "article:" + in.id() : "source:" + in.source();
    Set<String> before = new HashSet<>(story.centroid.keySet());
    List<String> dropped = story.add(in.id(), shingles, vector, published, sourceKey, copyOf.isPresent(),
        options.centroidTerms(), arrivals);
    reindex(story, before, dropped);
    List<String> absorbed = new ArrayList<>();
    if (joins) {
      story = mergeFragments(story, inWindow, options.mergeRatio() * threshold, absorbed);
    }
    active.remove(story.id);
    active.put(story.id, story);
    advanceClock(published);
    evict();
    return new StoryDecision(story.id, !joins, bestScore, copyOf, story.size(), story.independentSources(), absorbed);
  }

  /**
   * Once an article joined {@code story}, merges into one the other candidate stories (those the
   * article was compared with) whose centroid is now close enough to the story's: a bridging
   * article shows two fragments to be one story. The bigger story survives (the older one on a tie)
   * and takes the other's members, sources and centroid. Returns the survivor; the retired ids
   * go to {@code absorbed}.
   */
  private Story mergeFragments(Story story, List<Story> others, double mergeAt, List<String> absorbed) {
    Story survivor = story;
    for (Story other : others) {
      if (other == survivor || !active.containsKey(other.id)
          || other.secondsApart(survivor) > options.window().toSeconds()
          || survivor.centroidCosine(other) < mergeAt * sizeFactor(Math.min(survivor.size(), other.size()))) {
        continue;
      }
      boolean otherSurvives = other.size() > survivor.size()
          || other.size() == survivor.size() && other.created < survivor.created;
      Story keep = otherSurvives ? other : survivor;
      Story gone = otherSurvives ? survivor : other;
      Set<String> before = new HashSet<>(keep.centroid.keySet());
      List<String> dropped = keep.absorb(gone, options.centroidTerms());
      new ArrayList<>(gone.centroid.keySet()).forEach(t -> unindex(gone, t));
      reindex(keep, before, dropped);
      active.remove(gone.id);
      absorbed.add(gone.id);
      survivor = keep;
    }
    return survivor;
  }

  /**
   * How much harder it is to merge once the smaller story has {@code size} articles. A fragment of
   * one or two is what single-pass clustering leaves behind and is reunited on the evidence of a
   * join; a story of dozens has a centroid of its own subject, and two such stories that share only
   * their company or market ("Google" wearables and "Google" Docs, two bankruptcy filings) are two
   * stories. The bar grows with the log of the size: doubling a story adds a constant step.
   */
  private double sizeFactor(int size) {
    return 1 + options.mergeGrowth() * Math.log(size);
  }

  /** The active story with this id. */
  public Optional<StoryView> story(String id) {
    Story s = active.get(id);
    return s == null ? Optional.empty() : Optional.of(s.view());
  }

  /** Active stories, least recently joined first. */
  public List<StoryView> activeStories() {
    List<StoryView> views = new ArrayList<>();
    active.values().forEach(s -> views.add(s.view()));
    return views;
  }

  /**
   * Mostly the centroid's cosine, partly the nearest recent member's: the centroid is robust to one
   * odd member, the nearest member catches a new article that reads like one earlier report.
   */
  private static double similarity(Story s, Map<String, Double> vector) {
    return (1 - NEAREST_MEMBER_SHARE) * s.cosine(vector) + NEAREST_MEMBER_SHARE * s.nearestMember(vector);
  }

  /**
   * Terms an article must share with a story's centroid to join it: one word in common ("stocks",
   * "Ukraine") is too little evidence, however rare. A name gives two (its words and the joined
   * term), and a full article always shares more.
   */
  static final int MIN_SHARED_TERMS = 2;

  static final double NEAREST_MEMBER_SHARE = 0.3;

  private Map<String, Double> unitTfIdf(Map<String, Double> raw) {
    Map<String, Double> v = new HashMap<>();
    double sq = 0;
    for (Map.Entry<String, Double> e : raw.entrySet()) {
      double w = e.getValue() * frequencies.idf(e.getKey());
      v.put(e.getKey(), w);
      sq += w * w;
    }
    double norm = Math.sqrt(sq);
    if (norm > 0) {
      v.replaceAll((t, w) -> w / norm);
    }
    return v;
  }

  /** Stories that share one of the article's heaviest terms, in a deterministic order. */
  private List<Story> candidates(Map<String, Double> vector) {
    List<Map.Entry<String, Double>> terms = new ArrayList<>(vector.entrySet());
    terms.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Story> found = new java.util.TreeMap<>();
    for (Map.Entry<String, Double> t : terms.subList(0, Math.min(options.queryTerms(), terms.size()))) {
      for (Story s : index.getOrDefault(t.getKey(), Set.of())) {
        found.put(s.id, s);
      }
    }
    return new ArrayList<>(found.values());
  }

  private void reindex(Story story, Set<String> before, List<String> dropped) {
    for (String t : story.centroid.keySet()) {
      if (!before.contains(t)) {
        index.computeIfAbsent(t, k -> new HashSet<>()).add(story);
      }
    }
    for (String t : dropped) {
      unindex(story, t);
    }
  }

  private void unindex(Story story, String term) {
    Set<Story> stories = index.get(term);
    if (stories != null) {
      stories.remove(story);
      if (stories.isEmpty()) {
        index.remove(term);
      }
    }
  }

  private void advanceClock(Instant published) {
    if (published != null && (clock == null || published.isAfter(clock))) {
      clock = published;
    }
  }

  /**
   * Freezes stories that can no longer be joined: none of their dated articles is within the window
   * of the newest date seen, and no article joined them in the last {@link
   * StoryOptions#idleArrivals()} arrivals (so that a backfilled or shuffled stream does not freeze a
   * story its own late articles still belong to). Beyond {@link StoryOptions#maxActiveStories()} the
   * least recently joined story is frozen regardless. Walks from the least recently joined story
   * and stops at the first one joined within the idle bound.
   */
  private void evict() {
    Iterator<Story> it = active.values().iterator();
    while (it.hasNext()) {
      Story s = it.next();
      boolean idle = arrivals - s.lastTouched >= options.idleArrivals();
      if (!idle && active.size() <= options.maxActiveStories()) {
        return;
      }
      boolean stale = clock != null && s.last().map(l -> l.plus(options.window()).isBefore(clock)).orElse(false);
      if (stale || active.size() > options.maxActiveStories()) {
        it.remove();
        s.centroid.keySet().forEach(t -> unindex(s, t));
      }
    }
  }
}
