package org.pepin.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When an invoice is to be paid: one or more parts, each a share of the amount due by its own
 * {@link Rule}; the shares add up to 100 %. A single part is the common case ("30 jours fin de
 * mois"); several parts make an instalment plan ("30 % à réception, solde à 30 jours").
 *
 * <p>Due dates are counted from a base date chosen by the caller: the invoice date, or for a public
 * buyer the date the invoice is received (C. commande publique R2192-10; france-compliance
 * R-PAY-06).
 *
 * <p>Between businesses, agreed terms may not exceed 60 days from the invoice date, or 45 days end
 * of month (C. com. L441-10 I); see {@link #isWithinB2bCap()}.
 *
 * <p>Storage code ({@link #code()}, {@link #parse(String)}):
 *
 * <pre>
 * terms   = rule / part 1*(";" part)     ; a lone rule is 100 %
 * part    = percent "%" rule
 * percent = 1*3DIGIT ["." 1*4DIGIT]      ; no trailing zeros
 * rule    = "R"                          ; on receipt
 *         / "D" days                     ; N days
 *         / "DEOM" days                  ; N days end of month
 *         / "DTEOM" days                 ; N days then end of month
 *         / "NM" day                     ; day D of the next month
 * </pre>
 *
 * e.g. {@code D30}, {@code DEOM45}, {@code NM10}, {@code R}, {@code 30%R;70%D30}.
 *
 * @param parts the parts, in the order they are printed; the last takes the rounding remainder
 */
public record PaymentTerms(List<Part> parts) {

  /** How a rule counts from the base date. */
  public enum Kind {
    /** "À réception": due on the base date. */
    ON_RECEIPT("R"),
    /** "N jours": the base date plus N days. */
    DAYS("D"),
    /**
     * "N jours fin de mois": the last day of the base date's month, then N days (france-compliance
     * R-PAY-03: invoice of 2026-01-15 at 45 days end of month is due 2026-03-17).
     */
    DAYS_END_OF_MONTH("DEOM"),
    /** "N jours puis fin de mois": the base date plus N days, then the last day of that month. */
    DAYS_THEN_END_OF_MONTH("DTEOM"),
    /** "Le J du mois suivant": day J of the next month, the month's last day if it is shorter. */
    DAY_OF_NEXT_MONTH("NM");

    private final String code;

    Kind(String code) {
      this.code = code;
    }
  }

  /**
   * A due-date rule.
   *
   * @param kind how it counts
   * @param number the days (0–366; 0 for {@link Kind#ON_RECEIPT}) or, for {@link
   *     Kind#DAY_OF_NEXT_MONTH}, the day of the month (1–31); {@code payment-terms.days} otherwise
   */
  public record Rule(Kind kind, int number) {

    public Rule {
      Objects.requireNonNull(kind, "kind");
      boolean valid =
          switch (kind) {
            case ON_RECEIPT -> number == 0;
            case DAY_OF_NEXT_MONTH -> number >= 1 && number <= 31;
            default -> number >= 0 && number <= 366;
          };
      if (!valid) {
        throw new InvalidValue(
            "payment-terms.days", "no " + kind + " rule with " + number, kind, number);
      }
    }

    /** The due date for a base date. */
    public LocalDate dueDate(LocalDate base) {
      return switch (kind) {
        case ON_RECEIPT -> base;
        case DAYS -> base.plusDays(number);
        case DAYS_END_OF_MONTH -> base.with(TemporalAdjusters.lastDayOfMonth()).plusDays(number);
        case DAYS_THEN_END_OF_MONTH ->
            base.plusDays(number).with(TemporalAdjusters.lastDayOfMonth());
        case DAY_OF_NEXT_MONTH -> {
          YearMonth next = YearMonth.from(base).plusMonths(1);
          yield next.atDay(Math.min(number, next.lengthOfMonth()));
        }
      };
    }

    /** The storage code, e.g. {@code DEOM45}. */
    public String code() {
      return kind == Kind.ON_RECEIPT ? kind.code : kind.code + number;
    }

    /**
     * The wording, alone ("30 jours fin de mois", "À réception") or after a share ("à 30 jours fin
     * de mois", "à réception").
     */
    String label(boolean french, boolean alone) {
      String n = String.valueOf(number);
      String text =
          french
              ? switch (kind) {
                case ON_RECEIPT -> "à réception";
                case DAYS -> n + " jours";
                case DAYS_END_OF_MONTH -> n + " jours fin de mois";
                case DAYS_THEN_END_OF_MONTH -> n + " jours puis fin de mois";
                case DAY_OF_NEXT_MONTH -> "le " + (number == 1 ? "1er" : n) + " du mois suivant";
              }
              : switch (kind) {
                case ON_RECEIPT -> "on receipt";
                case DAYS -> n + " days";
                case DAYS_END_OF_MONTH -> n + " days end of month";
                case DAYS_THEN_END_OF_MONTH -> n + " days then end of month";
                case DAY_OF_NEXT_MONTH -> "day " + n + " of the following month";
              };
      String preposition =
          switch (kind) {
            case ON_RECEIPT -> "";
            case DAY_OF_NEXT_MONTH -> french ? "" : "on ";
            default -> french ? "à " : "at ";
          };
      return alone ? Character.toUpperCase(text.charAt(0)) + text.substring(1) : preposition + text;
    }
  }

  /**
   * A share of the amount and its rule.
   *
   * @param share more than 0 %
   * @param rule when the share is due
   */
  public record Part(Percentage share, Rule rule) {

    public Part {
      Objects.requireNonNull(share, "share");
      Objects.requireNonNull(rule, "rule");
    }

    public static Part of(String percent, Kind kind, int number) {
      return new Part(Percentage.of(percent), new Rule(kind, number));
    }
  }

  /**
   * An amount due on a date.
   *
   * @param dueDate the due date
   * @param amount the amount due
   */
  public record Installment(LocalDate dueDate, Money amount) {}

  private static final Pattern RULE = Pattern.compile("(R)|(DTEOM|DEOM|D|NM)(\\d{1,3})");
  private static final Pattern PART = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,4})?)%(.+)");

  public PaymentTerms {
    parts = List.copyOf(parts);
    BigDecimal sum =
        parts.stream().map(p -> p.share().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (parts.isEmpty()
        || parts.stream().anyMatch(p -> p.share().value().signum() == 0)
        || sum.compareTo(Percentage.HUNDRED.value()) != 0) {
      throw new InvalidValue(
          "payment-terms.installments",
          "shares must be positive and add up to 100 %, not " + sum.toPlainString(),
          sum);
    }
  }

  public static PaymentTerms of(Kind kind, int number) {
    return new PaymentTerms(List.of(new Part(Percentage.HUNDRED, new Rule(kind, number))));
  }

  /** "À réception". */
  public static PaymentTerms onReceipt() {
    return of(Kind.ON_RECEIPT, 0);
  }

  /** "N jours". */
  public static PaymentTerms days(int days) {
    return of(Kind.DAYS, days);
  }

  /** "N jours fin de mois". */
  public static PaymentTerms daysEndOfMonth(int days) {
    return of(Kind.DAYS_END_OF_MONTH, days);
  }

  /** "N jours puis fin de mois". */
  public static PaymentTerms daysThenEndOfMonth(int days) {
    return of(Kind.DAYS_THEN_END_OF_MONTH, days);
  }

  /** "Le J du mois suivant". */
  public static PaymentTerms dayOfNextMonth(int day) {
    return of(Kind.DAY_OF_NEXT_MONTH, day);
  }

  /** An instalment plan; the shares must add up to 100 %. */
  public static PaymentTerms installments(Part... parts) {
    return new PaymentTerms(Arrays.asList(parts));
  }

  /**
   * The amounts due and their dates: each part's share of the amount rounded half up to the cent,
   * the last part taking the remainder so that the amounts add up exactly (3 × 33.3333 % of 100.00
   * € gives 33.33, 33.33 and 33.34).
   */
  public List<Installment> schedule(LocalDate baseDate, Money amount) {
    var installments = new ArrayList<Installment>(parts.size());
    Money left = amount;
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      Money due = i == parts.size() - 1 ? left : amount.times(part.share().fraction());
      installments.add(new Installment(part.rule().dueDate(baseDate), due));
      left = left.minus(due);
    }
    return List.copyOf(installments);
  }

  /** The date the whole amount is due: the latest of the parts' due dates. */
  public LocalDate dueDate(LocalDate baseDate) {
    return Collections.max(parts.stream().map(p -> p.rule().dueDate(baseDate)).toList());
  }

  /**
   * The wording printed on documents: in French ("30 jours fin de mois", "À réception", "Le 10 du
   * mois suivant", "30 % à réception, solde à 30 jours") or, for any other language, in English
   * ("30 days end of month", "30% on receipt, balance at 30 days").
   */
  public String label(Locale locale) {
    boolean french = locale.getLanguage().equals("fr");
    if (parts.size() == 1) {
      return parts.get(0).rule().label(french, true);
    }
    var words = new ArrayList<String>(parts.size());
    for (int i = 0; i < parts.size() - 1; i++) {
      Part part = parts.get(i);
      String share = part.share().toString();
      words.add(
          (french ? share.replace('.', ',') + "\u00a0%" : share + "%")
              + " "
              + part.rule().label(french, false));
    }
    words.add(
        (french ? "solde " : "balance ") + parts.get(parts.size() - 1).rule().label(french, false));
    return String.join(", ", words);
  }

  /**
   * Whether these terms respect the B2B cap of C. com. L441-10 I: every part due no later than 60
   * days after the invoice date, or than 45 days after the end of the invoice's month, whichever is
   * later. Checked exhaustively for every invoice date of 2027 and 2028 (a common and a leap year:
   * every month length and every day of the month), counting from the invoice date.
   */
  public boolean isWithinB2bCap() {
    for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() < 2029; day = day.plusDays(1)) {
      LocalDate sixtyDays = day.plusDays(60);
      LocalDate endOfMonth45 = day.with(TemporalAdjusters.lastDayOfMonth()).plusDays(45);
      LocalDate cap = sixtyDays.isAfter(endOfMonth45) ? sixtyDays : endOfMonth45;
      for (Part part : parts) {
        if (part.rule().dueDate(day).isAfter(cap)) {
          return false;
        }
      }
    }
    return true;
  }

  /** These terms, if within the B2B cap ({@code payment-terms.cap} otherwise). */
  public PaymentTerms requireWithinB2bCap() {
    if (!isWithinB2bCap()) {
      throw new InvalidValue(
          "payment-terms.cap", "terms " + code() + " exceed the cap of C. com. L441-10", code());
    }
    return this;
  }

  /** The storage code, e.g. {@code DEOM45} or {@code 30%R;70%D30}; see the class description. */
  public String code() {
    if (parts.size() == 1) {
      return parts.get(0).rule().code();
    }
    return parts.stream()
        .map(p -> p.share() + "%" + p.rule().code())
        .collect(Collectors.joining(";"));
  }

  /** Terms from their storage code ({@code payment-terms.format} if it is not a valid one). */
  public static PaymentTerms parse(String code) {
    try {
      String[] texts = code.strip().split(";", -1);
      var parts = new ArrayList<Part>(texts.length);
      for (String text : texts) {
        Matcher part = PART.matcher(text);
        boolean shared = part.matches();
        Matcher rule = RULE.matcher(shared ? part.group(2) : text);
        if (!rule.matches() || !shared && texts.length > 1) {
          throw new InvalidValue("payment-terms.format", "not a rule: " + text, text);
        }
        Rule parsed =
            rule.group(1) != null
                ? new Rule(Kind.ON_RECEIPT, 0)
                : new Rule(kind(rule.group(2)), Integer.parseInt(rule.group(3)));
        parts.add(new Part(shared ? Percentage.of(part.group(1)) : Percentage.HUNDRED, parsed));
      }
      return new PaymentTerms(parts);
    } catch (InvalidValue e) {
      throw new InvalidValue(
          "payment-terms.format",
          "not a payment terms code: '" + code + "' (" + e.getMessage() + ")",
          code);
    }
  }

  private static Kind kind(String code) {
    return Arrays.stream(Kind.values()).filter(k -> k.code.equals(code)).findFirst().orElseThrow();
  }

  @Override
  public String toString() {
    return code();
  }
}
