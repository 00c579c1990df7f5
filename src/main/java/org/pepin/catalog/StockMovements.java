package org.pepin.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.shared.Quantity;

/**
 * Stock as other modules move it: deliveries take goods out, returns bring them back, orders
 * reserve them. Every move is a row of the stock journal with its reason and the reference of the
 * document that caused it; stock on hand is the sum of the moves.
 */
public interface StockMovements {

  /**
   * Moves {@code quantity} of the product (positive in, negative out), from or into a lot if given,
   * in the company's current transaction.
   *
   * @param reference the document that caused the move, e.g. a delivery number
   * @throws org.pepin.platform.ResourceNotFound unless the product (and lot) belong to the company
   * @throws org.pepin.shared.InvalidValue {@code stock.not-stocked (code)} for a product without
   *     stock, {@code stock.zero}, {@code stock.lot-product}, {@code stock.lot-negative (lot, on
   *     hand)}
   */
  void move(
      CompanyId company,
      ProductId product,
      @Nullable LotId lot,
      Quantity quantity,
      StockMoveReason reason,
      @Nullable String reference);

  /** Changes the quantity reserved by orders (positive to reserve, negative to release). */
  void reserve(CompanyId company, ProductId product, Quantity quantity);

  /** The stock of a product (zero when none was ever received). */
  StockLevel level(CompanyId company, ProductId product);

  /** The stock of several products at once (zero for those never received). */
  java.util.Map<ProductId, StockLevel> levels(
      CompanyId company, java.util.Collection<ProductId> products);

  /**
   * A lot of the company, with its passport data.
   *
   * @throws org.pepin.platform.ResourceNotFound unless the lot belongs to the company
   */
  Lot lot(CompanyId company, LotId lot);

  /** The lot with this number in the company (case-insensitive). */
  java.util.Optional<Lot> lotByNumber(CompanyId company, String number);

  /** The lots of a product that still hold stock, oldest first (first in, first out). */
  List<Lot> lotsOnHand(CompanyId company, ProductId product);
}
