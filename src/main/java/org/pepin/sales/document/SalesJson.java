package org.pepin.sales.document;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of what sales documents freeze as one value (the customer snapshot, the delivery
 * address, an order's previous revision): records of value types, read back by their constructors.
 */
public final class SalesJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SalesJson() {}

  public static String write(Object value) {
    return JSON.writeValueAsString(value);
  }

  public static <T> T read(String json, Class<T> type) {
    return JSON.readValue(json, type);
  }
}
