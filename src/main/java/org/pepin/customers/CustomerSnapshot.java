package org.pepin.customers;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;
import org.pepin.shared.Siret;
import org.pepin.shared.VatNumber;

/**
 * The customer data a document freezes when it is issued (CGI annexe II art. 242 nonies A 1°: the
 * customer's name and address; décret 2022-1299: its SIREN; Chorus Pro: service code). A document
 * keeps its snapshot forever: a moved head office or a merge does not change documents already
 * issued.
 *
 * @param deliveryAddresses the customer's delivery sites at that moment, for the document to pick
 */
public record CustomerSnapshot(
    CustomerId id,
    String code,
    CustomerKind kind,
    String name,
    @Nullable PostalAddress billingAddress,
    @Nullable Siren siren,
    @Nullable Siret siret,
    @Nullable VatNumber vatNumber,
    @Nullable String publicServiceCode,
    boolean commitmentRequired,
    String language,
    List<DeliveryAddress> deliveryAddresses) {

  public static CustomerSnapshot of(CustomerView customer) {
    return new CustomerSnapshot(
        customer.id(),
        customer.code(),
        customer.kind(),
        customer.name(),
        customer.billingAddress(),
        customer.siren(),
        customer.siret(),
        customer.vatNumber(),
        customer.publicServiceCode(),
        customer.commitmentRequired(),
        customer.language(),
        customer.deliveryAddresses());
  }
}
