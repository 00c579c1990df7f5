package org.pepin.platform.messaging;

/**
 * Where a message of the outbox stands.
 *
 * <pre>
 * QUEUED ──claim──▶ SENDING ──accepted──▶ SENT
 *   ▲                  │
 *   └──attempt failed──┤ (retry in 1 min, 5 min, 30 min, 2 h)
 *                      └──5th failure, or left SENDING by a crash──▶ FAILED ──"Réessayer"──▶ QUEUED
 * </pre>
 */
public enum OutboxStatus {
  /** Waiting for its next attempt. */
  QUEUED,
  /** Claimed by one delivery run, being handed to the SMTP server. */
  SENDING,
  /** Accepted by the SMTP server, or delivered to the in-app mailbox. */
  SENT,
  /** Given up: shown with its error until someone retries it. */
  FAILED
}
