package org.pepin.catalog.pricing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Percentage;
import org.pepin.shared.Quantity;

/**
 * A quantity break: from {@code minQuantity} on, {@code discount} off the net unit price, after the
 * list's own discount (cascade, ARCHITECTURE §3 step 2). It targets one product or one product
 * group (exactly one: {@code price-break.target}), for one list code or every list.
 *
 * @param id {@code null} before it is saved
 * @param priceListCode the list it applies to, {@code null} for every list
 * @param product the product, or {@code null} with a group
 * @param productGroup the product group (e.g. {@code HAIE}), or {@code null} with a product
 * @param minQuantity the first quantity it applies to, positive ({@code price-break.quantity})
 * @param discount the discount
 */
public record PriceBreak(
    @Nullable UUID id,
    @Nullable String priceListCode,
    @Nullable ProductId product,
    @Nullable String productGroup,
    Quantity minQuantity,
    Percentage discount) {

  public PriceBreak {
    priceListCode =
        priceListCode == null || priceListCode.isBlank()
            ? null
            : PriceListDraft.normaliseCode(priceListCode);
    productGroup =
        productGroup == null || productGroup.isBlank()
            ? null
            : PriceListDraft.normaliseCode(productGroup);
    if ((product == null) == (productGroup == null)) {
      throw new InvalidValue("price-break.target", "a break is for a product or for a group");
    }
    if (minQuantity.value().signum() <= 0) {
      throw new InvalidValue(
          "price-break.quantity", "first quantity must be positive", minQuantity.value());
    }
  }
}
