package org.pepin.customers.spi;

import java.util.List;
import org.pepin.customers.CustomerId;
import org.pepin.platform.CompanyId;

/**
 * SPI for downstream modules (sales, invoicing, payments…): the records they hold about a third
 * party. The customer file uses it to refuse deleting a customer who has documents (archive
 * instead), to list them in a GDPR access export, and to report what an erasure keeps.
 */
public interface CustomerLinks {

  /** The module's records of the customer in the company. */
  List<LinkedRecord> linkedRecords(CompanyId company, CustomerId customer);

  /**
   * One record that references a customer.
   *
   * @param type the message key of its kind, e.g. {@code numbering.kind.INVOICE}
   * @param reference its number or name
   * @param legallyRetained whether the law requires keeping it (issued invoices: 10 years, C. com.
   *     L123-22), so that an erasure keeps it
   */
  record LinkedRecord(String type, String id, String reference, boolean legallyRetained) {}
}
