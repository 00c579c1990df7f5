package org.pepin.platform.messaging;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox delivery every {@code pepin.outbox.interval} (30 s by default) on one instance at
 * a time (ShedLock row {@code outbox-delivery}). The lock only spares work: the per-message claim
 * of {@link OutboxDelivery} is what guarantees that no message is sent twice, even if a run
 * outlives its lock.
 */
@Component
public class OutboxScheduler {

  static final String LOCK = "outbox-delivery";

  private final OutboxDelivery delivery;
  private final Clock clock;

  OutboxScheduler(OutboxDelivery delivery, Clock clock) {
    this.delivery = delivery;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${pepin.outbox.interval:PT30S}",
      initialDelayString = "${pepin.outbox.initial-delay:PT20S}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT15M", lockAtLeastFor = "PT5S")
  public void run() {
    delivery.deliverDue(clock.instant());
  }
}
