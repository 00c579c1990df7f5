package org.pepin.bench;

import java.util.Random;
import javax.sql.DataSource;
import org.pepin.platform.CompanyId;
import org.springframework.context.ApplicationContext;

/**
 * What generators and scenarios work with: the application context (services), the database, the
 * company that holds the generated data set, its scale factor and the random seed.
 *
 * @param company the company of the data set (named after its scale factor and seed)
 */
public record BenchContext(
    ApplicationContext spring,
    DataSource dataSource,
    boolean postgres,
    CompanyId company,
    ScaleFactor scale,
    long seed) {

  public <T> T bean(Class<T> type) {
    return spring.getBean(type);
  }

  /** A random generator for a part of the work, reproducible from the seed and the part's name. */
  public Random random(String part) {
    return new Random(seed * 31 + part.hashCode());
  }
}
