package org.pepin.platform;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What a demo step knows: the company being loaded, the load date D, the step's date, and the
 * references that earlier steps registered (for instance {@code customer:C0001} → its id).
 */
public record DemoContext(
    CompanyId company, LocalDate loadDate, LocalDate today, Map<String, Object> refs) {

  public void register(String key, Object value) {
    refs.put(key, value);
  }

  public <T> T ref(String key, Class<T> type) {
    return find(key, type)
        .orElseThrow(() -> new IllegalStateException("demo reference missing: " + key));
  }

  public <T> Optional<T> find(String key, Class<T> type) {
    return Optional.ofNullable(refs.get(key)).map(type::cast);
  }
}
