package org.pepin.sales.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.sales.LineWarning;
import org.pepin.sales.SalesLine;
import org.pepin.shared.DocumentTotals;
import org.pepin.shared.Identifier;
import org.pepin.shared.Money;
import org.pepin.shared.Percentage;
import org.springframework.context.MessageSource;

/**
 * The amounts the quote API and the order API answer alike: totals per VAT rate (EN 16931 BG-23),
 * the stored lines paired with their amounts (DocumentTotals steps 1 to 5; none for sections and
 * notes) and a line's margin. Amounts are JSON numbers, rates and percentages in %.
 */
final class SalesApiAmounts {

  private SalesApiAmounts() {}

  /** One VAT rate of the totals (EN 16931 BG-23). */
  record RateResponse(BigDecimal rate, BigDecimal base, BigDecimal vat, BigDecimal gross) {}

  /** Totals excl. VAT, VAT and incl. VAT, and per rate. */
  record TotalsResponse(
      BigDecimal totalNet, BigDecimal totalVat, BigDecimal totalGross, List<RateResponse> rates) {

    static TotalsResponse of(DocumentTotals.Breakdown b) {
      return new TotalsResponse(
          b.totalNet().amount(),
          b.totalVat().amount(),
          b.totalGross().amount(),
          b.rates().stream()
              .map(
                  r ->
                      new RateResponse(
                          r.rate().percent(),
                          r.base().amount(),
                          r.vat().amount(),
                          r.gross().amount()))
              .toList());
    }

    static @Nullable TotalsResponse ofNullable(DocumentTotals.@Nullable Breakdown b) {
      return b == null ? null : of(b);
    }
  }

  /** A stored line and its amounts; {@code null} amounts for a section or a note. */
  record PricedLine(SalesLine line, DocumentTotals.@Nullable LineResult amounts) {

    /** The line's margin after its share of the document's discount, if shown and known. */
    @Nullable BigDecimal margin(boolean shown) {
      Money margin = !shown || amounts == null ? null : line.margin(amounts.discountShare());
      return margin == null ? null : margin.amount();
    }
  }

  /** The lines, each with its amounts: the totals' line results follow the priced lines. */
  static List<PricedLine> priced(List<SalesLine> lines, DocumentTotals.Result totals) {
    List<PricedLine> out = new ArrayList<>();
    int index = 0;
    for (SalesLine l : lines) {
      DocumentTotals.LineResult amounts =
          l.type().priced() && index < totals.lines().size() ? totals.lines().get(index++) : null;
      out.add(new PricedLine(l, amounts));
    }
    return out;
  }

  static @Nullable UUID uuid(@Nullable Identifier id) {
    return id == null ? null : id.value();
  }

  static List<BigDecimal> percents(List<Percentage> percentages) {
    return percentages.stream().map(Percentage::value).toList();
  }

  /** A pricing warning's text in the reader's language (its code when there is none). */
  static String text(LineWarning w, MessageSource messages, Locale locale) {
    return messages.getMessage(w.code(), w.args().toArray(), w.code(), locale);
  }
}
