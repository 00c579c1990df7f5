package org.pepin.bench;

/**
 * Writes one module's part of a generated data set by bulk SQL (COPY on PostgreSQL, batched JDBC on
 * H2). Generators run in the order of the list in {@link BenchmarkRunner#GENERATORS}, upstream
 * modules first (a generator may read what the ones before it wrote); each module adds its own as
 * it lands. Each writes its part in one transaction.
 */
public interface DataGenerator {

  String name();

  /** Writes the rows; returns how many rows were written (all tables). */
  long generate(BenchContext context) throws Exception;

  /**
   * Whether the company already holds this generator's part of the data set (an interrupted run
   * leaves the parts after the last one committed missing).
   */
  boolean complete(BenchContext context);

  /** Deletes this generator's rows of the company, before it generates them again. */
  void delete(BenchContext context);
}
