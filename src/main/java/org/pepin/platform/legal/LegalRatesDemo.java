package org.pepin.platform.legal;

import java.util.List;
import org.pepin.platform.DemoContribution;
import org.pepin.platform.DemoStep;
import org.springframework.stereotype.Component;

/**
 * The rates the demo needs whatever the day it is loaded: a provisional row ("non confirmé (démo)")
 * for every half-year of the demo period, D−180 to a month after D (the scenario moves the clock by
 * a week), that has no row yet. Only demo and teaching companies use them.
 */
@Component
class LegalRatesDemo implements DemoContribution {

  private final LegalRateManagement rates;

  LegalRatesDemo(LegalRateManagement rates) {
    this.rates = rates;
  }

  @Override
  public List<DemoStep> demoSteps() {
    return List.of(
        new DemoStep(
            -180,
            10,
            "provisional legal rates for the demo period",
            context ->
                rates.fillProvisional(
                    context.loadDate().minusDays(180), context.loadDate().plusDays(31))));
  }
}
