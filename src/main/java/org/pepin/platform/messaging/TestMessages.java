package org.pepin.platform.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pepin.platform.AuditLog;
import org.pepin.platform.CompanyId;
import org.pepin.platform.MessageId;
import org.pepin.platform.OutgoingMessage;
import org.pepin.shared.EmailAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The "send a test message" button of the messaging settings: a {@code test-message} goes through
 * the outbox like any message and is delivered at once, so that the administrator sees the outcome
 * (or the SMTP server's error) immediately.
 */
@Service
public class TestMessages {

  private final MessageTemplateService templates;
  private final OutboxService outbox;
  private final OutboxDelivery delivery;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  TestMessages(
      MessageTemplateService templates,
      OutboxService outbox,
      OutboxDelivery delivery,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock) {
    this.templates = templates;
    this.outbox = outbox;
    this.delivery = delivery;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Queues a test message to {@code to} and delivers it now; returns it as the outbox shows it. */
  public OutboxService.MessageView send(
      CompanyId company, String userName, EmailAddress to, Locale locale) {
    MessageId id =
        transaction.execute(
            s -> {
              var rendered =
                  templates.render(
                      company,
                      PlatformMessageKinds.TEST_MESSAGE,
                      locale,
                      Map.of("user.name", userName));
              MessageId queued =
                  outbox.queue(
                      company,
                      OutgoingMessage.of(
                          PlatformMessageKinds.TEST_MESSAGE,
                          rendered,
                          List.of(to),
                          List.of(),
                          List.of(),
                          null));
              audit.record(company, "messaging.test-sent", "message", queued, to.value(), null);
              return queued;
            });
    delivery.deliver(id, clock.instant());
    return outbox.view(company, id, false);
  }
}
