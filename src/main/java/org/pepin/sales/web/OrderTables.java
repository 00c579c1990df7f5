package org.pepin.sales.web;

import org.pepin.platform.ExportTable;
import org.pepin.sales.OrderRow;

/** The order list's export: the columns of the screen. */
final class OrderTables {

  private OrderTables() {}

  static final ExportTable<OrderRow> ORDERS =
      ExportTable.<OrderRow>titled("orders.title")
          .text("orders.column.number", OrderRow::number)
          .date("orders.column.date", OrderRow::date)
          .text("orders.column.customerCode", OrderRow::customerCode)
          .text("orders.column.customerName", OrderRow::customerName)
          .text("order.customerReference", OrderRow::customerReference)
          .label("order.status", "orderStatus.", OrderRow::status)
          .date("order.requestedDelivery", OrderRow::requestedDelivery)
          .decimal("orders.column.totalNet", r -> r.totalNet().amount())
          .decimal("order.totalGross", r -> r.totalGross().amount())
          .decimal("orders.column.downPaymentDue", r -> r.downPaymentDue().amount());
}
