package org.newsdesk.ingest.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();
  private static final Optional<String> BASE = Optional.of("https://example.com/posts/1");

  private String clean(String html) {
    String out = sanitizer.clean(html, BASE);
    assertThat(Dangers.in(out)).as(out).isEmpty();
    return out;
  }

  @Test
  void formattingListsQuotesHeadingsAndTablesSurvive() {
    String html = "<h2>Title</h2><p>A <b>bold</b>, <em>fine</em> <code>x</code> line</p>"
        + "<ul><li>one</li></ul><ol start=\"3\"><li>three</li></ol>"
        + "<blockquote cite=\"https://s.example/\">quoted</blockquote>"
        + "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td colspan=\"2\">d</td></tr></tbody></table>";
    assertThat(clean(html)).isEqualTo(html);
  }

  @Test
  void linksKeepHttpAndMailtoAndGetNofollowNoopener() {
    assertThat(clean("<a href=\"https://a.example/x\" title=\"t\">x</a>"))
        .isEqualTo("<a href=\"https://a.example/x\" title=\"t\" rel=\"nofollow noopener\">x</a>");
    assertThat(clean("<a href=\"mailto:jo@example.com\">mail</a>"))
        .isEqualTo("<a href=\"mailto:jo@example.com\" rel=\"nofollow noopener\">mail</a>");
    assertThat(clean("<a href=\"ftp://a.example/f\">f</a>"))
        .isEqualTo("<a rel=\"nofollow noopener\">f</a>");
  }

  @Test
  void relativeUrlsResolveAgainstTheBaseOrGoWithoutOne() {
    assertThat(clean("<a href=\"../2\">next</a><img src=\"/i.png\" alt=\"i\">"))
        .isEqualTo("<a href=\"https://example.com/2\" rel=\"nofollow noopener\">next</a>"
            + "<img src=\"https://example.com/i.png\" alt=\"i\">");
    assertThat(sanitizer.clean("<img src=\"/i.png\" alt=\"i\">")).isEqualTo("<img alt=\"i\">");
  }

  @Test
  void scriptUrlsOfEveryDisguiseAreRemoved() {
    assertThat(clean("<a href=\"javascript:alert(1)\">a</a>"))
        .isEqualTo("<a rel=\"nofollow noopener\">a</a>");
    assertThat(clean("<a href=\"JaVaScRiPt:alert(1)\">a</a>")).doesNotContain("href");
    assertThat(clean("<a href=\"&#106;avascript:alert(1)\">a</a>")).doesNotContain("avascript");
    assertThat(clean("<a href=\" vbscript:msgbox(1)\">a</a>")).doesNotContain("vbscript");
    assertThat(clean("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">")).isEqualTo("<img>");
    assertThat(clean("<a href=\"data:text/html,<script>alert(1)</script>\">a</a>"))
        .doesNotContain("data:");
  }

  @Test
  void scriptsStylesHandlersFramesFormsAndObjectsGo() {
    assertThat(clean("safe<script>alert(1)</script> text")).isEqualTo("safe text");
    assertThat(clean("<style>body{display:none}</style><p style=\"color:red\">p</p>"))
        .isEqualTo("<p>p</p>");
    assertThat(clean("<img src=\"https://a.example/i.png\" onerror=\"alert(1)\">"))
        .isEqualTo("<img src=\"https://a.example/i.png\">");
    assertThat(clean("<iframe src=\"https://evil.example/\"></iframe>"
        + "<form action=\"https://evil.example/\"><input name=\"q\"><button>go</button></form>"
        + "<object data=\"x.swf\"></object><embed src=\"x.swf\">")).isEqualTo("go");
  }

  @Test
  void svgAndMathmlTricksLeaveOnlyText() {
    assertThat(clean("<svg><script>alert(1)</script><a xlink:href=\"javascript:alert(1)\">"
        + "<text>click</text></a></svg>")).isEqualTo("<a rel=\"nofollow noopener\">click</a>");
    assertThat(clean("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"))
        .doesNotContain("onerror");
  }

  @Test
  void textIsEscapedNotInterpreted() {
    assertThat(clean("1 &lt; 2 &amp; &lt;script&gt;")).isEqualTo("1 &lt; 2 &amp; &lt;script&gt;");
  }
}
