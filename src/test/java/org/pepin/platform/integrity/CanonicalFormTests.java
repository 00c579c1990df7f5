package org.pepin.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pepin.platform.CanonicalForm;

/** The canonical text is the documented one, whatever the order fields are given in. */
class CanonicalFormTests {

  @Test
  void fields_are_sorted_and_formatted_as_documented() {
    String text =
        CanonicalForm.of()
            .amount("total_incl_vat", new BigDecimal("120"))
            .text("number", "FA-2026-00001")
            .date("issue_date", LocalDate.of(2026, 11, 29))
            .decimal("line.1.quantity", new BigDecimal("2.500"))
            .decimal("line.1.unit_price", new BigDecimal("1E+1"))
            .decimal("line.2.quantity", new BigDecimal("0.000"))
            .text("customer.name", "Jardins \\ du Lac\nSARL\t\u0001")
            .text("note", null)
            .instant("issued_at", Instant.parse("2026-11-29T23:40:05.123Z"))
            .integer("count", -3)
            .bool("b2b", true)
            .text();
    assertThat(text)
        .isEqualTo(
            "pepin-canonical/1\n"
                + "b2b=true\n"
                + "count=-3\n"
                + "customer.name=Jardins \\\\ du Lac\\nSARL\\t\\u0001\n"
                + "issue_date=2026-11-29\n"
                + "issued_at=2026-11-29T23:40:05Z\n"
                + "line.1.quantity=2.5\n"
                + "line.1.unit_price=10\n"
                + "line.2.quantity=0\n"
                + "note=\\N\n"
                + "number=FA-2026-00001\n"
                + "total_incl_vat=120.00\n");
  }

  @Test
  void the_hash_is_the_sha256_of_the_utf8_text() {
    // echo -n "abc" | sha256sum
    assertThat(CanonicalForm.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(CanonicalForm.sha256("é")).isEqualTo(CanonicalForm.sha256(new byte[] {-61, -87}));
  }

  @Test
  void ambiguous_input_is_refused() {
    assertThatThrownBy(() -> CanonicalForm.of().text("a", "1").text("a", "2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CanonicalForm.of().text("A=b", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CanonicalForm.of().amount("total", new BigDecimal("1.005")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CanonicalForm.of().amount("total", new BigDecimal("-1.500")).text())
        .endsWith("total=-1.50\n");
  }
}
