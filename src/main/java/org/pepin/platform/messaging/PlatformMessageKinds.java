package org.pepin.platform.messaging;

import java.util.List;
import org.pepin.platform.MessageKind;
import org.pepin.platform.MessageKindContribution;
import org.pepin.platform.MessageText;
import org.pepin.platform.Placeholder;
import org.springframework.stereotype.Component;

/**
 * The platform's own message kinds: the test message of the messaging settings, and {@code
 * document}, a generic "here is your document" message for any document sent as a PDF (business
 * modules register their own kinds — invoice, quote, reminders — with the placeholders they fill).
 */
@Component
class PlatformMessageKinds implements MessageKindContribution {

  static final String TEST_MESSAGE = "test-message";
  static final String DOCUMENT = "document";

  @Override
  public List<MessageKind> messageKinds() {
    return List.of(
        new MessageKind(
            TEST_MESSAGE,
            "messaging.kind.test-message",
            List.of(
                new Placeholder("user.name", "messaging.placeholder.user.name", "Paul Clément")),
            new MessageText(
                "Message de test de {{company.name}}",
                """
                Bonjour,

                Ce message de test a été envoyé par {{user.name}} depuis Pépin pour vérifier \
                l'envoi des messages de {{company.name}}.
                S'il vous parvient, la configuration fonctionne.

                Pépin"""),
            new MessageText(
                "Test message from {{company.name}}",
                """
                Hello,

                {{user.name}} sent this test message from Pépin to check how {{company.name}} \
                sends its messages.
                If you received it, the configuration works.

                Pépin""")),
        new MessageKind(
            DOCUMENT,
            "messaging.kind.document",
            List.of(
                new Placeholder(
                    "customer.name", "messaging.placeholder.customer.name", "Hôtel du Parc SARL"),
                new Placeholder("document.title", "messaging.placeholder.document.title", "Devis"),
                new Placeholder(
                    "document.number", "messaging.placeholder.document.number", "DE-2026-0031"),
                new Placeholder(
                    "document.date", "messaging.placeholder.document.date", "19/11/2026"),
                new Placeholder(
                    "document.amount", "messaging.placeholder.document.amount", "13 101,04 €"),
                new Placeholder(
                    "sender.name", "messaging.placeholder.sender.name", "Sophie Martin")),
            new MessageText(
                "{{document.title}} {{document.number}} — {{company.name}}",
                """
                Bonjour,

                Veuillez trouver ci-joint notre document {{document.title}} n° {{document.number}} \
                du {{document.date}}, d'un montant de {{document.amount}}.

                Nous restons à votre disposition pour toute question.

                Cordialement,
                {{sender.name}}
                {{company.name}} — {{company.phone}}"""),
            new MessageText(
                "{{document.title}} {{document.number}} — {{company.name}}",
                """
                Hello,

                Please find attached our {{document.title}} No. {{document.number}} dated \
                {{document.date}}, for an amount of {{document.amount}}.

                Do not hesitate to contact us with any question.

                Kind regards,
                {{sender.name}}
                {{company.name}} — {{company.phone}}""")));
  }
}
