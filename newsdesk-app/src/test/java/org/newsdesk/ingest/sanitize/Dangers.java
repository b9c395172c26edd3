package org.newsdesk.ingest.sanitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What must never survive sanitising, judged independently of the sanitiser's own allow-list:
 * the output is parsed again as a browser would and searched for active content.
 */
public final class Dangers {

  private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "style", "iframe", "frame",
      "frameset", "object", "embed", "applet", "form", "input", "button", "textarea", "select",
      "svg", "math", "base", "link", "meta", "noscript", "template", "xml", "bgsound", "layer",
      "ilayer", "isindex", "portal");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action",
      "formaction", "poster", "background", "data", "codebase", "longdesc", "usemap", "dynsrc",
      "lowsrc", "srcset", "xlink:href", "ping", "manifest", "profile");
  private static final Pattern BAD_SCHEME =
      Pattern.compile("^(javascript|vbscript|data|livescript|mocha|jar|file):.*", Pattern.DOTALL);
  private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u0000-\\u001F\\u007F-\\u009F]");

  private Dangers() {}

  /** Each dangerous thing found in {@code html}, described; empty when it is safe to show. */
  public static List<String> in(String html) {
    List<String> found = new ArrayList<>();
    if (html.toLowerCase(Locale.ROOT).contains("<script")) {
      found.add("a <script tag");
    }
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      if (ACTIVE_ELEMENTS.contains(e.normalName())) {
        found.add("element <" + e.normalName() + ">");
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String value = INVISIBLE.matcher(a.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          found.add("event handler " + name + " on <" + e.normalName() + ">");
        }
        if (name.equals("style") || name.equals("srcdoc")) {
          found.add("attribute " + name + " on <" + e.normalName() + ">");
        }
        if (BAD_SCHEME.matcher(value).matches()) {
          found.add(name + "=" + a.getValue() + " on <" + e.normalName() + ">");
        }
        if (URL_ATTRIBUTES.contains(name) && !(value.startsWith("http://")
            || value.startsWith("https://") || name.equals("href") && value.startsWith("mailto:"))) {
          found.add("non-http URL " + name + "=" + a.getValue() + " on <" + e.normalName() + ">");
        }
        if (value.contains("expression(") || value.contains("-moz-binding")) {
          found.add("CSS expression in " + name);
        }
      }
    }
    return found;
  }
}
