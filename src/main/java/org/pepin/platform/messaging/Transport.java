package org.pepin.platform.messaging;

/** How a company's messages leave the outbox. */
public enum Transport {
  /**
   * Kept inside Pépin, in the company's mailbox screen: the default, and the only one for demo and
   * teaching companies until they configure SMTP.
   */
  MAILBOX,
  /** Sent over the company's own SMTP server. */
  SMTP
}
