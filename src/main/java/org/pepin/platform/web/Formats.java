package org.pepin.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyClock;
import org.pepin.shared.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * French formats for the templates ({@code ${@fmt.date(d)}}): dates 29/11/2026, times in
 * Europe/Paris, amounts 1 234,56 €.
 */
@Component("fmt")
public class Formats {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(CompanyClock.ZONE);
  private static final DateTimeFormatter DATE_TIME_SECONDS =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(CompanyClock.ZONE);

  public String date(@Nullable LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String dateTime(@Nullable Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  public String dateTimeSeconds(@Nullable Instant instant) {
    return instant == null ? "" : DATE_TIME_SECONDS.format(instant);
  }

  public String money(@Nullable Money money) {
    return money == null ? "" : money.format(locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
