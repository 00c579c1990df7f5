package org.pepin.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pepin.platform.MessageKind;
import org.pepin.platform.MessageText;
import org.pepin.platform.Placeholder;

class TemplateTextTests {

  static final MessageKind KIND =
      new MessageKind(
          "invoice",
          "messaging.kind.document",
          List.of(
              new Placeholder("customer.name", "x", "Hôtel du Parc"),
              new Placeholder("document.number", "x", "FA-2026-0001")),
          new MessageText("Facture {{document.number}}", "Bonjour {{customer.name}}"),
          new MessageText("Invoice {{document.number}}", "Hello {{customer.name}}"));

  @Test
  void placeholders_are_found_with_or_without_inner_spaces() {
    assertThat(
            TemplateText.placeholders(
                "{{customer.name}} et {{ document.number }} {{customer.name}}"))
        .containsExactly("customer.name", "document.number");
  }

  @Test
  void a_template_is_filled_and_a_subject_stays_on_one_line() {
    var values = Map.of("customer.name", "Hôtel\ndu Parc", "document.number", "FA-1");
    assertThat(TemplateText.fill("Bonjour {{ customer.name }},", values, false))
        .isEqualTo("Bonjour Hôtel\ndu Parc,");
    assertThat(TemplateText.fill("{{customer.name}} {{document.number}}", values, true))
        .isEqualTo("Hôtel du Parc FA-1");
    assertThatThrownBy(() -> TemplateText.fill("{{other}}", values, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_unknown_placeholder_is_named_with_the_field_it_is_in() {
    assertThatThrownBy(() -> TemplateText.check(KIND, "Facture", "Bonjour {{client.nom}}"))
        .isInstanceOfSatisfying(
            TemplateRejected.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.field()).isEqualTo("body");
                          assertThat(p.error().code())
                              .isEqualTo("message-template.unknown-placeholder");
                          assertThat(p.error().args()[0]).isEqualTo("client.nom");
                          assertThat(p.error().args()[1].toString())
                              .contains("{{customer.name}}", "{{document.number}}");
                        }));
  }

  @Test
  void unclosed_braces_a_bad_name_and_a_subject_on_two_lines_are_refused() {
    assertThatThrownBy(() -> TemplateText.check(KIND, "Facture {{document.number", "x"))
        .isInstanceOfSatisfying(
            TemplateRejected.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.error().code())
                    .containsExactly("message-template.unclosed"));
    assertThatThrownBy(() -> TemplateText.check(KIND, "A\nB", "{{Not A Name}}"))
        .isInstanceOfSatisfying(
            TemplateRejected.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.field() + ":" + p.error().code())
                    .containsExactly(
                        "subject:message-template.subject-line",
                        "body:message-template.bad-placeholder"));
  }
}
