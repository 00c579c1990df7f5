package org.pepin.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Writes generated rows in bulk: {@code COPY … FROM STDIN} on PostgreSQL, batched JDBC inserts on
 * H2. Rows are buffered per table and flushed every {@value #FLUSH_ROWS} rows.
 */
final class BulkWriter implements AutoCloseable {

  static final int FLUSH_ROWS = 10_000;

  private final Connection connection;
  private final boolean postgres;
  private final String table;
  private final List<String> columns;
  private final List<Object[]> rows = new ArrayList<>();
  private final @Nullable BulkWriter parent;
  private long written;

  BulkWriter(Connection connection, String table, List<String> columns) throws SQLException {
    this(connection, table, columns, null);
  }

  /**
   * @param parent the writer of the rows these rows reference: flushed first, so that foreign keys
   *     hold
   */
  BulkWriter(Connection connection, String table, List<String> columns, @Nullable BulkWriter parent)
      throws SQLException {
    this.connection = connection;
    this.parent = parent;
    this.postgres = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
    this.table = table;
    this.columns = List.copyOf(columns);
  }

  static boolean isPostgres(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().contains("PostgreSQL");
    }
  }

  void add(Object... values) throws SQLException {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(table + ": " + values.length + " values");
    }
    rows.add(values);
    if (rows.size() >= FLUSH_ROWS) {
      flush();
    }
  }

  long written() {
    return written;
  }

  void flush() throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    if (parent != null) {
      parent.flush();
    }
    if (postgres) {
      copy();
    } else {
      batch();
    }
    written += rows.size();
    rows.clear();
  }

  private void copy() throws SQLException {
    var text = new StringBuilder(rows.size() * 200);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        text.append(row[i] == null ? "\\N" : escape(String.valueOf(row[i])));
      }
      text.append('\n');
    }
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN",
              new StringReader(text.toString()));
    } catch (IOException e) {
      throw new SQLException(e);
    }
  }

  private static String escape(String value) {
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  private void batch() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(insertSql(table, columns))) {
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          statement.setObject(i + 1, row[i]);
        }
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** {@code INSERT INTO table (columns…) VALUES (?, …)}. */
  static String insertSql(String table, List<String> columns) {
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") VALUES ("
        + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
        + ")";
  }

  @Override
  public void close() throws SQLException {
    flush();
  }
}
