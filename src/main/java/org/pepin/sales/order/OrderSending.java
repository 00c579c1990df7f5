package org.pepin.sales.order;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pepin.customers.CustomerView;
import org.pepin.customers.Customers;
import org.pepin.platform.Attachment;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyId;
import org.pepin.platform.FieldChange;
import org.pepin.platform.Member;
import org.pepin.platform.MessageTemplates;
import org.pepin.platform.Outbox;
import org.pepin.platform.OutgoingMessage;
import org.pepin.platform.RenderedMessage;
import org.pepin.sales.OrderId;
import org.pepin.sales.OrderStatus;
import org.pepin.sales.OrderView;
import org.pepin.sales.SendRequest;
import org.pepin.sales.document.SalesFormats;
import org.pepin.sales.document.SalesMessageKinds;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the confirmation of an order by e-mail: the company's {@code order-confirmation} template
 * filled, the PDF of the order attached, queued in the outbox (delivered, retried and shown in the
 * mailbox by the platform), and the sending written in the order's history. A consumer's order is
 * confirmed this way on a durable medium (C. conso L221-13).
 */
@Service
@Transactional
public class OrderSending {

  /** Where an order may be confirmed to the customer: it has its number and is not cancelled. */
  static final java.util.Set<OrderStatus> SENDABLE =
      java.util.EnumSet.of(
          OrderStatus.CONFIRMED,
          OrderStatus.WITHDRAWAL_PERIOD,
          OrderStatus.PARTIALLY_DELIVERED,
          OrderStatus.DELIVERED,
          OrderStatus.INVOICED);

  private final OrderService orders;
  private final OrderDocuments documents;
  private final Customers customers;
  private final MessageTemplates templates;
  private final Outbox outbox;
  private final ChangeHistory history;

  OrderSending(
      OrderService orders,
      OrderDocuments documents,
      Customers customers,
      MessageTemplates templates,
      Outbox outbox,
      ChangeHistory history) {
    this.orders = orders;
    this.documents = documents;
    this.customers = customers;
    this.templates = templates;
    this.outbox = outbox;
    this.history = history;
  }

  /** Whether an order in this status may be sent to the customer. */
  public static boolean sendable(OrderStatus status) {
    return SENDABLE.contains(status);
  }

  /**
   * Queues the confirmation e-mail with the PDF, to the request's addresses or the customer's.
   *
   * @throws InvalidValue {@code sales.order.not-sendable (status)}, {@code
   *     sales.send.no-recipient}, {@code sales.send.subject}, {@code sales.send.body-length}
   */
  public void send(CompanyId company, @Nullable Member member, OrderId id, SendRequest request) {
    OrderView order = orders.get(company, id);
    if (!sendable(order.status()) || order.number() == null) {
      throw new InvalidValue(
          "sales.order.not-sendable", "order is " + order.status(), order.status().name());
    }
    String subject = request.subject() == null ? null : request.subject().strip();
    if (subject != null
        && (subject.isEmpty()
            || subject.length() > OutgoingMessage.MAX_SUBJECT
            || subject.matches("(?s).*[\\r\\n].*"))) {
      throw new InvalidValue("sales.send.subject", "bad subject", OutgoingMessage.MAX_SUBJECT);
    }
    if (request.body() != null && request.body().length() > OutgoingMessage.MAX_BODY - 1000) {
      throw new InvalidValue(
          "sales.send.body-length", "body too long", OutgoingMessage.MAX_BODY - 1000);
    }
    CustomerView customer = customers.get(company, order.customer());
    List<EmailAddress> to = request.to();
    if (to.isEmpty() && customer.email() != null) {
      to = List.of(customer.email());
    }
    if (to.isEmpty()) {
      throw new InvalidValue("sales.send.no-recipient", "no e-mail address for the customer");
    }
    Locale locale = org.pepin.sales.document.DocumentRows.locale(order.customerSnapshot());
    byte[] pdf = documents.pdf(company, order);
    RenderedMessage message =
        templates.render(
            company,
            SalesMessageKinds.ORDER_CONFIRMATION,
            locale,
            Map.of(
                "customer.name", order.customerSnapshot().name(),
                "order.number", order.number(),
                "order.date", SalesFormats.date(order.date()),
                "order.amount", order.totals().totalGross().format(locale),
                "order.customerReference",
                    order.customerReference() == null ? "" : order.customerReference(),
                "sender.name", member == null ? "" : member.displayName()));
    outbox.queue(
        company,
        new OutgoingMessage(
            SalesMessageKinds.ORDER_CONFIRMATION,
            to,
            request.cc(),
            subject != null ? subject : message.subject(),
            request.body() != null ? request.body() : message.body(),
            List.of(Attachment.pdf(OrderDocuments.fileName(order), pdf)),
            OrderService.ENTITY + ":" + id));
    history.record(
        company,
        OrderService.ENTITY,
        id,
        "sent",
        null,
        List.of(
            new FieldChange(
                "sentTo",
                null,
                to.stream().map(EmailAddress::value).collect(Collectors.joining(", ")),
                null)));
    customers.touch(company, order.customer());
  }
}
