package org.pepin.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pepin.customers.Contact;
import org.pepin.customers.CustomerDraft;
import org.pepin.customers.DeliveryAddress;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.Role;
import org.pepin.platform.VatRegime;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.transfer.ImportMode;
import org.pepin.platform.transfer.ImportService;
import org.pepin.platform.transfer.ReadOptions;
import org.pepin.platform.user.UserManagement;
import org.pepin.shared.PostalAddress;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Importing a CSV file of 10 000 new customers (the target of the customer-file issue: under 10 s)
 * through the import framework, as a user does it: upload with its dry run and line report, then
 * the all-or-nothing execution, into a new company each time. One sample per import (upload +
 * execute).
 *
 * <p>Its ceiling writes, with plain batched JDBC in one transaction, as many rows into each table
 * as the import wrote (customers, contacts, delivery sites, history entries and their fields).
 */
final class CustomerImportScenario implements Scenario {

  static final int LINES = 10_000;
  static final List<String> HEADERS =
      List.of(
          "code",
          "kind",
          "roles",
          "name",
          "civility",
          "firstName",
          "lastName",
          "legalForm",
          "siren",
          "siret",
          "vatNumber",
          "addressLine1",
          "postalCode",
          "city",
          "countryCode",
          "email",
          "paymentTerms",
          "creditLimit",
          "categories");

  private final List<CustomerDraft> drafts = new ArrayList<>();
  private byte[] file = new byte[0];
  private Map<String, Long> lastCounts = Map.of();
  private int runs;

  /** Lines of the file; {@link #LINES}, fewer for small scale factors (smoke). */
  private int lines(BenchContext context) {
    return Math.min(LINES, Math.max(20, context.scale().customers() * 5));
  }

  @Override
  public String name() {
    return "customer-import";
  }

  @Override
  public String unit() {
    return "one CSV import of up to 10 000 customers, dry run + execution";
  }

  @Override
  public boolean writes() {
    return true;
  }

  @Override
  public void prepare(BenchContext context) throws Exception {
    Random random = context.random(name());
    drafts.clear();
    var out = new StringBuilder();
    try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
      csv.printRecord(HEADERS);
      for (int n = 1; n <= lines(context); n++) {
        CustomerDraft d = CustomerGenerator.draft(n, "I%06d".formatted(n), random);
        drafts.add(d);
        PostalAddress a = d.billingAddress();
        csv.printRecord(
            d.code(),
            d.kind().name(),
            d.roles().stream().map(Enum::name).collect(Collectors.joining(",")),
            d.name(),
            d.civility(),
            d.firstName(),
            d.lastName(),
            d.legalForm(),
            d.siren() == null ? null : d.siren().value(),
            d.siret() == null ? null : d.siret().value(),
            d.vatNumber() == null ? null : d.vatNumber().value(),
            a.line1(),
            a.postalCode(),
            a.city(),
            a.countryCode(),
            d.email() == null ? null : d.email().value(),
            d.paymentTerms() == null ? null : d.paymentTerms().code(),
            d.creditLimit() == null ? null : d.creditLimit().amount().toPlainString(),
            String.join(",", d.categories()));
      }
    }
    file = out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public List<Double> run(BenchContext context) throws Exception {
    var companies = context.bean(CompanyManagement.class);
    var users = context.bean(UserManagement.class);
    var imports = context.bean(ImportService.class);
    CompanyId company = newCompany(companies, "Bench import " + (++runs) + " " + UUID.randomUUID());
    String username = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    var user =
        users.create(
            company,
            new UserManagement.NewUser(
                username,
                "Bench",
                null,
                "bench-password-" + UUID.randomUUID(),
                EnumSet.of(Role.ADMIN)));
    var me = users.refresh(user, company).orElseThrow();

    long start = System.nanoTime();
    var checked =
        imports.upload(me, company, "customers", "customers.csv", file, ReadOptions.AUTO, Map.of());
    var done =
        imports.execute(me, company, checked.id(), checked.version(), ImportMode.ALL_OR_NOTHING);
    double millis = Scenario.millis(System.nanoTime() - start);
    if (done.counts().created() != drafts.size()) {
      throw new IllegalStateException("import created " + done.counts() + " of " + drafts.size());
    }
    lastCounts = counts(context, company);
    return List.of(millis);
  }

