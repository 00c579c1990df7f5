package org.pepin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.VatRegime;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.shared.PostalAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmark runner (docs/performance.md): {@code mvn -Pbench verify -Dsf=10}. It owns its
 * database ({@code PEPIN_BENCH_DB_URL}, PostgreSQL {@code pepin_bench} by default), generates the
 * data set of the scale factor and seed once (a company named after them), then runs every
 * registered scenario: warm-up, measured repetitions, and for write scenarios the plain-JDBC
 * ceiling in the same run. It prints a Markdown table and writes it with a JSON copy under {@code
 * target/bench/}.
 *
 * <p>Its assertions check that the runner works (data generated, every scenario measured), never a
 * speed: figures are read, compared as ratios within one run, and reported.
 *
 * <p>System properties: {@code sf} (default 1), {@code seed} (42), {@code warmup} (2), {@code
 * repeat} (5), {@code scenarios} (comma-separated names; all by default).
 */
@SpringBootTest
@ActiveProfiles("bench")
class BenchmarkRunner {

  /** The generators, upstream modules first; each module adds its own. */
  static final List<DataGenerator> GENERATORS = List.of(new CustomerGenerator());

  /** The scenarios; each module registers its own. */
  static List<Scenario> scenarios() {
    return List.of(
        new CustomerSearchScenario(),
        new CustomerImportScenario(),
        new QuoteScenario(),
        new QuotePdfScenario());
  }

  @Autowired ApplicationContext spring;
  @Autowired CompanyManagement companies;

  @Test
  void run() throws Exception {
    ScaleFactor scale = ScaleFactor.of(Double.parseDouble(System.getProperty("sf", "1")));
    long seed = Long.getLong("seed", 42);
    String only = System.getProperty("scenarios", "");
    var results =
        measure(
            spring,
            companies,
            scale,
            seed,
            Integer.getInteger("warmup", 2),
            Integer.getInteger("repeat", 5),
            only.isBlank() ? null : List.of(only.split(",")));
    System.out.println("\n" + results.markdown());
    results.write(
        Path.of("target", "bench"),
        "bench-"
            + results.figures().get(0).database().toLowerCase(Locale.ROOT)
            + "-sf"
            + scale.label());
  }

  /**
   * Generates the data set of {@code scale} and {@code seed} unless it exists, then measures every
   * scenario (or those named in {@code only}).
   */
  static Results measure(
      ApplicationContext spring,
      CompanyManagement companies,
      ScaleFactor scale,
      long seed,
      int warmup,
      int repeat,
      @Nullable List<String> only)
      throws Exception {
    DataSource dataSource = spring.getBean(DataSource.class);
    boolean postgres = BulkWriter.isPostgres(dataSource);
    String database = postgres ? "PostgreSQL" : "H2";
    String name = "Bench SF " + scale.label() + " seed " + seed;
    CompanyId company = companies.findByName(name).orElse(null);
    var results = new Results();
    var jdbc = new JdbcTemplate(dataSource);
    if (company != null && customers(jdbc, company) != scale.customers()) {
      // An interrupted generation: start it again.
      jdbc.update("DELETE FROM customer WHERE company_id = ?", company.value());
    }
    if (company == null || customers(jdbc, company) == 0) {
      if (company == null) {
        company = companies.create(identity(name), true);
      }
      var context = new BenchContext(spring, dataSource, postgres, company, scale, seed);
      for (DataGenerator generator : GENERATORS) {
        long start = System.nanoTime();
        long rows = generator.generate(context);
        results.note(
            String.format(
                Locale.ROOT,
                "Generated %s at SF %s on %s: %d rows in %.1f s.",
                generator.name(),
                scale.label(),
                database,
                rows,
                (System.nanoTime() - start) / 1e9));
      }
    }
    var context = new BenchContext(spring, dataSource, postgres, company, scale, seed);
    assertThat(customers(jdbc, company)).isEqualTo(scale.customers());

    for (Scenario scenario : scenarios()) {
      if (only != null && !only.contains(scenario.name())) {
        continue;
      }
      scenario.prepare(context);
      for (int i = 0; i < warmup; i++) {
        scenario.run(context);
      }
      var samples = new ArrayList<Double>();
      var ceiling = new ArrayList<Double>();
      for (int i = 0; i < repeat; i++) {
        samples.addAll(scenario.run(context));
        if (scenario.writes()) {
          ceiling.addAll(scenario.ceiling(context));
        }
      }
      assertThat(samples).as(scenario.name()).isNotEmpty();
      assertThat(ceiling.isEmpty())
          .as(scenario.name() + " ceiling")
          .isNotEqualTo(scenario.writes());
      results.add(
          new Results.Figures(
              scenario.name(),
              scenario.unit(),
              database,
              scale.label(),
              Results.Stats.of(samples),
              Results.Stats.of(ceiling)));
    }
    return results;
  }

  private static long customers(JdbcTemplate jdbc, CompanyId company) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM customer WHERE company_id = ?", Long.class, company.value());
  }

  static CompanyIdentity identity(String name) {
    return new CompanyIdentity(
        name,
        "SAS",
        null,
        PostalAddress.france("4 chemin des Grands Prés", null, "78490", "Montfort-l'Amaury"),
        null,
        null,
        null,
        null,
        VatRegime.RECEIPTS,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
