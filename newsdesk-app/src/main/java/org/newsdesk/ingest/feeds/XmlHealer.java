package org.newsdesk.ingest.feeds;

import org.jsoup.nodes.Entities;

/**
 * Repairs the two most common ways feeds are not well-formed, before the XML parser sees them:
 * HTML entities that XML does not define ({@code &nbsp;}, {@code &eacute;}) become character
 * references, and an {@code &} that starts no reference ("Q&A", "?a=1&b=2") or an unknown one
 * ({@code &bogus;}) becomes {@code &amp;}, so it reads as the text it was. HTML entities take
 * their HTML 4 values where HTML5 changed them ({@code &lang;}, {@code &rang;}), as feeds were
 * written against HTML 4. CDATA sections,
 * comments and processing instructions are left alone (ROME's own healer rewrites entities inside
 * CDATA too, which changes the text). Whitespace before the XML declaration is dropped.
 *
 * <p>Because an unknown entity is turned into text, an entity a DOCTYPE would have declared —
 * the entity bomb's {@code &lol9;} — is inert text after this step.
 */
final class XmlHealer {

  private XmlHealer() {}

  static String heal(String xml) {
    String text = xml;
    String stripped = text.stripLeading();
    if (stripped.startsWith("<?xml") && stripped.length() != text.length()) {
      text = stripped;
    }
    StringBuilder out = null;
    int n = text.length();
    int i = 0;
    int copied = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '<') {
        int skipTo = skipUntouchable(text, i);
        if (skipTo > i) {
          i = skipTo;
          continue;
        }
        i++;
      } else if (c == '&') {
        int semi = referenceEnd(text, i);
        String replacement = null;
        if (semi < 0) {
          replacement = "&amp;";
        } else {
          String name = text.substring(i + 1, semi);
          if (!name.startsWith("#") && !isXmlEntity(name)) {
            String value = name.equals("lang") ? "\u2329" : name.equals("rang") ? "\u232A"
                : Entities.isNamedEntity(name) ? Entities.getByName(name) : "";
            if (value.isEmpty()) {
              replacement = "&amp;";
            } else {
              StringBuilder refs = new StringBuilder();
              value.codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
              replacement = refs.toString();
              semi++; // the reference is replaced whole
            }
          }
        }
        if (replacement == null) {
          i = semi + 1;
          continue;
        }
        if (out == null) {
          out = new StringBuilder(n + 64);
        }
        out.append(text, copied, i).append(replacement);
        i = replacement.equals("&amp;") ? i + 1 : semi;
        copied = i;
      } else {
        i++;
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, n).toString();
  }

  /**
   * Where the document first nests elements deeper than {@code max}, or -1. Parsers and tree
   * code slow down with depth (a 1 MB document of nested elements kept Xerces and JDOM busy for
   * 40 s) or run out of stack; no real feed nests beyond a few dozen levels. One linear pass that
   * skips comments, CDATA, processing instructions, declarations and quoted attribute values.
   */
  static int depthExceededAt(String text, int max) {
    int depth = 0;
    int n = text.length();
    int i = text.indexOf('<');
    while (i >= 0 && i + 1 < n) {
      int skipTo = skipUntouchable(text, i);
      if (skipTo > i) {
        i = text.indexOf('<', skipTo);
        continue;
      }
      char next = text.charAt(i + 1);
      int end = tagEnd(text, i + 1);
      if (end < 0) {
        return -1; // unterminated tag: the parser will report it
      }
      if (next == '/') {
        depth--;
      } else if (next != '!' && text.charAt(end - 1) != '/') {
        depth++;
        if (depth > max) {
          return i;
        }
      }
      i = text.indexOf('<', end + 1);
    }
    return -1;
  }

  /** The index of the '>' that ends the tag whose name starts at i, skipping quoted values. */
  private static int tagEnd(String text, int i) {
    char quote = 0;
    for (int j = i; j < text.length(); j++) {
      char c = text.charAt(j);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return j;
      }
    }
    return -1;
  }

  /** The index past a CDATA section, comment or processing instruction starting at i; else i. */
  private static int skipUntouchable(String text, int i) {
    String end;
    if (text.startsWith("<![CDATA[", i)) {
      end = "]]>";
    } else if (text.startsWith("<!--", i)) {
      end = "-->";
    } else if (text.startsWith("<?", i)) {
      end = "?>";
    } else {
      return i;
    }
    int at = text.indexOf(end, i + 2);
    return at < 0 ? i : at + end.length();
  }

  /** The index of the ';' closing a well-formed reference starting at i, or -1. */
  private static int referenceEnd(String text, int i) {
    int j = i + 1;
    int n = text.length();
    if (j < n && text.charAt(j) == '#') {
      j++;
      boolean hex = j < n && (text.charAt(j) == 'x' || text.charAt(j) == 'X');
      if (hex) {
        j++;
      }
      int start = j;
      while (j < n && (hex ? Character.digit(text.charAt(j), 16) >= 0
          : Character.isDigit(text.charAt(j)))) {
        j++;
      }
      return j > start && j < n && text.charAt(j) == ';' && j - start <= 8 ? j : -1;
    }
    int start = j;
    while (j < n && j - start < 40 && (Character.isLetterOrDigit(text.charAt(j))
        || text.charAt(j) == '_' || text.charAt(j) == '-' || text.charAt(j) == '.')) {
      j++;
    }
    return j > start && j < n && text.charAt(j) == ';' && Character.isLetter(text.charAt(start))
        ? j : -1;
  }

  private static boolean isXmlEntity(String name) {
    return name.equals("amp") || name.equals("lt") || name.equals("gt") || name.equals("quot")
        || name.equals("apos");
  }
}
