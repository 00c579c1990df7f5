package org.pepin.bench;

import java.util.List;

/**
 * One measured operation. The runner calls {@link #prepare} once, then {@link #run} for the warm-up
 * and the measured repetitions; each call returns the durations it measured, in milliseconds (one
 * per operation). A write scenario also gives its {@link #ceiling}: the same rows written by plain
 * JDBC in the same transactions, measured in the same run, so that its figure comes with the ratio
 * to what the database itself allows on this machine.
 */
public interface Scenario {

  String name();

  /** What one measured operation is, for the report. */
  String unit();

  default void prepare(BenchContext context) throws Exception {}

  List<Double> run(BenchContext context) throws Exception;

  /** Whether this scenario writes (and has a ceiling). */
  default boolean writes() {
    return false;
  }

  /** The plain-JDBC ceiling of a write scenario (same rows, same transactions). */
  default List<Double> ceiling(BenchContext context) throws Exception {
    return List.of();
  }

  /** Nanoseconds to milliseconds, for the samples. */
  static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
