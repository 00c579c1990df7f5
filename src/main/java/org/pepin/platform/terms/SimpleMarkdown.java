package org.pepin.platform.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders plain text or a small, safe subset of Markdown to HTML: headings ({@code #}, {@code ##},
 * {@code ###}, rendered h3 to h5 inside a page), paragraphs (separated by a blank line; single line
 * breaks kept), bullet lists ({@code -} or {@code *}), numbered lists ({@code 1.}), {@code
 * **bold**} and {@code *italic*}. Everything the user typed is HTML-escaped first and only these
 * tags are produced, so no markup, script, link or image of the text ever reaches the page.
 */
public final class SimpleMarkdown {

  private static final Pattern HEADING = Pattern.compile("^(#{1,3})\\s+(.*)$");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");
  private static final Pattern ITALIC =
      Pattern.compile("(?<![*\\w])\\*(\\S(?:.*?\\S)?)\\*(?![*\\w])");

  private SimpleMarkdown() {}

  public static String toHtml(String text) {
    StringBuilder html = new StringBuilder();
    List<String> paragraph = new ArrayList<>();
    String list = null;
    for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String line = raw.stripTrailing();
      var heading = HEADING.matcher(line);
      var bullet = BULLET.matcher(line);
      var numbered = NUMBERED.matcher(line);
      String item = null;
      String itemList = null;
      if (bullet.matches()) {
        item = bullet.group(1);
        itemList = "ul";
      } else if (numbered.matches()) {
        item = numbered.group(1);
        itemList = "ol";
      }
      if (line.isBlank() || heading.matches() || item != null) {
        flush(html, paragraph);
      }
      if (list != null && !list.equals(itemList)) {
        html.append("</").append(list).append(">\n");
        list = null;
      }
      if (line.isBlank()) {
        continue;
      }
      if (heading.matches()) {
        int level = heading.group(1).length() + 2;
        html.append("<h")
            .append(level)
            .append('>')
            .append(inline(heading.group(2)))
            .append("</h")
            .append(level)
            .append(">\n");
      } else if (item != null) {
        if (list == null) {
          list = itemList;
          html.append('<').append(list).append(">\n");
        }
        html.append("<li>").append(inline(item)).append("</li>\n");
      } else {
        paragraph.add(line.strip());
      }
    }
    flush(html, paragraph);
    if (list != null) {
      html.append("</").append(list).append(">\n");
    }
    return html.toString();
  }

  private static void flush(StringBuilder html, List<String> paragraph) {
    if (paragraph.isEmpty()) {
      return;
    }
    html.append("<p>");
    for (int i = 0; i < paragraph.size(); i++) {
      if (i > 0) {
        html.append("<br>\n");
      }
      html.append(inline(paragraph.get(i)));
    }
    html.append("</p>\n");
    paragraph.clear();
  }

  private static String inline(String text) {
    String escaped = escape(text);
    escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
    return ITALIC.matcher(escaped).replaceAll("<em>$1</em>");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