  /** How many rows the import wrote in each table. */
  private static Map<String, Long> counts(BenchContext context, CompanyId company) {
    var jdbc = new JdbcTemplate(context.dataSource());
    var counts = new java.util.LinkedHashMap<String, Long>();
    for (String table :
        List.of(
            "customer",
            "customer_contact",
            "customer_delivery_address",
            "history_change",
            "history_field_change")) {
      counts.put(
          table,
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM " + table + " WHERE company_id = ?",
              Long.class,
              company.value()));
    }
    return counts;
  }

  @Override
  public List<Double> ceiling(BenchContext context) throws Exception {
    CompanyId company =
        newCompany(context.bean(CompanyManagement.class), "Bench ceiling " + UUID.randomUUID());
    UUID c = company.value();
    long start = System.nanoTime();
    try (Connection connection = context.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      var now = OffsetDateTime.now(ZoneOffset.UTC);
      var ids = new ArrayList<UUID>(drafts.size());
      try (PreparedStatement insert =
          insert(connection, "customer", CustomerGenerator.CUSTOMER_COLUMNS)) {
        for (CustomerDraft d : drafts) {
          UUID id = UUID.randomUUID();
          ids.add(id);
          set(insert, CustomerGenerator.row(id, c, d.code(), d, now));
        }
        insert.executeBatch();
      }
      try (PreparedStatement insert =
          insert(connection, "customer_contact", CustomerGenerator.CONTACT_COLUMNS)) {
        for (int i = 0; i < drafts.size(); i++) {
          int position = 0;
          for (Contact k : drafts.get(i).contacts()) {
            set(
                insert,
                ids.get(i),
                position++,
                c,
                k.civility(),
                k.firstName(),
                k.lastName(),
                k.jobTitle(),
                k.email() == null ? null : k.email().value(),
                k.phone(),
                k.mobile(),
                k.preferredChannel().name(),
                k.receivesInvoices(),
                k.receivesReminders());
          }
        }
        insert.executeBatch();
      }
      try (PreparedStatement insert =
          insert(connection, "customer_delivery_address", CustomerGenerator.ADDRESS_COLUMNS)) {
        for (int i = 0; i < drafts.size(); i++) {
          int position = 0;
          for (DeliveryAddress s : drafts.get(i).deliveryAddresses()) {
            PostalAddress a = s.address();
            set(
                insert,
                ids.get(i),
                position++,
                c,
                s.label(),
                a.line1(),
                a.line2(),
                a.postalCode(),
                a.city(),
                a.countryCode(),
                null,
                s.accessNotes());
          }
        }
        insert.executeBatch();
      }
      long changes = lastCounts.getOrDefault("history_change", (long) drafts.size());
      long fields = lastCounts.getOrDefault("history_field_change", 0L);
      var changeIds = new ArrayList<UUID>();
      try (PreparedStatement insert =
          insert(
              connection,
              "history_change",
              List.of(
                  "id",
                  "company_id",
                  "entity_type",
                  "entity_id",
                  "occurred_at",
                  "action",
                  "origin"))) {
        for (long i = 0; i < changes; i++) {
          UUID id = UUID.randomUUID();
          changeIds.add(id);
          set(
              insert,
              id,
              c,
              "customer",
              ids.get((int) (i % ids.size())).toString(),
              now,
              "created",
              "import:bench");
        }
        insert.executeBatch();
      }
      try (PreparedStatement insert =
          insert(
              connection,
              "history_field_change",
              List.of("change_id", "seq", "company_id", "field", "old_value", "new_value"))) {
        for (long i = 0; i < fields; i++) {
          set(
              insert,
              changeIds.get((int) (i % changeIds.size())),
              (int) (i / changeIds.size()),
              c,
              "name",
              null,
              drafts.get((int) (i % drafts.size())).name());
        }
        insert.executeBatch();
      }
      connection.commit();
    }
    return List.of(Scenario.millis(System.nanoTime() - start));
  }

  private static PreparedStatement insert(Connection connection, String table, List<String> columns)
      throws SQLException {
    return connection.prepareStatement(BulkWriter.insertSql(table, columns));
  }

  private static void set(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    statement.addBatch();
  }

  private static CompanyId newCompany(CompanyManagement companies, String name) {
    return companies.create(
        new CompanyIdentity(
            name,
            "SAS",
            null,
            PostalAddress.france("1 rue du Banc", null, "78000", "Versailles"),
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
            null),
        true);
  }
}
