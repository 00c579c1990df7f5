package org.pepin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.platform.company.CompanyManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The benchmark still works (not its speed): the generators and every scenario at SF 0.01, once, on
 * the test database (H2 or PostgreSQL), in a company of their own.
 */
@PepinIntegrationTest
class BenchmarkSmokeTests {

  @Autowired ApplicationContext spring;
  @Autowired CompanyManagement companies;

  @Test
  void theRunnerGeneratesTheDataSetAndMeasuresEveryScenarioAtSf001() throws Exception {
    var results = BenchmarkRunner.measure(spring, companies, ScaleFactor.of(0.01), 7, 0, 1, null);
    assertThat(results.figures())
        .extracting(Results.Figures::scenario)
        .containsExactlyElementsOf(
            BenchmarkRunner.scenarios().stream().map(Scenario::name).toList());
    assertThat(results.markdown()).contains("| customer-search (");
    assertThat(ScaleFactor.of(0.01).customers()).isEqualTo(20);
  }
}
