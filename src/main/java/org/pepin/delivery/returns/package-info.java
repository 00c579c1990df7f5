/**
 * Customer returns (retours) of shipped deliveries: back to stock into their lot, or to losses;
 * numbered from the series {@code RETURN}; the returned quantities wait there for invoicing's
 * credit notes.
 */
@NullMarked
package org.pepin.delivery.returns;

import org.jspecify.annotations.NullMarked;
