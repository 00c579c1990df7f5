package org.pepin.delivery.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.Lot;
import org.pepin.catalog.StockMovements;
import org.pepin.customers.Customers;
import org.pepin.delivery.DeliveredLot;
import org.pepin.delivery.Deliveries;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryLine;
import org.pepin.delivery.DeliveryStatus;
import org.pepin.delivery.DeliveryView;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Documents;
import org.pepin.platform.Letter;
import org.pepin.sales.OrderId;
import org.pepin.sales.Orders;
import org.pepin.shared.InvalidValue;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printed documents of deliveries, PDF/A-3b through {@link Documents}:
 *
 * <ul>
 *   <li>the <b>delivery note</b> (bon de livraison, {@code templates/pdf/delivery/note.html}): the
 *       seller's letterhead and legal identity, number and shipping date (a draft says "Brouillon —
 *       non valable"), customer, delivery address and access notes, orders and the customer's
 *       references, transport and round, the lines with ordered and delivered quantities, lots, a
 *       blank received-quantity column for the customer and the backorder (reliquat) of each line,
 *       then the <b>plant passports</b> of the lines that need one, one per lot, then the notes and
 *       the signature box (received on, by, signature, reservations). No prices.
 *   <li>the <b>round sheet</b> (feuille de tournée, {@code round.html}): the stops of a day's
 *       round, then each delivery note on its own pages, in one document;
 *   <li>the <b>passport labels</b> of a lot ({@code passports.html}): a grid of labels on A4.
 * </ul>
 *
 * <p>Plant passports follow Regulation (EU) 2016/2031 art. 83 (content, a distinct label clearly
 * separated from other information, the EU flag) and Implementing Regulation (EU) 2017/2313, annex,
 * parts A and B (layout: flag top left, "Plant Passport", elements A botanical name, B registered
 * operator, C traceability code, D country of origin); france-compliance §8, R-PHY-04 (on delivery
 * notes to professional operators) and R-PHY-05 (labels for a lot). Whether a line needs one is
 * decided when the delivery is prepared ({@link DeliveryLine#passportRequired()}: a passport plant
 * delivered to a professional, or a species that needs one even for final users).
 */
@Component
@Transactional(readOnly = true)
public class DeliveryDocuments {

  /** The most labels one print asks for. */
  public static final int MAX_LABELS = 500;

  /** Labels on an A4 page: 2 columns of 5. */
  static final int LABELS_PER_ROW = 2;

  static final int ROWS_PER_PAGE = 5;

  private final Documents documents;
  private final Deliveries deliveries;
  private final Orders orders;
  private final Customers customers;
  private final StockMovements stock;
  private final MessageSource messages;
  private final JdbcClient jdbc;
  private final org.pepin.catalog.Products products;
  private final org.pepin.platform.Companies companies;

  DeliveryDocuments(
      Documents documents,
      Deliveries deliveries,
      Orders orders,
      Customers customers,
      StockMovements stock,
      MessageSource messages,
      JdbcClient jdbc,
      org.pepin.catalog.Products products,
      org.pepin.platform.Companies companies) {
    this.products = products;
    this.companies = companies;
    this.documents = documents;
    this.deliveries = deliveries;
    this.orders = orders;
    this.customers = customers;
    this.stock = stock;
    this.messages = messages;
    this.jdbc = jdbc;
  }

  /** The file name of a delivery note: {@code BL-2026-0004.pdf}, {@code BL-brouillon.pdf}. */
  public static String fileName(DeliveryView delivery) {
    return (delivery.number() == null ? "BL-brouillon" : delivery.number().replace(' ', '-'))
        + ".pdf";
  }

  /** The file name of the company's delivery note (see {@link #fileName(DeliveryView)}). */
  public String fileNameOf(CompanyId company, DeliveryId id) {
    return fileName(deliveries.get(company, id));
  }

  /** The file name of a round sheet: {@code Tournee-2026-11-30-Nord.pdf}. */
  public static String roundFileName(LocalDate date, @Nullable String round) {
    return "Tournee-"
        + date
        + (round == null ? "" : "-" + round.strip().replaceAll("[^A-Za-z0-9_-]+", "_"))
        + ".pdf";
  }

  /** The file name of a lot's passport labels: {@code Passeports-L25-PHO-01.pdf}. */
  public static String labelsFileName(Lot lot) {
    return "Passeports-" + lot.number().replaceAll("[^A-Za-z0-9_.-]+", "_") + ".pdf";
  }

  /**
   * The delivery note, in the customer's language (English for a customer whose language is
   * English, French otherwise).
   *
   * @throws org.pepin.platform.ResourceNotFound unless the delivery belongs to the company
   */
  public byte[] notePdf(CompanyId company, DeliveryId id) {
    DeliveryView delivery = deliveries.get(company, id);
    Locale locale = locale(company, delivery);
    Map<String, Object> model = new HashMap<>();
    model.put("note", note(company, delivery, locale));
    model.put("flag", EuFlag.of(NOTE_FLAG_HEIGHT));
    return documents.render(company, "delivery/note", model, locale);
  }

  /** Height of the flag on a delivery note's passports, in millimetres. */
  static final double NOTE_FLAG_HEIGHT = 9;

  /** Height of the flag on a label, in millimetres. */
  static final double LABEL_FLAG_HEIGHT = 11;

  /**
   * The deliveries of a round: drafts and shipped notes planned on the date, of the round when
   * named (case-insensitive), by round, postal code and customer.
   */
  public List<DeliveryView> round(CompanyId company, LocalDate date, @Nullable String round) {
    String name = round == null || round.isBlank() ? null : round.strip();
    var query =
        jdbc.sql(
                "SELECT id FROM delivery WHERE company_id = :company AND planned_on = :date"
                    + " AND status IN ('DRAFT', 'SHIPPED')"
                    + (name == null ? "" : " AND LOWER(round_name) = LOWER(:round)")
                    + " ORDER BY round_name, address_postal_code, address_city, customer_name,"
                    + " number, created_at")
            .param("company", company.value())
            .param("date", date);
    if (name != null) {
      query = query.param("round", name);
    }
    return query.query(UUID.class).list().stream()
        .map(id -> deliveries.get(company, new DeliveryId(id)))
        .toList();
  }

  /**
   * The round sheet: a summary page of the stops, then each delivery note from a new page, in
   * French (the driver's document), in one PDF. Without any delivery, the summary says so.
   */
  public byte[] roundPdf(CompanyId company, LocalDate date, @Nullable String round) {
    Locale locale = Locale.FRENCH;
    List<DeliveryView> list = round(company, date, round);
    List<Note> notes = list.stream().map(d -> note(company, d, locale)).toList();
    List<Stop> stops = new ArrayList<>();
    int i = 1;
    for (Note n : notes) {
      DeliveryView d = n.delivery();
      stops.add(
          new Stop(
              i++,
              d.customerName(),
              String.join(", ", n.site()),
              d.accessNotes(),
              d.notes(),
              d.number(),
              d.status() == DeliveryStatus.DRAFT,
              d.roundName(),
              quantity(plants(d), locale)));
    }
    Map<String, @Nullable Object> model = new HashMap<>();
    model.put("date", date);
    String name = round == null || round.isBlank() ? null : round.strip();
    if (name != null && !list.isEmpty() && list.get(0).roundName() != null) {
      name = list.get(0).roundName();
    }
    model.put("round", name);
    model.put("stops", stops);
    model.put("notes", notes);
    model.put(
        "totalPlants",
        quantity(
            list.stream().map(d -> plants(d)).reduce(BigDecimal.ZERO, BigDecimal::add), locale));
    model.put("flag", EuFlag.of(NOTE_FLAG_HEIGHT));
    return documents.render(company, "delivery/round", model, locale);
  }

  /**
   * The passport labels of a lot (R-PHY-05): {@code count} labels, ten to an A4 page.
   *
   * @throws InvalidValue {@code delivery.passport.lot-unknown} for a lot the company does not have,
   *     {@code delivery.passport.count-range} unless 1 ≤ count ≤ {@value #MAX_LABELS}
   */
  public byte[] labelsPdf(CompanyId company, String lotNumber, int count, Locale locale) {
    Lot lot = lot(company, lotNumber);
    checkCount(count);
    PlantPassport passport = PlantPassport.of(lot);
    List<List<List<PlantPassport>>> pages = new ArrayList<>();
    List<List<PlantPassport>> rows = new ArrayList<>();
    List<PlantPassport> row = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      row.add(passport);
      if (row.size() == LABELS_PER_ROW || n == count - 1) {
        rows.add(row);
        row = new ArrayList<>();
      }
      if (rows.size() == ROWS_PER_PAGE || (n == count - 1 && !rows.isEmpty())) {
        pages.add(rows);
        rows = new ArrayList<>();
      }
    }
    Map<String, Object> model = new HashMap<>();
    model.put("lot", lot);
    model.put("pages", pages);
    model.put("count", count);
    model.put("flag", EuFlag.of(LABEL_FLAG_HEIGHT));
    return documents.render(company, "delivery/passports", model, locale);
  }

  /**
   * The lot with this number.
   *
   * @throws InvalidValue {@code delivery.passport.lot-unknown}
   */
  public Lot lot(CompanyId company, String lotNumber) {
    String number = lotNumber.strip();
    if (number.isEmpty() || number.length() > 40) {
      throw new InvalidValue("delivery.passport.lot-unknown", "unknown lot", shorten(number));
    }
    return stock
        .lotByNumber(company, number)
        .orElseThrow(
            () -> new InvalidValue("delivery.passport.lot-unknown", "unknown lot", number));
  }

  /**
   * @throws InvalidValue {@code delivery.passport.count-range} unless 1 ≤ count ≤ {@value
   *     #MAX_LABELS}
   */
  public static void checkCount(int count) {
    if (count < 1 || count > MAX_LABELS) {
      throw new InvalidValue(
          "delivery.passport.count-range", "labels: 1 to " + MAX_LABELS, MAX_LABELS);
    }
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  private Locale locale(CompanyId company, DeliveryView delivery) {
    return customers
            .find(company, delivery.customer())
            .map(c -> "en".equals(c.language()))
            .orElse(false)
        ? Locale.ENGLISH
        : Locale.FRENCH;
  }

  /** What the note prints, formatted for its language. */
  Note note(CompanyId company, DeliveryView d, Locale locale) {
    Set<String> references = new LinkedHashSet<>();
    for (OrderId order : d.orders()) {
      orders
          .find(company, order)
          .map(o -> o.customerReference())
          .filter(r -> r != null && !r.isBlank())
          .ifPresent(references::add);
    }
    List<String> site =
        Letter.addressLines(
                d.addressLabel() == null ? d.customerName() : d.addressLabel(), null, d.address())
            .stream()
            .skip(1)
            .toList();
    List<String> addressee = new ArrayList<>();
    addressee.add(d.customerName());
    if (d.addressLabel() != null) {
      addressee.add(d.addressLabel());
    }
    addressee.addAll(site);
    List<Row> rows = new ArrayList<>();
    List<PlantPassport> passports = new ArrayList<>();
    for (DeliveryLine line : d.lines()) {
      String unit = unit(line.unit(), locale);
      BigDecimal backorder = line.backorder().value();
      rows.add(
          new Row(
              line.productCode(),
              line.designation(),
              unit,
              quantity(line.ordered().value(), locale),
              quantity(line.quantity().value(), locale),
              line.lots().stream()
                  .map(l -> l.lotNumber() + " (" + quantity(l.quantity().value(), locale) + ")")
                  .toList(),
              backorder.signum() > 0 ? quantity(backorder, locale) : null,
              line.orderNumber()));
      if (line.passportRequired() && line.lots().isEmpty()) {
        // an own-production plant counted without a lot (validation refuses the others): the
        // company's passport — A the species, B its registration, D FR (R-PHY-04)
        var plant = products.get(company, line.product()).plant();
        passports.add(
            new PlantPassport(
                line.productCode()
                    + " — "
                    + line.designation()
                    + " — "
                    + quantity(line.quantity().value(), locale)
                    + (unit.isEmpty() ? "" : " " + unit),
                plant == null || plant.botanicalName() == null ? "" : plant.botanicalName(),
                java.util.Objects.requireNonNullElse(
                    companies.identity(company).plantHealthNumber(), ""),
                "",
                "FR"));
      }
      if (line.passportRequired()) {
        for (DeliveredLot lot : line.lots()) {
          passports.add(
              PlantPassport.of(
                  lot,
                  line.productCode()
                      + " — "
                      + line.designation()
                      + " — "
                      + quantity(lot.quantity().value(), locale)
                      + (unit.isEmpty() ? "" : " " + unit)
                      + " — "
                      + lot.lotNumber()));
        }
      }
    }
    return new Note(
        d,
        d.status() == DeliveryStatus.DRAFT,
        addressee,
        site,
        d.orderNumbers(),
        List.copyOf(references),
        rows,
        passports,
        rows.stream().anyMatch(r -> r.backorder() != null));
  }

  private String unit(@Nullable String unit, Locale locale) {
    return unit == null ? "" : messages.getMessage("unit." + unit, null, unit, locale);
  }

  /** The plants a delivery carries: the quantities of its lines counted in plants. */
  static BigDecimal plants(DeliveryView d) {
    return d.lines().stream()
        .filter(l -> l.unit() == null || "PLANT".equals(l.unit()))
        .map(l -> l.quantity().value())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** {@code 1 234,5} in French (narrow no-break space), {@code 1,234.5} in English. */
  static String quantity(BigDecimal value, Locale locale) {
    var symbols = DecimalFormatSymbols.getInstance(locale);
    if (locale.getLanguage().equals("fr")) {
      symbols.setGroupingSeparator('\u202f');
      symbols.setDecimalSeparator(',');
    }
    var format = new DecimalFormat("#,##0", symbols);
    format.setMaximumFractionDigits(3);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /**
   * A delivery note as printed.
   *
   * @param addressee the customer's name and the delivery address, for the envelope window
   * @param site the delivery address's lines (without the customer's name)
   * @param references the customer's references of its orders
   * @param passports the plant passports, one per lot of every line that needs one
   * @param backorders whether a line leaves a backorder
   */
  public record Note(
      DeliveryView delivery,
      boolean draft,
      List<String> addressee,
      List<String> site,
      List<String> orderNumbers,
      List<String> references,
      List<Row> rows,
      List<PlantPassport> passports,
      boolean backorders) {}

  /**
   * A line of the note: quantities formatted, each lot with its quantity, the backorder ({@code
   * null} when none).
   */
  public record Row(
      String code,
      String designation,
      String unit,
      String ordered,
      String delivered,
      List<String> lots,
      @Nullable String backorder,
      String orderNumber) {}

  /** A stop of a round. */
  public record Stop(
      int rank,
      String customer,
      String address,
      @Nullable String accessNotes,
      @Nullable String notes,
      @Nullable String number,
      boolean draft,
      @Nullable String round,
      String plants) {}
}
