package org.pepin.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pepin.platform.CompanyIdentity;

/** The fields of the company settings form, as a browser would post them. */
public final class CompanyFormFixture {

  private CompanyFormFixture() {}

  public static Map<String, String> fields(int version, CompanyIdentity identity) {
    var form = CompanyForm.of(version, identity);
    Map<String, String> fields = new LinkedHashMap<>();
    for (var component : CompanyForm.class.getRecordComponents()) {
      try {
        Object value = component.getAccessor().invoke(form);
        fields.put(component.getName(), value == null ? "" : value.toString());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return fields;
  }
}
