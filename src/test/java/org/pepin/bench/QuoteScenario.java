package org.pepin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PricingScenario;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.sales.DownPayment;
import org.pepin.sales.DownPaymentKind;
import org.pepin.sales.LineDraft;
import org.pepin.sales.QuoteDraft;
import org.pepin.sales.QuoteId;
import org.pepin.sales.QuoteView;
import org.pepin.sales.SalesLine;
import org.pepin.sales.SalesTerms;
import org.pepin.sales.document.SalesLineStore;
import org.pepin.sales.quote.QuoteService;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating, pricing and saving a 50-line quote for a business on the Professionnel list (the target
 * of the quotes issue: under 50 ms of server time, median, on PostgreSQL), measured in process
 * around {@code QuoteService.create}: every line priced by the unit-price function (list, breaks),
 * the totals per VAT rate, the customer snapshot, the revision and its 50 lines written. The
 * catalogue is the scenario's (a private copy in the data set's company), cycled over 50 lines.
 *
 * <p>Its ceiling writes the same rows (the quote, its revision, its 50 lines) with plain batched
 * JDBC in one transaction.
 */
final class QuoteScenario implements Scenario {

  /** A company of its own: the data set's company keeps exactly its generated customers. */
  private CompanyId company;

  static final int LINES = 50;
  static final int PER_RUN = 10;
  static final List<String> CODES =
      List.of(
          "TIL-T1214",
          "ERA-T1012",
          "OLI-C30",
          "LAU-C10-125",
          "LAV-G9",
          "GAZ-M2",
          "TER-50L",
          "TUT-KIT",
          "PLANT-TIGE",
          "MO-PLANT",
          "CHA-RN-6080",
          "HET-RN-80100");

  private PricingScenario catalogue;
  private QuoteDraft draft;
  private QuoteId last;

  @Override
  public String name() {
    return "quote-create";
  }

  @Override
  public String unit() {
    return "create, price and save one 50-line quote (in process)";
  }

  @Override
  public boolean writes() {
    return true;
  }

  @Override
  public void prepare(BenchContext context) {
    company =
        context
            .bean(CompanyManagement.class)
            .create(BenchmarkRunner.identity("Bench quotes " + UUID.randomUUID()), false);
    catalogue =
        new PricingScenario(
                company,
                context.bean(ProductManagement.class),
                context.bean(VatCategoryManagement.class),
                context.bean(PriceListManagement.class),
                context.bean(CustomerManagement.class))
            .load();
    draft = fiftyLines(catalogue);
  }

  /** Hôtel du Parc's kind of quote, 50 lines over the scenario's catalogue, with a down payment. */
  static QuoteDraft fiftyLines(PricingScenario catalogue) {
    List<LineDraft> lines = new ArrayList<>();
    for (int n = 0; n < LINES; n++) {
      String code = CODES.get(n % CODES.size());
      lines.add(LineDraft.product(catalogue.id(code), Quantity.of(1 + (n * 7) % 60)));
    }
    lines.add(LineDraft.product(catalogue.id("LIV-Z2"), Quantity.of(2)));
    return new QuoteDraft(
        catalogue.hotel,
        null,
        "3 semaines",
        null,
        new SalesTerms(
            null,
            null,
            new DownPayment(DownPaymentKind.ACOMPTE, Percentage.of("30")),
            null,
            null,
            null,
            null,
            lines));
  }

  @Override
  public List<Double> run(BenchContext context) {
    QuoteService quotes = context.bean(QuoteService.class);
    List<Double> samples = new ArrayList<>();
    for (int n = 0; n < PER_RUN; n++) {
      long start = System.nanoTime();
      last = quotes.create(company, null, draft);
      samples.add(Scenario.millis(System.nanoTime() - start));
    }
    return samples;
  }

  @Override
  public List<Double> ceiling(BenchContext context) {
    QuoteView quote = context.bean(QuoteService.class).get(company, last);
    var jdbc = new JdbcTemplate(context.dataSource());
    var lines = context.bean(SalesLineStore.class);
    var transaction = new TransactionTemplate(context.bean(PlatformTransactionManager.class));
    List<Double> samples = new ArrayList<>();
    for (int n = 0; n < PER_RUN; n++) {
      long start = System.nanoTime();
      transaction.executeWithoutResult(
          status -> {
            UUID id = UUID.randomUUID();
            UUID revision = UUID.randomUUID();
            var r = quote.current();
            jdbc.update(
                "INSERT INTO sales_quote (id, company_id, version, customer_id, customer_code,"
                    + " customer_name, status, current_revision_id, created_at, updated_at)"
                    + " VALUES (?, ?, 1, ?, ?, ?, 'DRAFT', ?, CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP)",
                id,
                company.value(),
                quote.customer().value(),
                r.customer().code(),
                r.customer().name(),
                revision);
            jdbc.update(
                "INSERT INTO sales_quote_revision (id, company_id, quote_id, revision, quote_date,"
                    + " valid_until, customer_snapshot, prices_include_vat, down_payment_kind,"
                    + " down_payment_percent, total_net, total_vat, total_gross,"
                    + " manual_discount_rate, created_at) VALUES (?, ?, ?, 'A', ?, ?, ?, FALSE,"
                    + " 'ACOMPTE', 30, ?, ?, ?, 0, CURRENT_TIMESTAMP)",
                revision,
                company.value(),
                id,
                r.date(),
                r.validUntil(),
                org.pepin.sales.document.SalesJson.write(r.customer()),
                r.totals().totalNet().amount(),
                r.totals().totalVat().amount(),
                r.totals().totalGross().amount());
            lines.insert(
                company,
                new org.pepin.sales.QuoteRevisionId(revision),
                r.lines().stream().map(SalesLine::copy).toList());
          });
      samples.add(Scenario.millis(System.nanoTime() - start));
    }
    return samples;
  }
}
