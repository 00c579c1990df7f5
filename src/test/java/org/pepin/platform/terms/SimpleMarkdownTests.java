package org.pepin.platform.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The terms' text is rendered from a small Markdown subset, and nothing typed becomes markup. */
class SimpleMarkdownTests {

  @Test
  void renders_headings_paragraphs_lists_and_emphasis() {
    String html =
        SimpleMarkdown.toHtml(
            """
            # Conditions
            Première ligne
            deuxième ligne

            - **Paiement** : à 30 jours
            - *pas* d'escompte
            1. un
            2. deux
            """);
    assertThat(html)
        .isEqualTo(
            """
            <h3>Conditions</h3>
            <p>Première ligne<br>
            deuxième ligne</p>
            <ul>
            <li><strong>Paiement</strong> : à 30 jours</li>
            <li><em>pas</em> d&#39;escompte</li>
            </ul>
            <ol>
            <li>un</li>
            <li>deux</li>
            </ol>
            """);
  }

  @Test
  void escapes_everything_the_user_typed() {
    String html =
        SimpleMarkdown.toHtml(
            "<script>alert(1)</script> **<img src=x onerror=alert(2)>** [lien](javascript:x)");
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<a ")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("<strong>&lt;img src=x onerror=alert(2)&gt;</strong>");
  }

  @Test
  void plain_text_stays_plain_text() {
    assertThat(SimpleMarkdown.toHtml("Prix : 3 * 4 = 12 € & plus"))
        .isEqualTo("<p>Prix : 3 * 4 = 12 € &amp; plus</p>\n");
  }
}
