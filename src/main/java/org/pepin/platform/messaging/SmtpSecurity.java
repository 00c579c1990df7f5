package org.pepin.platform.messaging;

/** The protection of the SMTP connection. */
public enum SmtpSecurity {
  /** STARTTLS required (port 587, the usual submission port; RFC 6409, RFC 3207). */
  STARTTLS,
  /** TLS from the first byte (port 465; RFC 8314). */
  TLS,
  /** No encryption: only for a relay on the same host or network (and tests). */
  NONE
}
