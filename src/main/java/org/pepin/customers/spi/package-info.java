/** SPIs of the customer file that downstream modules implement. */
@org.springframework.modulith.NamedInterface("spi")
@org.jspecify.annotations.NullMarked
package org.pepin.customers.spi;
