package org.pepin.platform;

import java.util.List;

/**
 * SPI: the kinds of numbered documents a module issues, each with the default of its series. The
 * platform registers the usual kinds of a quote-to-cash chain ({@link DocumentKind#QUOTE}, {@link
 * DocumentKind#INVOICE}…); a module adds only kinds nobody registered yet (a key registered twice
 * stops the application at start-up).
 */
public interface DocumentKindContribution {

  List<DocumentKind> documentKinds();
}
