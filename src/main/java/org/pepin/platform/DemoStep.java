package org.pepin.platform;

import java.util.function.Consumer;

/**
 * One dated business command of the demo timeline.
 *
 * @param day days relative to the load date D (negative in the past, 0 for D)
 * @param order rank within the day across modules (lower first); modules use their dependency rank
 *     × 100 so that upstream data exists first
 * @param description what the step does, for the load report
 * @param action the command, run in its own transaction with the company clock at D + day
 */
public record DemoStep(int day, int order, String description, Consumer<DemoContext> action) {}
