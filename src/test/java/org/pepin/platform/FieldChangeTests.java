package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pepin.shared.Money;
import org.pepin.shared.PostalAddress;

/** Field changes: derived from two snapshots, as stable text, shared by history and audit. */
class FieldChangeTests {

  record Snapshot(String name, PostalAddress address, Money capital, Set<Role> roles, boolean on) {}

  @Test
  void the_changes_between_two_snapshots_are_the_fields_that_differ_in_declaration_order() {
    var before =
        new Snapshot(
            "Clément",
            PostalAddress.france("4 chemin des Grands Prés", null, "78490", "Montfort-l'Amaury"),
            Money.of(new BigDecimal("120000.00")),
            EnumSet.of(Role.SALES),
            true);
    var after =
        new Snapshot(
            "Clément",
            PostalAddress.france("3 rue des Tilleuls", null, "78490", "Montfort-l'Amaury"),
            Money.of(new BigDecimal("120000.00")),
            EnumSet.of(Role.ACCOUNTING, Role.SALES),
            false);

    List<FieldChange> changes = FieldChange.between(before, after);

    assertThat(changes)
        .containsExactly(
            new FieldChange(
                "address",
                "4 chemin des Grands Prés, 78490 MONTFORT-L'AMAURY",
                "3 rue des Tilleuls, 78490 MONTFORT-L'AMAURY",
                null),
            new FieldChange("roles", "SALES", "SALES,ACCOUNTING", "role."),
            new FieldChange("on", "true", "false", FieldChange.BOOLEAN_KEYS));
    assertThat(FieldChange.describe(changes))
        .isEqualTo(
            "address: 4 chemin des Grands Prés, 78490 MONTFORT-L'AMAURY → 3 rue des Tilleuls,"
                + " 78490 MONTFORT-L'AMAURY\nroles: SALES → SALES,ACCOUNTING\non: true → false");
  }

  @Test
  void blank_text_empty_sets_and_equal_amounts_are_no_change() {
    assertThat(FieldChange.of("email", null, " ")).isEmpty();
    assertThat(FieldChange.of("roles", Set.of(), null)).isEmpty();
    assertThat(FieldChange.of("capital", Money.of("10.00"), Money.of("10.00"))).isEmpty();
    assertThat(FieldChange.of("roles", EnumSet.of(Role.ADMIN), Set.of()))
        .hasValue(new FieldChange("roles", "ADMIN", null, "role."));
    assertThat(FieldChange.of("note", "a", "x".repeat(3000)).orElseThrow().newValue())
        .hasSize(FieldChange.MAX_VALUE_LENGTH)
        .endsWith("…");
  }
}
