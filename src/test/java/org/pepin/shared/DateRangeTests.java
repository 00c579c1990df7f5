package org.pepin.shared;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pepin.shared.SharedAssertions.assertRejected;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTests {

  private final DateRange january = new DateRange(parse("2026-01-01"), parse("2026-01-31"));

  @Test
  void includesBothEnds() {
    assertThat(january.contains(parse("2026-01-01"))).isTrue();
    assertThat(january.contains(parse("2026-01-31"))).isTrue();
    assertThat(january.contains(parse("2025-12-31"))).isFalse();
    assertThat(january.contains(parse("2026-02-01"))).isFalse();
    assertThat(january.days()).isEqualTo(31);
    assertThat(new DateRange(parse("2028-02-01"), parse("2028-02-29")).days()).isEqualTo(29);
    assertThat(new DateRange(parse("2026-03-01"), parse("2026-03-01")).days()).isEqualTo(1);
  }

  @Test
  void mayHaveNoEnd() {
    DateRange open = DateRange.from(parse("2026-01-01"));
    assertThat(open.isOpen()).isTrue();
    assertThat(open.contains(LocalDate.MAX)).isTrue();
    assertThat(open.contains(parse("2025-12-31"))).isFalse();
    assertRejected("date-range.open", open::days);
  }

  @Test
  void overlapsWhenSharingADay() {
    assertThat(january.overlaps(new DateRange(parse("2026-01-31"), parse("2026-02-28")))).isTrue();
    assertThat(january.overlaps(new DateRange(parse("2026-02-01"), parse("2026-02-28")))).isFalse();
    assertThat(january.overlaps(new DateRange(parse("2025-12-01"), parse("2025-12-31")))).isFalse();
    assertThat(january.overlaps(new DateRange(parse("2026-01-10"), parse("2026-01-11")))).isTrue();
    assertThat(january.overlaps(DateRange.from(parse("2025-01-01")))).isTrue();
    assertThat(january.overlaps(DateRange.from(parse("2026-02-01")))).isFalse();
    assertThat(DateRange.from(parse("2026-02-01")).overlaps(DateRange.from(parse("2030-01-01"))))
        .isTrue();
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    assertRejected(
        "date-range.order", () -> new DateRange(parse("2026-01-02"), parse("2026-01-01")));
  }
}
