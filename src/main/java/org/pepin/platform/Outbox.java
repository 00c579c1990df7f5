package org.pepin.platform;

/**
 * Every message a company sends goes through the outbox: it is stored in the caller's transaction
 * (so a message exists if and only if the business change that caused it was committed), then
 * delivered by a background job, over the company's SMTP server or into its in-app mailbox, with
 * retries. A message is never sent twice (see docs/pdf-and-messages.md).
 */
public interface Outbox {

  /**
   * Stores the message as queued and publishes {@link MessageQueued}. Must run inside the caller's
   * transaction.
   */
  MessageId queue(CompanyId company, OutgoingMessage message);
}
