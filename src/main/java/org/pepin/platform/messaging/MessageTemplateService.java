package org.pepin.platform.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.AuditLog;
import org.pepin.platform.Companies;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.MessageKind;
import org.pepin.platform.MessageTemplates;
import org.pepin.platform.Placeholder;
import org.pepin.platform.RenderedMessage;
import org.pepin.platform.ResourceNotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message templates of a company: the kind's default wording unless the company's administrator
 * reworded it, per language. Saving checks the placeholders ({@link TemplateText#check}); every
 * change and every reset is audited.
 */
@Service
@Transactional
public class MessageTemplateService implements MessageTemplates {

  private final MessageKindRegistry kinds;
  private final MessageTemplateRepository templates;
  private final Companies companies;
  private final AuditLog audit;
  private final Clock clock;

  MessageTemplateService(
      MessageKindRegistry kinds,
      MessageTemplateRepository templates,
      Companies companies,
      AuditLog audit,
      Clock clock) {
    this.kinds = kinds;
    this.templates = templates;
    this.companies = companies;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every kind in every language, French first. */
  @Transactional(readOnly = true)
  public List<TemplateView> list(CompanyId company) {
    Map<String, MessageTemplate> overrides = new HashMap<>();
    for (MessageTemplate t : templates.findByCompany(company.value())) {
      overrides.put(t.kind() + "/" + t.language(), t);
    }
    List<TemplateView> views = new ArrayList<>();
    for (MessageKind kind : kinds.all()) {
      for (String language : MessageKind.LANGUAGES) {
        views.add(view(kind, language, overrides.get(kind.code() + "/" + language)));
      }
    }
    return views;
  }

  /**
   * @throws ResourceNotFound for an unknown kind or language
   */
  @Transactional(readOnly = true)
  public TemplateView view(CompanyId company, String kindCode, String language) {
    MessageKind kind = kinds.get(kindCode);
    requireLanguage(language);
    return view(kind, language, find(company, kind, language).orElse(null));
  }

  /**
   * Saves the company's wording over the version the user edited ({@code null} = they edited the
   * default wording).
   *
   * @throws TemplateRejected if a placeholder is unknown or the text is malformed
   * @throws ConcurrentModification if someone saved or reset the template since
   */
  public TemplateView save(
      CompanyId company,
      String kindCode,
      String language,
      @Nullable Integer editedVersion,
      String subject,
      String body) {
    MessageKind kind = kinds.get(kindCode);
    requireLanguage(language);
    String cleanSubject = subject.strip();
    String cleanBody = normaliseBody(body);
    TemplateText.check(kind, cleanSubject, cleanBody);
    var current = find(company, kind, language);
    var before = view(kind, language, current.orElse(null));
    if (!Objects.equals(current.map(MessageTemplate::version).orElse(null), editedVersion)) {
      throw new ConcurrentModification("message template", kindCode + "/" + language);
    }
    var now = clock.instant();
    String by = CurrentUser.username();
    MessageTemplate saved;
    try {
      saved =
          templates.save(
              current
                  .map(t -> t.reword(cleanSubject, cleanBody, now, by))
                  .orElseGet(
                      () ->
                          MessageTemplate.create(
                              company, kindCode, language, cleanSubject, cleanBody, now, by)));
    } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
      throw new ConcurrentModification("message template", kindCode + "/" + language);
    }
    String changes = changes(before.subject(), cleanSubject, before.body(), cleanBody);
    audit.record(
        company,
        "message-template.updated",
        "message-template",
        kindCode + "/" + language,
        kindCode + " (" + language + ")",
        changes.isEmpty() ? null : changes);
    return view(kind, language, saved);
  }

  /**
   * Goes back to the kind's default wording.
   *
   * @throws ConcurrentModification if the template changed since the user saw it
   */
  public TemplateView reset(
      CompanyId company, String kindCode, String language, @Nullable Integer editedVersion) {
    MessageKind kind = kinds.get(kindCode);
    requireLanguage(language);
    var current = find(company, kind, language);
    if (current.isEmpty()) {
      return view(kind, language, null);
    }
    if (!Objects.equals(current.get().version(), editedVersion)) {
      throw new ConcurrentModification("message template", kindCode + "/" + language);
    }
    templates.delete(current.get());
    var defaults = kind.defaults(language);
    audit.record(
        company,
        "message-template.reset",
        "message-template",
        kindCode + "/" + language,
        kindCode + " (" + language + ")",
        changes(
            current.get().subject(), defaults.subject(), current.get().body(), defaults.body()));
    return view(kind, language, null);
  }

  /**
   * The text as a recipient would read it, with the kind's sample values and the company's own name
   * and contact.
   *
   * @throws TemplateRejected as {@link #save} would
   */
  @Transactional(readOnly = true)
  public RenderedMessage preview(
      CompanyId company, String kindCode, String language, String subject, String body) {
    MessageKind kind = kinds.get(kindCode);
    requireLanguage(language);
    String cleanBody = normaliseBody(body);
    TemplateText.check(kind, subject.strip(), cleanBody);
    Map<String, String> values = new HashMap<>();
    for (Placeholder p : kind.placeholders()) {
      values.put(p.name(), p.sample());
    }
    values.putAll(companyValues(company));
    return new RenderedMessage(
        TemplateText.fill(subject.strip(), values, true),
        TemplateText.fill(cleanBody, values, false));
  }

  @Override
  @Transactional(readOnly = true)
  public RenderedMessage render(
      CompanyId company, String kindCode, Locale locale, Map<String, String> values) {
    MessageKind kind =
        kinds
            .find(kindCode)
            .orElseThrow(() -> new IllegalArgumentException("unknown message kind " + kindCode));
    String language = MessageKind.language(locale);
    var text = view(kind, language, find(company, kind, language).orElse(null));
    Map<String, String> all = new HashMap<>(companyValues(company));
    all.putAll(values);
    return new RenderedMessage(
        TemplateText.fill(text.subject(), all, true), TemplateText.fill(text.body(), all, false));
  }

  private Map<String, String> companyValues(CompanyId company) {
    var identity = companies.identity(company);
    Map<String, String> values = new HashMap<>();
    values.put("company.name", identity.name());
    values.put("company.email", identity.email() == null ? "" : identity.email().value());
    values.put("company.phone", identity.phone() == null ? "" : identity.phone());
    return values;
  }

  private Optional<MessageTemplate> find(CompanyId company, MessageKind kind, String language) {
    return templates.find(company.value(), kind.code(), language);
  }

  private static TemplateView view(
      MessageKind kind, String language, @Nullable MessageTemplate override) {
    var defaults = kind.defaults(language);
    return override == null
        ? new TemplateView(
            kind, language, defaults.subject(), defaults.body(), false, null, null, null)
        : new TemplateView(
            kind,
            language,
            override.subject(),
            override.body(),
            true,
            override.version(),
            override.updatedAt(),
            override.updatedBy());
  }

  private static void requireLanguage(String language) {
    if (!MessageKind.LANGUAGES.contains(language)) {
      throw new ResourceNotFound("message template language", language);
    }
  }

  /** Line ends as {@code \n}, no trailing spaces at the end. */
  private static String normaliseBody(String body) {
    return body.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
  }

  private static String changes(String oldSubject, String subject, String oldBody, String body) {
    List<String> lines = new ArrayList<>();
    if (!oldSubject.equals(subject)) {
      lines.add("subject: " + oldSubject + " → " + subject);
    }
    if (!oldBody.equals(body)) {
      lines.add("body: " + oneLine(oldBody) + " → " + oneLine(body));
    }
    return String.join("\n", lines);
  }

  private static String oneLine(String text) {
    String flat = text.replace("\n", " ⏎ ");
    return flat.length() <= 1500 ? flat : flat.substring(0, 1499) + "…";
  }

  /**
   * A template as the screens show it.
   *
   * @param customised whether the company reworded it (else: the default wording)
   * @param version the version of the company's wording, {@code null} for the default
   */
  public record TemplateView(
      MessageKind kind,
      String language,
      String subject,
      String body,
      boolean customised,
      @Nullable Integer version,
      java.time.@Nullable Instant updatedAt,
      @Nullable String updatedBy) {}
}
