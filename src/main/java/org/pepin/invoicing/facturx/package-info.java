/**
 * Factur-X (FNFE-MPE / FeRD) at the EN 16931 profile: {@link
 * org.pepin.invoicing.facturx.FacturXDocument} and {@link
 * org.pepin.invoicing.facturx.FacturXWriter}. Internal to the invoicing module.
 */
@NullMarked
package org.pepin.invoicing.facturx;

import org.jspecify.annotations.NullMarked;
