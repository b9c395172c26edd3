package org.newsdesk.bench;

/**
 * Digest-like HTML of a realistic size (~30 KB: ten stories with headlines, summaries, source
 * lists and inline styles, as mail HTML must carry its own styling) for the drills and benches
 * that do not need the composer's real output.
 */
final class DigestSamples {

  private DigestSamples() {}

  static String html(int variant) {
    StringBuilder b = new StringBuilder(32_000);
    b.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Your digest</title>"
        + "</head><body style=\"margin:0;padding:0;background:#f4f4f4;font-family:Georgia,serif\">"
        + "<table role=\"presentation\" width=\"100%\" style=\"max-width:640px;margin:0 auto;"
        + "background:#ffffff\"><tr><td style=\"padding:24px\">");
    for (int s = 0; s < 10; s++) {
      b.append("<h2 style=\"font-size:20px;line-height:1.3;margin:24px 0 8px;color:#111\">"
          + "<a href=\"https://news.example.org/stories/").append(variant * 100 + s)
          .append("?utm_source=digest\" style=\"color:#111;text-decoration:none\">Ceasefire "
              + "talks in Zürich enter their ").append(s + 2).append("th day as envoys "
              + "weigh a prisoner exchange</a></h2>");
      for (int p = 0; p < 3; p++) {
        b.append("<p style=\"font-size:15px;line-height:1.5;color:#333;margin:0 0 10px\">"
            + "Negotiators from both sides met again on Tuesday, officials said, with the "
            + "mediators pressing for a phased withdrawal and a monitored corridor for aid "
            + "convoys. “We are closer than we have been,” one envoy told reporters — "
            + "though no date was set for the next round. Analysts cautioned that earlier "
            + "truces collapsed within weeks.</p>");
      }
      b.append("<p style=\"font-size:13px;color:#777;margin:0 0 16px\">Why: you follow "
          + "<b>Switzerland</b> · 14 articles from 9 sources: ");
      for (int src = 0; src < 9; src++) {
        b.append("<a href=\"https://source").append(src).append(".example.com/world/")
            .append(s).append("\" style=\"color:#777\">Source ").append(src).append("</a> ");
      }
      b.append("</p><hr style=\"border:0;border-top:1px solid #eee\">");
    }
    b.append("<p style=\"font-size:12px;color:#999\">You get this because you subscribed. "
        + "<a href=\"https://news.example.org/manage?t=abc\">Manage</a> · "
        + "<a href=\"https://news.example.org/unsubscribe?t=abc\">Unsubscribe</a></p>"
        + "</td></tr></table></body></html>");
    return b.toString();
  }
}
