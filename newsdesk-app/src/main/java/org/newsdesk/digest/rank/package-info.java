/**
 * Which stories a subscriber's digest holds, and in what order.
 *
 * <h2>Design</h2>
 *
 * <p>A digest is a short letter, not a feed: ten stories at most, read in a minute, once a day.
 * So the question for each story is not "is it important?" alone but "is it important <em>to
 * this reader</em>, and is it news <em>to them</em>?". Each part of that question is a
 * {@link org.newsdesk.digest.rank.DigestSignal}: a small object that scores one story for one
 * reader in [0, 1] and says in a few words why ("you follow North Korea", "14 independent
 * sources", "new: Moscow denies the arms deal"). Signals are listed in {@link
 * org.newsdesk.digest.rank.DigestRanker#SIGNALS} and tested one by one; the reader sees their
 * fragments joined as the story's "why it is here" line, so the ranking explains itself.
 *
 * <ul>
 *   <li>{@link org.newsdesk.digest.rank.FollowMatch} (weight 0.45): how strongly the story
 *       touches what the reader follows: an entity its articles mention (merged aliases resolve
 *       to the surviving entity), a country its places lie in, an event type it holds, a saved
 *       search its articles match. It is also a gate: a story matching no follow is left out,
 *       unless the reader follows nothing (then the day's top stories are the digest).
 *   <li>{@link org.newsdesk.digest.rank.Novelty} (0.20): against what this reader was already
 *       sent ({@code digest_story}). Never sent: new. Sent, and since grown new facts (claims,
 *       denials, quotes, events whose keys are not in the stored {@code facts}) or articles: an
 *       "update:" naming what is new. Sent and unchanged: left out — a digest never repeats
 *       itself.
 *   <li>{@link org.newsdesk.digest.rank.IndependentSources} (0.20): how many independent
 *       outlets carry it, on a log scale saturating at 20: corroboration and weight at once.
 *   <li>{@link org.newsdesk.digest.rank.Freshness} (0.15): half-life 12 hours from the story's
 *       last article to the composition's cut-off, so yesterday morning's story yields to this
 *       morning's among equals.
 * </ul>
 *
 * <p>The combined score is the weighted sum (weights sum to 1). Follow match weighs most
 * because a reader who follows something chose it; novelty and corroboration next because a
 * digest's promise is "what is new and solid"; freshness breaks ties within a day. All inputs
 * come from {@link org.newsdesk.digest.rank.CandidateStory} objects loaded once per run, so
 * ranking a reader's digest is pure computation in memory.
 */
package org.newsdesk.digest.rank;
