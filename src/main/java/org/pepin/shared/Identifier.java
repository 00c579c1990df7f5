package org.pepin.shared;

import java.util.UUID;

/**
 * A typed identifier of an aggregate ({@code record InvoiceId(UUID value) implements Identifier}).
 * References between aggregates are by identifier only; persistence maps every implementation to a
 * UUID column.
 */
public interface Identifier {

  UUID value();
}
