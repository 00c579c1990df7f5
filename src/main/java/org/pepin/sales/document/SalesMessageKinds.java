package org.pepin.sales.document;

import java.util.List;
import org.pepin.platform.MessageKind;
import org.pepin.platform.MessageKindContribution;
import org.pepin.platform.MessageText;
import org.pepin.platform.Placeholder;
import org.springframework.stereotype.Component;

/** The messages sales sends: a quote with its acceptance link, an order confirmation. */
@Component
public class SalesMessageKinds implements MessageKindContribution {

  public static final String QUOTE = "quote";
  public static final String ORDER_CONFIRMATION = "order-confirmation";

  @Override
  public List<MessageKind> messageKinds() {
    return List.of(
        new MessageKind(
            QUOTE,
            "messaging.kind.quote",
            List.of(
                new Placeholder(
                    "customer.name", "messaging.placeholder.customer.name", "Hôtel du Parc SARL"),
                new Placeholder(
                    "quote.number", "messaging.placeholder.quote.number", "DE-2026-0031 A"),
                new Placeholder("quote.date", "messaging.placeholder.quote.date", "19/11/2026"),
                new Placeholder(
                    "quote.validUntil", "messaging.placeholder.quote.validUntil", "19/12/2026"),
                new Placeholder(
                    "quote.amount", "messaging.placeholder.quote.amount", "13 101,04 €"),
                new Placeholder(
                    "quote.link",
                    "messaging.placeholder.quote.link",
                    "https://pepin.example/devis/Zx8…"),
                new Placeholder(
                    "sender.name", "messaging.placeholder.sender.name", "Sophie Martin")),
            new MessageText(
                "Devis {{quote.number}} — {{company.name}}",
                """
                Bonjour,

                Veuillez trouver ci-joint notre devis n° {{quote.number}} du {{quote.date}}, \
                d'un montant de {{quote.amount}}, valable jusqu'au {{quote.validUntil}}.

                Vous pouvez le consulter et nous donner votre accord (ou votre refus) en ligne :
                {{quote.link}}

                Nous restons à votre disposition pour toute question.

                Cordialement,
                {{sender.name}}
                {{company.name}} — {{company.phone}}"""),
            new MessageText(
                "Quote {{quote.number}} — {{company.name}}",
                """
                Hello,

                Please find attached our quote no. {{quote.number}} of {{quote.date}}, \
                amounting to {{quote.amount}}, valid until {{quote.validUntil}}.

                You can read it and accept (or decline) it online:
                {{quote.link}}

                Kind regards,
                {{sender.name}}
                {{company.name}} — {{company.phone}}""")),
        new MessageKind(
            ORDER_CONFIRMATION,
            "messaging.kind.order-confirmation",
            List.of(
                new Placeholder(
                    "customer.name", "messaging.placeholder.customer.name", "Hôtel du Parc SARL"),
                new Placeholder(
                    "order.number", "messaging.placeholder.order.number", "CO-2026-0012"),
                new Placeholder("order.date", "messaging.placeholder.order.date", "29/11/2026"),
                new Placeholder(
                    "order.amount", "messaging.placeholder.order.amount", "13 101,04 €"),
                new Placeholder(
                    "order.customerReference",
                    "messaging.placeholder.order.customerReference",
                    "BC-4471"),
                new Placeholder(
                    "sender.name", "messaging.placeholder.sender.name", "Sophie Martin")),
            new MessageText(
                "Confirmation de commande {{order.number}} — {{company.name}}",
                """
                Bonjour,

                Nous vous remercions de votre commande {{order.customerReference}} et vous en \
                confirmons l'enregistrement sous le n° {{order.number}} du {{order.date}}, \
                d'un montant de {{order.amount}}. Vous trouverez ci-joint la confirmation.

                Cordialement,
                {{sender.name}}
                {{company.name}} — {{company.phone}}"""),
            new MessageText(
                "Order confirmation {{order.number}} — {{company.name}}",
                """
                Hello,

                Thank you for your order {{order.customerReference}}: it is recorded as \
                no. {{order.number}} of {{order.date}}, amounting to {{order.amount}}. \
                The confirmation is attached.

                Kind regards,
                {{sender.name}}
                {{company.name}} — {{company.phone}}""")));
  }
}
