/** SPIs of sales that downstream modules implement: the credit check of orders. */
@org.springframework.modulith.NamedInterface("spi")
@org.jspecify.annotations.NullMarked
package org.pepin.sales.spi;
