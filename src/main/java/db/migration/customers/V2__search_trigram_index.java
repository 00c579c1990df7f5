package db.migration.customers;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On PostgreSQL, a trigram index on the customer list's search text, so that a search for any part
 * of a name, town, SIREN or contact ({@code LIKE '%word%'}) does not read every customer of the
 * company (docs/performance.md). Needs the {@code pg_trgm} extension (shipped with PostgreSQL,
 * trusted: the database owner may create it); without it the search still works, unindexed, and a
 * warning says so. H2 has no trigram index: nothing to do there.
 */
public class V2__search_trigram_index extends BaseJavaMigration {

  private static final Logger log = LoggerFactory.getLogger(V2__search_trigram_index.class);

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
      return;
    }
    Savepoint savepoint = connection.setSavepoint();
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      statement.execute(
          "CREATE INDEX IF NOT EXISTS customer_search_trgm_idx ON customer"
              + " USING gin (search_text gin_trgm_ops)");
      connection.releaseSavepoint(savepoint);
    } catch (SQLException e) {
      connection.rollback(savepoint);
      log.warn(
          "pg_trgm is not available ({}): the customer search runs without its index",
          e.getMessage());
    }
  }
}
