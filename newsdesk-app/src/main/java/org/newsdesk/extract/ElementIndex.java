package org.newsdesk.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a page numbered in post-order (children before their parent), so that values
 * per element live in arrays, sums over subtrees are one pass, and "is inside" is a comparison:
 * an element's subtree is the range of numbers from its first descendant to itself. Built in one
 * walk without recursion (pages can be deep; the stack is not).
 */
final class ElementIndex {

  private final List<Element> elements = new ArrayList<>();
  private final Map<Element, Integer> positions = new IdentityHashMap<>();
  private final int[] parent;
  private final int[] firstDescendant;

  ElementIndex(Element root) {
    List<Integer> starts = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      private final List<Integer> open = new ArrayList<>();

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element) {
          open.add(elements.size());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          starts.add(open.remove(open.size() - 1));
          positions.put(e, elements.size());
          elements.add(e);
        }
      }
    }, root);
    int n = elements.size();
    parent = new int[n];
    firstDescendant = new int[n];
    for (int i = 0; i < n; i++) {
      firstDescendant[i] = starts.get(i);
      Integer p = i == n - 1 ? null : positions.get(elements.get(i).parent());
      parent[i] = p == null ? -1 : p;
    }
  }

  int size() {
    return elements.size();
  }

  /** The root's number: the last. */
  int root() {
    return elements.size() - 1;
  }

  Element element(int i) {
    return elements.get(i);
  }

  /** An element's number; the element must be in the indexed tree. */
  int of(Element e) {
    return positions.get(e);
  }

  /** The parent's number, or -1 for the root. */
  int parent(int i) {
    return parent[i];
  }

  /** Whether element {@code i} is element {@code ancestor} or inside it. */
  boolean isInside(int i, int ancestor) {
    return i >= 0 && ancestor >= 0 && firstDescendant[ancestor] <= i && i <= ancestor;
  }

  /** Adds each element's value to its parent's, so that each ends up with its subtree's sum. */
  void sumUp(double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (parent[i] >= 0) {
        values[parent[i]] += values[i];
      }
    }
  }
}
