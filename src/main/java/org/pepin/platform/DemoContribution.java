package org.pepin.platform;

import java.util.List;

/**
 * SPI: a module's steps in the demo timeline. The demo is not a data dump: it is a dated sequence
 * of business commands replayed through the modules' own services, with the company clock set to
 * each step's date, so that numbers stay chronological and every rule applies. Each module that
 * lands adds its steps (customers, catalogue, quotes, invoices, payments…).
 */
public interface DemoContribution {

  /** The steps of this module. Steps of all modules are replayed by day, then by order. */
  List<DemoStep> demoSteps();
}
