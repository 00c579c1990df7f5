package org.pepin.customers;

/** How a contact prefers to be reached. */
public enum ContactChannel {
  EMAIL,
  POST,
  PHONE
}
