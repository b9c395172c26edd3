package org.newsdesk.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A story's members by their word shingles: which earlier member an article nearly copies. An
 * inverted index (shingle → members holding it) rather than a comparison with each member, so the
 * check costs the article's shingles' postings, not the story's size: a story of a thousand
 * headlines was checked against each of them for every candidate article, and the check took most
 * of the grouping time on 64,000 headlines.
 */
final class CopyIndex {

  private final List<String> memberIds = new ArrayList<>();
  /** Shingle hash → the members holding it, by their place in the story. */
  private final Map<Long, int[]> postings = new HashMap<>();

  int size() {
    return memberIds.size();
  }

  void add(String memberId, WordShingles shingles) {
    int member = memberIds.size();
    memberIds.add(memberId);
    for (long s : shingles.hashes()) {
      int[] list = postings.get(s);
      if (list == null) {
        postings.put(s, new int[] {member});
      } else {
        int[] grown = Arrays.copyOf(list, list.length + 1);
        grown[list.length] = member;
        postings.put(s, grown);
      }
    }
  }

  /** Takes in another story's members after this one's, keeping their order. */
  void absorb(CopyIndex other) {
    int offset = memberIds.size();
    memberIds.addAll(other.memberIds);
    other.postings.forEach((s, members) -> {
      int[] shifted = Arrays.stream(members).map(m -> m + offset).toArray();
      int[] list = postings.get(s);
      if (list == null) {
        postings.put(s, shifted);
      } else {
        int[] joined = Arrays.copyOf(list, list.length + shifted.length);
        System.arraycopy(shifted, 0, joined, list.length, shifted.length);
        postings.put(s, joined);
      }
    });
  }

  /**
   * The earliest member that holds at least {@code containment} of the article's shingles: the
   * same answer as checking the members in order.
   */
  Optional<String> copied(WordShingles shingles, double containment) {
    long[] hashes = shingles.hashes();
    if (hashes.length == 0 || memberIds.isEmpty()) {
      return Optional.empty();
    }
    int[] common = null;
    for (long s : hashes) {
      int[] members = postings.get(s);
      if (members == null) {
        continue;
      }
      if (common == null) {
        common = new int[memberIds.size()];
      }
      for (int m : members) {
        common[m]++;
      }
    }
    if (common == null) {
      return Optional.empty();
    }
    for (int m = 0; m < common.length; m++) {
      if ((double) common[m] / hashes.length >= containment) {
        return Optional.of(memberIds.get(m));
      }
    }
    return Optional.empty();
  }
}
