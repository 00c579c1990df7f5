package org.pepin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pepin.customers.CustomerFilter;
import org.pepin.customers.file.CustomerSearch;
import org.pepin.platform.PageQuery;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The customer list's search box over the whole data set: a first page of 50 rows with its total,
 * for the searches a sales administrator types — a name, a town, a SIREN, a contact's name, a code
 * — drawn from the generated customers. One sample per search.
 */
final class CustomerSearchScenario implements Scenario {

  static final int SEARCHES = 60;

  private final List<String> searches = new ArrayList<>();

  @Override
  public String name() {
    return "customer-search";
  }

  @Override
  public String unit() {
    return "one search, first page of 50 + total";
  }

  @Override
  public void prepare(BenchContext context) {
    var jdbc = new JdbcTemplate(context.dataSource());
    Random random = context.random(name());
    int customers = context.scale().customers();
    searches.clear();
    for (int i = 0; i < SEARCHES; i++) {
      String code = CustomerGenerator.code(1 + random.nextInt(customers));
      var row =
          jdbc.queryForMap(
              "SELECT c.name, c.city, c.siren, (SELECT k.last_name FROM customer_contact k"
                  + " WHERE k.customer_id = c.id AND k.position = 0) AS contact"
                  + " FROM customer c WHERE c.company_id = ? AND c.code = ?",
              context.company().value(),
              code);
      String name = (String) row.get("name");
      searches.add(
          switch (i % 5) {
            case 0 -> name.split(" ")[0] + " " + name.split(" ")[1];
            case 1 -> (String) row.get("city");
            case 2 -> row.get("siren") == null ? code : (String) row.get("siren");
            case 3 -> row.get("contact") == null ? name : (String) row.get("contact");
            default -> code;
          });
    }
  }

  @Override
  public List<Double> run(BenchContext context) {
    var search = context.bean(CustomerSearch.class);
    var page = PageQuery.of(0, 50, "name", List.copyOf(CustomerSearch.SORTS.keySet()), "name");
    var samples = new ArrayList<Double>(searches.size());
    for (String q : searches) {
      long start = System.nanoTime();
      var result = search.search(context.company(), CustomerFilter.text(q), page);
      samples.add(Scenario.millis(System.nanoTime() - start));
      if (result.totalElements() == 0) {
        throw new IllegalStateException("search found nothing: " + q);
      }
    }
    return samples;
  }
}
