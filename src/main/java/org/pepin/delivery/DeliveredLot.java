package org.pepin.delivery;

import org.jspecify.annotations.Nullable;
import org.pepin.catalog.LotId;
import org.pepin.shared.Quantity;

/**
 * What a delivery line took from one lot, with the plant-passport fields as printed (Regulation
 * (EU) 2016/2031 art. 83; Implementing Regulation (EU) 2017/2313 annex: A botanical name, B
 * registered operator, C traceability code, D country of origin).
 */
public record DeliveredLot(
    LotId lot,
    String lotNumber,
    Quantity quantity,
    @Nullable String botanicalName,
    @Nullable String operatorNumber,
    @Nullable String traceabilityCode,
    @Nullable String countryOfOrigin) {}
