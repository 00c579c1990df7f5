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
import org.pepin.sales.QuoteId;
import org.pepin.sales.quote.QuoteService;

/**
 * Rendering the PDF/A-3b of a 50-line quote (the target of the quotes issue: under 300 ms), as the
 * preview of a draft renders it each time: template, fonts, colour profile, letterhead.
 */
final class QuotePdfScenario implements Scenario {

  /** A company of its own: the data set's company keeps exactly its generated customers. */
  private CompanyId company;

  static final int PER_RUN = 5;

  private QuoteId quote;

  @Override
  public String name() {
    return "quote-pdf";
  }

  @Override
  public String unit() {
    return "render the PDF/A-3b of one 50-line quote";
  }

  @Override
  public void prepare(BenchContext context) {
    company =
        context
            .bean(CompanyManagement.class)
            .create(BenchmarkRunner.identity("Bench quotes " + UUID.randomUUID()), false);
    var catalogue =
        new PricingScenario(
                company,
                context.bean(ProductManagement.class),
                context.bean(VatCategoryManagement.class),
                context.bean(PriceListManagement.class),
                context.bean(CustomerManagement.class))
            .load();
    quote =
        context.bean(QuoteService.class).create(company, null, QuoteScenario.fiftyLines(catalogue));
  }

  @Override
  public List<Double> run(BenchContext context) {
    QuoteService quotes = context.bean(QuoteService.class);
    List<Double> samples = new ArrayList<>();
    for (int n = 0; n < PER_RUN; n++) {
      long start = System.nanoTime();
      byte[] pdf = quotes.pdf(company, quote);
      samples.add(Scenario.millis(System.nanoTime() - start));
      if (pdf.length < 1000) {
        throw new IllegalStateException("no PDF rendered");
      }
    }
    return samples;
  }
}
