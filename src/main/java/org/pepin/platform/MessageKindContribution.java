package org.pepin.platform;

import java.util.List;

/**
 * SPI: the message kinds a module sends (invoicing registers {@code invoice} and {@code
 * credit-note}, dunning {@code reminder-1}…), so that the platform's template screens list them
 * with their placeholders and default wording.
 */
public interface MessageKindContribution {

  List<MessageKind> messageKinds();
}
