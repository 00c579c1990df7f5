package org.pepin.platform;

import java.util.regex.Pattern;

/**
 * A kind of numbered document (quote, invoice, credit note…) and the default of its numbering
 * series. Modules register their kinds through {@link DocumentKindContribution}; the series of a
 * company is created from these defaults the first time it is shown or used, then its administrator
 * may change its pattern and next number (Paramètres › Numérotation). The label is the message
 * {@code numbering.kind.<key>}.
 *
 * @param key a stable code in capitals, e.g. {@code INVOICE}
 * @param defaultPattern the pattern of a new series, e.g. {@code FA-{YYYY}-{SEQ:5}}
 * @param yearly whether the counter restarts at 1 each year (the pattern then shows the year)
 */
public record DocumentKind(String key, String defaultPattern, boolean yearly) {

  private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  public static final DocumentKind QUOTE = new DocumentKind("QUOTE", "DE-{YYYY}-{SEQ:4}", true);
  public static final DocumentKind ORDER = new DocumentKind("ORDER", "CO-{YYYY}-{SEQ:4}", true);
  public static final DocumentKind DELIVERY =
      new DocumentKind("DELIVERY", "BL-{YYYY}-{SEQ:4}", true);
  public static final DocumentKind INVOICE = new DocumentKind("INVOICE", "FA-{YYYY}-{SEQ:5}", true);
  public static final DocumentKind CREDIT_NOTE =
      new DocumentKind("CREDIT_NOTE", "AV-{YYYY}-{SEQ:5}", true);
  public static final DocumentKind DOWN_PAYMENT_INVOICE =
      new DocumentKind("DOWN_PAYMENT_INVOICE", "AC-{YYYY}-{SEQ:5}", true);
  public static final DocumentKind REMINDER =
      new DocumentKind("REMINDER", "RL-{YYYY}-{SEQ:5}", true);

  public DocumentKind {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("document kind key must match " + KEY + ": " + key);
    }
  }

  /** The message key of the kind's label. */
  public String labelKey() {
    return "numbering.kind." + key;
  }
}
