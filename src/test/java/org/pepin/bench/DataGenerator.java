package org.pepin.bench;

/**
 * Writes one module's part of a generated data set by bulk SQL (COPY on PostgreSQL, batched JDBC on
 * H2). Generators run in the order of the list in {@link BenchmarkRunner#GENERATORS}, upstream
 * modules first; each module adds its own as it lands.
 */
public interface DataGenerator {

  String name();

  /** Writes the rows; returns how many rows were written (all tables). */
  long generate(BenchContext context) throws Exception;
}
