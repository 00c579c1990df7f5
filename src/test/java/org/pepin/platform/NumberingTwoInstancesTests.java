package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pepin.PepinApplication;
import org.pepin.PepinIntegrationTest;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.numbering.NumberingManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of Pépin on one PostgreSQL database (ARCHITECTURE §3 "Scale out") issue 10 000
 * numbers of one series at once: the row lock of the series, held by the database, makes them wait
 * for each other, so the numbers have neither gap nor duplicate. PostgreSQL only: the second
 * instance is a second application context with its own connection pool; on H2 the test is skipped,
 * unless {@code PEPIN_REQUIRE_POSTGRES=true}, where H2 is a failure.
 */
@PepinIntegrationTest
class NumberingTwoInstancesTests {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(NumberingTwoInstancesTests.class);

  static final int NUMBERS = 10_000;
  static final int THREADS_PER_INSTANCE = 4;

  @Autowired DataSource dataSource;
  @Autowired Environment environment;
  @Autowired Numbering numbering;
  @Autowired NumberingManagement series;
  @Autowired CompanyManagement companies;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  @Test
  void two_instances_issue_ten_thousand_numbers_of_one_series_without_gap_or_duplicate()
      throws Exception {
    boolean postgres;
    try (var connection = dataSource.getConnection()) {
      postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    if (Boolean.parseBoolean(System.getenv("PEPIN_REQUIRE_POSTGRES"))) {
      assertThat(postgres).as("PEPIN_REQUIRE_POSTGRES=true").isTrue();
    }
    assumeTrue(postgres, "two instances need a database server (PostgreSQL)");

    var company =
        transaction.execute(
            s -> companies.create(DemoCase.identity("Deux instances " + System.nanoTime()), false));
    LocalDate day = LocalDate.of(2026, 9, 1);
    series.list(company);

    long boot = System.nanoTime();
    try (ConfigurableApplicationContext second = secondInstance()) {
      long started = System.nanoTime();
      var instances =
          List.of(
              new Instance(numbering, transaction, jdbc),
              new Instance(
                  second.getBean(Numbering.class),
                  second.getBean(TransactionTemplate.class),
                  second.getBean(JdbcClient.class)));
      Queue<String> committed = new ConcurrentLinkedQueue<>();
      CountDownLatch start = new CountDownLatch(1);
      int workers = instances.size() * THREADS_PER_INSTANCE;
      int share = NUMBERS / workers;
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
          Instance instance = instances.get(w % instances.size());
          int seed = w;
          running.add(
              pool.submit(
                  () -> {
                    start.await();
                    var random = new java.util.Random(seed);
                    int done = 0;
                    while (done < share) {
                      int batch = Math.min(share - done, 1 + random.nextInt(8));
                      boolean rollback = random.nextInt(10) == 0;
                      List<String> taken =
                          instance
                              .transaction()
                              .execute(
                                  s -> {
                                    instance.commitWithoutWaitingForTheDisk();
                                    List<String> numbers = new ArrayList<>();
                                    for (int i = 0; i < batch; i++) {
                                      numbers.add(
                                          instance.numbering().next(company, "INVOICE", day));
                                    }
                                    if (rollback) {
                                      s.setRollbackOnly();
                                    }
                                    return numbers;
                                  });
                      if (!rollback) {
                        committed.addAll(taken);
                        done += batch;
                      }
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> worker : running) {
          worker.get(5, TimeUnit.MINUTES);
        }
      } finally {
        pool.shutdownNow();
      }
      var expected =
          IntStream.rangeClosed(1, NUMBERS)
              .mapToObj(n -> String.format("FA-2026-%05d", n))
              .toList();
      log.info(
          "second instance started in {} ms, {} numbers taken in {} ms",
          (started - boot) / 1_000_000,
          NUMBERS,
          (System.nanoTime() - started) / 1_000_000);
      assertThat(committed).hasSize(NUMBERS).doesNotHaveDuplicates();
      assertThat(Set.copyOf(committed)).isEqualTo(Set.copyOf(expected));
    }
  }

  /** A second Pépin on the same database: its own web server and pool, no demo. */
  private ConfigurableApplicationContext secondInstance() {
    return new SpringApplicationBuilder(PepinApplication.class)
        .web(WebApplicationType.SERVLET)
        .run(
            "--server.port=0",
            "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
            "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
            "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
            "--spring.datasource.hikari.maximum-pool-size=" + (THREADS_PER_INSTANCE + 1),
            "--spring.main.banner-mode=off",
            "--spring.jmx.enabled=false",
            "--pepin.demo.enabled=false",
            "--pepin.bootstrap.admin-username=");
  }

  private record Instance(Numbering numbering, TransactionTemplate transaction, JdbcClient jdbc) {

    /**
     * The transaction does not wait for the disk at commit ({@code synchronous_commit = off}): the
     * lock is released at commit as usual and committed rows are visible at once, only their
     * durability after a crash is not awaited — not what this test is about, and it keeps 10 000
     * serialized commits within seconds.
     */
    void commitWithoutWaitingForTheDisk() {
      jdbc.sql("SET LOCAL synchronous_commit = off").update();
    }
  }
}
