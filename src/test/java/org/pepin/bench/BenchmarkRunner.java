package org.pepin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.VatRegime;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.shared.PostalAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
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
 * repeat} (5), {@code scenarios} (comma-separated names; all by default), {@code regenerate}
 * (false: generate the data set again even if it exists).
 *
 * <p>It runs only in the {@code bench} profile (which sets {@code pepin.bench}), never in a test
 * run that happens to select it by name ({@code -Dtest='Benchmark*'} runs {@link
 * BenchmarkSmokeTests}).
 */
@SpringBootTest
@ActiveProfiles("bench")
@EnabledIfSystemProperty(named = "pepin.bench", matches = "true")
class BenchmarkRunner {

  /** The generators, upstream modules first; each module adds its own. */
  static final List<DataGenerator> GENERATORS =
      List.of(new CustomerGenerator(), new ProductGenerator());

  /** The scenarios; each module registers its own. */
  static List<Scenario> scenarios() {
    return List.of(
        new CustomerSearchScenario(),
        new CustomerImportScenario(),
        ProductPricingScenario.perCall(),
        ProductPricingScenario.document(),
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
            only.isBlank() ? null : List.of(only.split(",")),
            Boolean.getBoolean("regenerate"));
    System.out.println("\n" + results.markdown());
    results.write(
        Path.of("target", "bench"),
        "bench-"
            + results.figures().get(0).database().toLowerCase(Locale.ROOT)
            + "-sf"
            + scale.label());
  }

  /**
   * Generates the data set of {@code scale} and {@code seed} unless it exists (again, with {@code
   * regenerate}), then measures every scenario (or those named in {@code only}).
   */
  static Results measure(
      ApplicationContext spring,
      CompanyManagement companies,
      ScaleFactor scale,
      long seed,
      int warmup,
      int repeat,
      @Nullable List<String> only,
      boolean regenerate)
      throws Exception {
    var results = new Results();
    BenchContext context = dataSet(spring, companies, scale, seed, regenerate, results);
    String database = database(context);

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

  /**
   * The company holding the data set of {@code scale} and {@code seed}, generated unless it exists
   * (again, with {@code regenerate}); the generation times go to {@code results} as notes.
   */
  static BenchContext dataSet(
      ApplicationContext spring,
      CompanyManagement companies,
      ScaleFactor scale,
      long seed,
      boolean regenerate,
      Results results)
      throws Exception {
    DataSource dataSource = spring.getBean(DataSource.class);
    boolean postgres = BulkWriter.isPostgres(dataSource);
    String name = "Bench SF " + scale.label() + " seed " + seed;
    CompanyId company =
        companies.findByName(name).orElseGet(() -> companies.create(identity(name), true));
    var context = new BenchContext(spring, dataSource, postgres, company, scale, seed);
    String database = database(context);

    // Generate from the first part missing (all of it for a new company or on request), after
    // deleting what the parts downstream of it hold: an interrupted generation starts again there.
    int first = 0;
    while (!regenerate && first < GENERATORS.size() && GENERATORS.get(first).complete(context)) {
      first++;
    }
    for (int i = GENERATORS.size() - 1; i >= first; i--) {
      GENERATORS.get(i).delete(context);
    }
    long all = System.nanoTime();
    long allRows = 0;
    for (int i = first; i < GENERATORS.size(); i++) {
      DataGenerator generator = GENERATORS.get(i);
      long start = System.nanoTime();
      long rows = generator.generate(context);
      allRows += rows;
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
    if (GENERATORS.size() - first > 1) {
      results.note(
          String.format(
              Locale.ROOT,
              "Generated %s at SF %s on %s: %d rows in %.1f s.",
              String.join(" + ", GENERATORS.stream().skip(first).map(DataGenerator::name).toList()),
              scale.label(),
              database,
              allRows,
              (System.nanoTime() - all) / 1e9));
    }
    if (postgres && first < GENERATORS.size()) {
      // Statistics for the planner, as autovacuum would gather them on a database in use.
      long start = System.nanoTime();
      try (var connection = dataSource.getConnection();
          var statement = connection.createStatement()) {
        statement.execute("ANALYZE");
      }
      results.note(
          String.format(
              Locale.ROOT, "ANALYZE after generation: %.1f s.", (System.nanoTime() - start) / 1e9));
    }
    for (DataGenerator generator : GENERATORS) {
      assertThat(generator.complete(context)).as(generator.name() + " generated").isTrue();
    }
    return context;
  }

  private static String database(BenchContext context) {
    return context.postgres() ? "PostgreSQL" : "H2";
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
