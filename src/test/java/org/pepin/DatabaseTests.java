package org.pepin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The test database is the one asked for (PostgreSQL when CI says so: its absence is a failure, not
 * a skip), and the module-aware migrations ran: one Flyway history per module.
 */
@PepinIntegrationTest
class DatabaseTests {

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @Test
  void the_required_database_is_the_one_in_use() throws SQLException {
    String product;
    try (var connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    }
    boolean postgresRequired = Boolean.parseBoolean(System.getenv("PEPIN_REQUIRE_POSTGRES"));
    if (postgresRequired) {
      assertThat(product).as("PEPIN_REQUIRE_POSTGRES=true").isEqualTo("PostgreSQL");
    } else if (System.getenv("PEPIN_TEST_DB_URL") == null) {
      assertThat(product).isEqualTo("H2");
    }
  }

  @Test
  void each_module_has_its_own_migration_history() {
    long root = count("SELECT COUNT(*) FROM flyway_schema_history WHERE success");
    long platform =
        count("SELECT COUNT(*) FROM flyway_schema_history_platform WHERE version = '1'");
    assertThat(root).isPositive();
    assertThat(platform).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM company")).isGreaterThanOrEqualTo(2);
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
