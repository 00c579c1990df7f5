package org.pepin.platform.demo;

import java.util.EnumSet;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PlatformProperties;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.pepin.platform.user.UserManagement.NewUser;
import org.pepin.shared.InvalidValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up: in demo mode, loads the case into an empty database (Pépinières Clément through the
 * demo timeline, Clément Jardins SARL, the people of the case); in every mode, creates the first
 * instance administrator from {@code pepin.bootstrap.*} when none exists.
 */
@Component
@Order(0)
class DemoBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoBootstrap.class);

  private final PlatformProperties properties;
  private final CompanyManagement companies;
  private final UserManagement users;
  private final DemoTimeline timeline;
  private final TransactionTemplate transaction;

  DemoBootstrap(
      PlatformProperties properties,
      CompanyManagement companies,
      UserManagement users,
      DemoTimeline timeline,
      TransactionTemplate transaction) {
    this.properties = properties;
    this.companies = companies;
    this.users = users;
    this.timeline = timeline;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    var bootstrap = properties.bootstrap();
    if (bootstrap.adminUsername() != null
        && !bootstrap.adminUsername().isBlank()
        && !users.systemAdminExists()) {
      if (bootstrap.adminPassword() == null || bootstrap.adminPassword().isBlank()) {
        throw new IllegalStateException(
            "PEPIN_ADMIN_PASSWORD is required to create the first administrator");
      }
      transaction.executeWithoutResult(
          s ->
              users.createSystemAdmin(
                  bootstrap.adminUsername(), bootstrap.adminUsername(), bootstrap.adminPassword()));
      log.info("Created the instance administrator '{}'", bootstrap.adminUsername());
    }
    if (properties.demo().enabled() && companies.all().isEmpty()) {
      long start = System.nanoTime();
      if (!loadDemo()) {
        return;
      }
      log.info(
          "Loaded the demo company {} in {} ms",
          DemoCase.COMPANY_NAME,
          (System.nanoTime() - start) / 1_000_000);
    }
  }

  /**
   * The whole demo: two companies and the people of the case; {@code false} when another instance
   * started on the same empty database and created the demo company first. A failure of a later
   * step is an error of the demo, and stops the start.
   */
  boolean loadDemo() {
    CompanyId nursery;
    try {
      nursery =
          transaction.execute(
              s ->
                  companies.create(
                      org.pepin.platform.CompanyIdentity.named(DemoCase.COMPANY_NAME), true));
    } catch (InvalidValue | DataIntegrityViolationException e) {
      log.info("The demo was loaded by another instance: {}", e.getMessage());
      return false;
    }
    transaction.executeWithoutResult(
        s -> {
          var jardins = companies.create(DemoCase.secondIdentity(), true);
          for (DemoCase.Person person : DemoCase.PEOPLE) {
            var id =
                users.create(
                    nursery,
                    new NewUser(
                        person.username(),
                        person.displayName(),
                        person.email(),
                        DemoCase.PASSWORD,
                        person.roles()));
            switch (person.username()) {
              case "paul" -> {
                users.grant(id, jardins, EnumSet.of(Role.ADMIN));
                users.makeSystemAdmin(id);
              }
              case "isabelle" -> users.grant(id, jardins, EnumSet.of(Role.ACCOUNTING));
              default -> {}
            }
          }
        });
    // The people exist before the timeline, so that its steps can name them (sales reps…).
    timeline.replayInto(nursery);
    return true;
  }
}
