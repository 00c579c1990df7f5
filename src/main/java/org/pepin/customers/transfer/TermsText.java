package org.pepin.customers.transfer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PaymentTerms.Kind;

/**
 * Payment terms as people write them in a file or an API call: the storage code ({@code DEOM45},
 * {@code 30%R;70%D30}) or the wording of a single rule in French or English ("45 jours fin de
 * mois", "À réception", "30 days"). Exports write the wording when it reads back to the same terms,
 * the code otherwise (instalment plans), so that an exported file imports back.
 */
public final class TermsText {

  private static volatile @Nullable Map<String, PaymentTerms> wordings;

  private TermsText() {}

  /**
   * The terms of a code or a wording ({@code payment-terms.format} if neither).
   *
   * @throws InvalidValue for unreadable terms
   */
  public static PaymentTerms parse(String text) {
    PaymentTerms known = wordings().get(normalise(text));
    if (known != null) {
      return known;
    }
    return PaymentTerms.parse(text.strip().toUpperCase(Locale.ROOT).replace(" ", ""));
  }

  /** The wording in the locale if it reads back to the same terms, else the code. */
  public static String text(PaymentTerms terms, Locale locale) {
    String label = terms.label(locale);
    return terms.equals(wordings().get(normalise(label))) ? label : terms.code();
  }

  private static Map<String, PaymentTerms> wordings() {
    Map<String, PaymentTerms> local = wordings;
    if (local == null) {
      local = new HashMap<>();
      for (Kind kind : Kind.values()) {
        int from = kind == Kind.DAY_OF_NEXT_MONTH ? 1 : 0;
        int to = kind == Kind.ON_RECEIPT ? 0 : kind == Kind.DAY_OF_NEXT_MONTH ? 31 : 366;
        for (int n = from; n <= to; n++) {
          PaymentTerms terms = PaymentTerms.of(kind, n);
          local.putIfAbsent(normalise(terms.label(Locale.FRENCH)), terms);
          local.putIfAbsent(normalise(terms.label(Locale.ENGLISH)), terms);
        }
      }
      wordings = local;
    }
    return local;
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\u00a0\\u202f]+", " ")
        .strip();
  }
}
