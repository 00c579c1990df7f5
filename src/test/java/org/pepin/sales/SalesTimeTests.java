package org.pepin.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.catalog.pricing.PriceListManagement;
import org.pepin.catalog.pricing.PricingScenario;
import org.pepin.catalog.product.ProductManagement;
import org.pepin.catalog.product.VatCategoryManagement;
import org.pepin.customers.CustomerMerged;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.spi.CustomerLinks;
import org.pepin.platform.CompanyId;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.messaging.MessagingFixtures;
import org.pepin.sales.document.SalesDailyJob;
import org.pepin.sales.order.OrderService;
import org.pepin.sales.quote.QuoteService;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What time does to sales, in a company of its own whose clock the test moves: a sent quote expires
 * the day after its validity and can no longer be accepted; a consumer who accepts online waits out
 * the 14-day withdrawal period (C. conso L221-18) before the order is confirmed, unless they asked
 * for an earlier start. Also the merge of a duplicate customer and the links the customer file
 * sees.
 */
@PepinIntegrationTest
class SalesTimeTests {

  @Autowired QuoteService quotes;
  @Autowired OrderService orders;
  @Autowired SalesDailyJob job;
  @Autowired CompanyManagement companies;
  @Autowired MessagingFixtures messaging;
  @Autowired PriceListManagement lists;
  @Autowired ProductManagement products;
  @Autowired VatCategoryManagement categories;
  @Autowired CustomerManagement customers;
  @Autowired List<CustomerLinks> links;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  PricingScenario s;
  CompanyId company;

  @BeforeEach
  void scenario() {
    company = messaging.company("Ventes dans le temps");
    s = new PricingScenario(company, products, categories, lists, customers).load();
  }

  QuoteId sentQuote(org.pepin.customers.CustomerId customer) {
    QuoteId id =
        quotes.create(
            company,
            null,
            new QuoteDraft(
                customer,
                null,
                null,
                null,
                new SalesTerms(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(LineDraft.product(s.id("MO-PLANT"), Quantity.of("2"))))));
    quotes.send(company, null, id, QuoteLifecycleTests.recipient());
    return id;
  }

  String token(QuoteId id) {
    String body =
        jdbc.sql("SELECT body FROM outbox_message WHERE company_id = ? AND reference = ?")
            .params(company.value(), "quote:" + id)
            .query(String.class)
            .single();
    Matcher m = Pattern.compile("/devis/([A-Za-z0-9_-]{43})").matcher(body);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void aSentQuoteExpiresTheDayAfterItsValidity() {
    QuoteId id = sentQuote(s.hotel);
    String token = token(id);

    companies.setClockOffset(company, Duration.ofDays(30));
    assertThat(job.run(company)[0]).isZero();
    companies.setClockOffset(company, Duration.ofDays(31));
    assertThat(job.run(company)[0]).isEqualTo(1);
    assertThat(job.run(company)[0]).isZero();

    assertThat(quotes.get(company, id).status()).isEqualTo(QuoteStatus.EXPIRED);
    assertThatThrownBy(
            () ->
                quotes.acceptOnline(
                    token, new QuoteService.Answer("Jean Martin", null, null, false)))
        .isInstanceOf(InvalidValue.class)
        .hasFieldOrPropertyWithValue("code", "sales.accept.expired");
  }

  @Test
  void aConsumerWhoAcceptsOnlineWaitsOutTheWithdrawalPeriod() {
    OrderId waiting =
        quotes.acceptOnline(
            token(sentQuote(s.dubois)),
            new QuoteService.Answer("Claire Dubois", null, null, false));
    OrderView order = orders.get(company, waiting);
    assertThat(order.status()).isEqualTo(OrderStatus.WITHDRAWAL_PERIOD);
    assertThat(order.withdrawalUntil()).isEqualTo(order.date().plusDays(14));

    OrderId early =
        quotes.acceptOnline(
            token(sentQuote(s.dubois)), new QuoteService.Answer("Claire Dubois", null, null, true));
    assertThat(orders.get(company, early).status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(orders.get(company, early).earlyStartRequested()).isTrue();

    companies.setClockOffset(company, Duration.ofDays(14));
    assertThat(job.run(company)[1]).isZero();
    companies.setClockOffset(company, Duration.ofDays(15));
    assertThat(job.run(company)[1]).isEqualTo(1);
    assertThat(orders.get(company, waiting).status()).isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void aMergedCustomersQuotesMoveToTheRecordKeptAndShowAsLinks() {
    QuoteId id = sentQuote(s.dubois);
    var kept = s.hotel;
    transaction.executeWithoutResult(
        t -> events.publishEvent(new CustomerMerged(company, s.dubois, kept)));

    assertThat(quotes.get(company, id).customer()).isEqualTo(kept);
    assertThat(quotes.get(company, id).current().customer().name()).contains("Dubois");
    var records = links.stream().flatMap(l -> l.linkedRecords(company, kept).stream()).toList();
    assertThat(records)
        .extracting(CustomerLinks.LinkedRecord::type, CustomerLinks.LinkedRecord::reference)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "numbering.kind.QUOTE", quotes.get(company, id).reference()));
  }
}
