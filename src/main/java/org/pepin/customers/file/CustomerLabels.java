package org.pepin.customers.file;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pepin.platform.CompanyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The categories and tags in use in a company, offered by the list's filters and the form. */
@Component
@Transactional(readOnly = true)
public class CustomerLabels {

  private final JdbcClient jdbc;

  CustomerLabels(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The categories of the company's third parties, sorted, case ignored. */
  public List<String> categories(CompanyId company) {
    return distinct(company, "categories");
  }

  /** The tags of the company's third parties, sorted, case ignored. */
  public List<String> tags(CompanyId company) {
    return distinct(company, "tags");
  }

  private List<String> distinct(CompanyId company, String column) {
    Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    jdbc.sql(
            "SELECT DISTINCT "
                + column
                + " FROM customer WHERE company_id = :company AND "
                + column
                + " IS NOT NULL")
        .param("company", company.value())
        .query(String.class)
        .list()
        .forEach(text -> all.addAll(CustomerMapping.labels(text)));
    return List.copyOf(all);
  }
}
