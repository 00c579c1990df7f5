package org.pepin.platform.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.Letter;
import org.pepin.shared.Money;
import org.pepin.shared.PostalAddress;
import org.springframework.context.MessageSource;

/**
 * The letter of the letterhead preview: a customer of the case (Hôtel du Parc, scenario §3) in the
 * envelope window, and a body that shows French spaces, amounts and guillemets.
 */
final class SampleLetter {

  static final String ADDRESSEE = "Hôtel du Parc SARL";

  private SampleLetter() {}

  static Letter of(
      CompanyIdentity company, LocalDate today, MessageSource messages, Locale locale) {
    Money total = Money.of(new BigDecimal("13101.04"));
    Money downPayment = Money.of(new BigDecimal("3930.31"));
    return new Letter(
        Letter.addressLines(
            ADDRESSEE,
            text(messages, locale, "pdf.sample.attention"),
            PostalAddress.france("1 avenue du Parc", null, "78000", "Versailles")),
        company.address() == null ? "" : company.address().city(),
        today,
        text(messages, locale, "pdf.sample.reference"),
        text(messages, locale, "pdf.sample.subject"),
        text(messages, locale, "pdf.sample.salutation"),
        List.of(
            text(messages, locale, "pdf.sample.paragraph1", company.name()),
            text(
                messages,
                locale,
                "pdf.sample.paragraph2",
                total.format(locale),
                downPayment.format(locale)),
            text(messages, locale, "pdf.sample.paragraph3")),
        text(messages, locale, "pdf.sample.closing"),
        text(messages, locale, "pdf.sample.signatory"));
  }

  private static String text(MessageSource messages, Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
