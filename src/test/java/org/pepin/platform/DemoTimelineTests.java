package org.pepin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.demo.DemoTimeline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo timeline replays every module's steps by date, with the company clock at each step's
 * date, and can load the case into any new company.
 */
@PepinIntegrationTest
@Import(DemoTimelineTests.Recorder.class)
class DemoTimelineTests {

  @Autowired DemoTimeline timeline;
  @Autowired CompanyManagement companies;
  @Autowired CompanyClock clock;
  @Autowired TransactionTemplate transaction;
  @Autowired Recorder recorder;

  /** A module's contribution that records the company date each of its steps saw. */
  @TestConfiguration
  static class Recorder {
    final List<String> seen = new ArrayList<>();

    @Bean
    DemoContribution recordingSteps(CompanyClock clock) {
      return () ->
          List.of(
              new DemoStep(-3, 500, "late step", c -> seen.add("-3:" + clock.today(c.company()))),
              new DemoStep(-90, 500, "early step", c -> seen.add("-90:" + c.today())));
    }
  }

  @Test
  void loads_the_case_into_a_new_company_in_date_order_with_the_company_clock() {
    var company =
        transaction.execute(
            s -> companies.create(CompanyIdentity.named("Bac à sable " + System.nanoTime()), true));
    LocalDate d = clock.today(company);
    recorder.seen.clear();

    timeline.replayInto(company);

    assertThat(recorder.seen).containsExactly("-90:" + d.minusDays(90), "-3:" + d.minusDays(3));
    assertThat(clock.today(company)).as("clock back to the instance's").isEqualTo(d);
    var identity = companies.identity(company);
    assertThat(identity.siren().format()).isEqualTo("977 118 041");
    assertThat(identity.name()).startsWith("Bac à sable");
    assertThat(timeline.steps()).extracting(DemoStep::day).isSorted();
    assertThat(DemoCase.PEOPLE)
        .extracting(DemoCase.Person::username)
        .containsExactly("paul", "sophie", "karim", "isabelle", "julien");
  }
}
