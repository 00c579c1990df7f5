package org.pepin.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pepin.platform.MessageKind;
import org.pepin.platform.MessageKindContribution;
import org.pepin.platform.Placeholder;
import org.pepin.platform.ResourceNotFound;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The message kinds every module registered ({@link MessageKindContribution}), each with the
 * company placeholders ({@code company.name}, {@code company.email}, {@code company.phone}) that
 * every template may use. Checked once: codes are unique and the default wording only names
 * declared placeholders.
 */
@Component
public class MessageKindRegistry implements SmartInitializingSingleton {

  /** Filled from the company's identity in every message. */
  public static final List<Placeholder> COMPANY_PLACEHOLDERS =
      List.of(
          new Placeholder(
              "company.name", "messaging.placeholder.company.name", "Pépinières Clément"),
          new Placeholder(
              "company.email",
              "messaging.placeholder.company.email",
              "contact@pepinieres-clement.example"),
          new Placeholder(
              "company.phone", "messaging.placeholder.company.phone", "01 34 86 00 00"));

  private final ObjectProvider<MessageKindContribution> contributions;
  private volatile Map<String, MessageKind> kinds;

  MessageKindRegistry(ObjectProvider<MessageKindContribution> contributions) {
    this.contributions = contributions;
  }

  /** Checks every kind at start-up: a bad default wording stops the application, not a send. */
  @Override
  public void afterSingletonsInstantiated() {
    kinds();
  }

  /** Every kind, by code. */
  public List<MessageKind> all() {
    return List.copyOf(kinds().values());
  }

  public Optional<MessageKind> find(String code) {
    return Optional.ofNullable(kinds().get(code));
  }

  /**
   * @throws ResourceNotFound if no module registered {@code code}
   */
  public MessageKind get(String code) {
    return find(code).orElseThrow(() -> new ResourceNotFound("message kind", code));
  }

  private Map<String, MessageKind> kinds() {
    Map<String, MessageKind> loaded = kinds;
    if (loaded == null) {
      loaded = load();
      kinds = loaded;
    }
    return loaded;
  }

  private Map<String, MessageKind> load() {
    Map<String, MessageKind> loaded = new LinkedHashMap<>();
    contributions
        .orderedStream()
        .flatMap(c -> c.messageKinds().stream())
        .sorted((a, b) -> a.code().compareTo(b.code()))
        .forEach(
            kind -> {
              MessageKind complete = withCompanyPlaceholders(kind);
              for (String language : MessageKind.LANGUAGES) {
                var text = complete.defaults(language);
                TemplateText.check(complete, text.subject(), text.body());
              }
              if (loaded.put(kind.code(), complete) != null) {
                throw new IllegalStateException("message kind registered twice: " + kind.code());
              }
            });
    return Map.copyOf(new LinkedHashMap<>(loaded));
  }

  private static MessageKind withCompanyPlaceholders(MessageKind kind) {
    List<Placeholder> placeholders = new ArrayList<>(kind.placeholders());
    for (Placeholder common : COMPANY_PLACEHOLDERS) {
      if (kind.placeholder(common.name()).isEmpty()) {
        placeholders.add(common);
      }
    }
    return new MessageKind(kind.code(), kind.label(), placeholders, kind.french(), kind.english());
  }
}
