package org.pepin.customers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pepin.customers.spi.CustomerLinks;
import org.pepin.platform.CompanyId;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the invoicing module in tests: "issues" a document by storing the customer's
 * {@link CustomerSnapshot} as JSON, as an invoice would, and reports it through {@link
 * CustomerLinks} as legally retained (C. com. L123-22). Only customers given to {@link #issue} have
 * documents, so other tests see no link.
 */
@Component
class TestDocuments implements CustomerLinks {

  record Issued(String number, CompanyId company, String snapshotJson) {}

  private final Customers customers;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<CustomerId, Issued> issued = new ConcurrentHashMap<>();

  TestDocuments(Customers customers) {
    this.customers = customers;
  }

  /** Issues a test invoice to the customer: its snapshot is frozen now. */
  Issued issue(CompanyId company, CustomerId customer, String number) {
    var document =
        new Issued(number, company, json.writeValueAsString(customers.snapshot(company, customer)));
    issued.put(customer, document);
    return document;
  }

  /** The customer data the issued document holds, read back from its stored form. */
  CustomerSnapshot snapshotOf(CustomerId customer) {
    return json.readValue(issued.get(customer).snapshotJson(), CustomerSnapshot.class);
  }

  @Override
  public List<LinkedRecord> linkedRecords(CompanyId company, CustomerId customer) {
    var document = issued.get(customer);
    if (document == null || !document.company().equals(company)) {
      return List.of();
    }
    return List.of(
        new LinkedRecord("numbering.kind.INVOICE", document.number(), document.number(), true));
  }
}
