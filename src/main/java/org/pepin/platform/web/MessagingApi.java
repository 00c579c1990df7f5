package org.pepin.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.platform.MessageId;
import org.pepin.platform.MessageKind;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.platform.RenderedMessage;
import org.pepin.platform.messaging.MessageKindRegistry;
import org.pepin.platform.messaging.MessageTemplateService;
import org.pepin.platform.messaging.MessageTemplateService.TemplateView;
import org.pepin.platform.messaging.MessagingSettingsService;
import org.pepin.platform.messaging.MessagingSettingsService.SettingsView;
import org.pepin.platform.messaging.OutboxService;
import org.pepin.platform.messaging.OutboxService.Filter;
import org.pepin.platform.messaging.OutboxService.MessageSummary;
import org.pepin.platform.messaging.OutboxService.MessageView;
import org.pepin.platform.messaging.OutboxStatus;
import org.pepin.platform.messaging.TemplateRejected;
import org.pepin.platform.messaging.TestMessages;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of messaging: message kinds and templates (administrators edit, managers read), the
 * messaging settings and their test message (administrators), the outbox (administrators and
 * managers) and the in-app mailbox (every member).
 */
@RestController
@RequestMapping("/api/v1")
class MessagingApi {

  private final MessageKindRegistry kinds;
  private final MessageTemplateService templates;
  private final MessagingSettingsService settings;
  private final OutboxService outbox;
  private final TestMessages tests;

  MessagingApi(
      MessageKindRegistry kinds,
      MessageTemplateService templates,
      MessagingSettingsService settings,
      OutboxService outbox,
      TestMessages tests) {
    this.kinds = kinds;
    this.templates = templates;
    this.settings = settings;
    this.outbox = outbox;
    this.tests = tests;
  }

  @GetMapping("/message-kinds")
  List<MessageKind> messageKinds() {
    return kinds.all();
  }

  @GetMapping("/message-templates")
  List<TemplateResource> messageTemplates(CompanyId company) {
    return templates.list(company).stream().map(TemplateResource::of).toList();
  }

  @GetMapping("/message-templates/{kind}/{language}")
  TemplateResource messageTemplate(
      CompanyId company,
      @PathVariable("kind") String kind,
      @PathVariable("language") String language) {
    return TemplateResource.of(templates.view(company, kind, language));
  }

  @PutMapping("/message-templates/{kind}/{language}")
  TemplateResource saveMessageTemplate(
      CompanyId company,
      @PathVariable("kind") String kind,
      @PathVariable("language") String language,
      @RequestBody TemplateRequest request) {
    try {
      return TemplateResource.of(
          templates.save(
              company,
              kind,
              language,
              request.version(),
              text(request.subject()),
              text(request.body())));
    } catch (TemplateRejected e) {
      throw rejected(request, e);
    }
  }

  @DeleteMapping("/message-templates/{kind}/{language}")
  TemplateResource resetMessageTemplate(
      CompanyId company,
      @PathVariable("kind") String kind,
      @PathVariable("language") String language,
      @RequestParam(name = "version", required = false) @Nullable Integer version) {
    return TemplateResource.of(templates.reset(company, kind, language, version));
  }

  @PostMapping("/message-templates/{kind}/{language}/preview")
  RenderedMessage previewMessageTemplate(
      CompanyId company,
      @PathVariable("kind") String kind,
      @PathVariable("language") String language,
      @RequestBody TemplateRequest request) {
    try {
      return templates.preview(
          company, kind, language, text(request.subject()), text(request.body()));
    } catch (TemplateRejected e) {
      throw rejected(request, e);
    }
  }

  @GetMapping("/messaging-settings")
  SettingsView messagingSettings(CompanyId company) {
    return settings.view(company);
  }

  @PutMapping("/messaging-settings")
  SettingsView updateMessagingSettings(
      CompanyId company, @RequestBody MessagingSettingsForm request) {
    var errors = new DirectFieldBindingResult(request, "messagingSettings");
    var change = request.toChange(errors);
    Inputs.check(errors);
    try {
      return settings.update(company, request.version(), change);
    } catch (InvalidValue e) {
      Inputs.reject(errors, MessagingSettingsForm.fieldOf(e.code()), e);
      throw new InputRejected(errors);
    }
  }

  @PostMapping("/messaging-settings/test")
  MessageView sendTestMessage(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @RequestBody TestRequest request) {
    var errors = new DirectFieldBindingResult(request, "test");
    EmailAddress to = Inputs.required(errors, "to", request.to(), EmailAddress::new);
    Inputs.check(errors);
    return tests.send(company, me.displayName(), to, LocaleContextHolder.getLocale());
  }

  @GetMapping("/outbox")
  ApiPage<MessageSummary> outbox(
      CompanyId company,
      @RequestParam(name = "status", required = false) @Nullable String status,
      @RequestParam(name = "q", required = false) @Nullable String text,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "sort", required = false) @Nullable String sort) {
    var query = PageQuery.of(page, size, sort, List.of("queuedAt"), "queuedAt,desc");
    return page(company, Filter.outbox(status(status), text), query);
  }

  @GetMapping("/outbox/{id}")
  MessageView outboxMessage(CompanyId company, @PathVariable("id") MessageId id) {
    return outbox.view(company, id, false);
  }

  @PostMapping("/outbox/{id}/retry")
  MessageView retry(CompanyId company, @PathVariable("id") MessageId id) {
    outbox.retry(company, id);
    return outbox.view(company, id, false);
  }

  @GetMapping("/outbox/{id}/attachments/{attachment}")
  ResponseEntity<byte[]> outboxAttachment(
      CompanyId company,
      @PathVariable("id") MessageId id,
      @PathVariable("attachment") UUID attachment) {
    return OutboxController.download(outbox.attachment(company, id, attachment, false));
  }

  @GetMapping("/mailbox")
  ApiPage<MessageSummary> mailbox(
      CompanyId company,
      @RequestParam(name = "q", required = false) @Nullable String text,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "sort", required = false) @Nullable String sort) {
    var query = PageQuery.of(page, size, sort, List.of("sentAt"), "sentAt,desc");
    return page(company, Filter.mailbox(text), query);
  }

  @GetMapping("/mailbox/{id}")
  MessageView mailboxMessage(CompanyId company, @PathVariable("id") MessageId id) {
    return outbox.view(company, id, true);
  }

  @GetMapping("/mailbox/{id}/attachments/{attachment}")
  ResponseEntity<byte[]> mailboxAttachment(
      CompanyId company,
      @PathVariable("id") MessageId id,
      @PathVariable("attachment") UUID attachment) {
    return OutboxController.download(outbox.attachment(company, id, attachment, true));
  }

  private ApiPage<MessageSummary> page(CompanyId company, Filter filter, PageQuery query) {
    return new ApiPage<>(
        outbox.search(
            company, filter, Math.max(0, query.offset()), query.size(), query.ascending()),
        query.page(),
        query.size(),
        outbox.count(company, filter));
  }

  /** A status filter in any case, or a French "unknown status" problem. */
  private static @Nullable OutboxStatus status(@Nullable String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return OutboxStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("outbox.status", "unknown status", status);
    }
  }

  private static InputRejected rejected(TemplateRequest request, TemplateRejected e) {
    var errors = new DirectFieldBindingResult(request, "template");
    MessageTemplateController.reject(errors, e);
    return new InputRejected(errors);
  }

  private static String text(@Nullable String text) {
    return text == null ? "" : text;
  }

  /** A template's wording, as of {@code version} (absent for the default wording). */
  record TemplateRequest(
      @Nullable Integer version, @Nullable String subject, @Nullable String body) {}

  /** Where to send the test message. */
  record TestRequest(@Nullable String to) {}

  /**
   * A template: its kind's code and name key, language, wording and whether it is the company's.
   */
  record TemplateResource(
      String kind,
      String language,
      String subject,
      String body,
      boolean customised,
      @Nullable Integer version,
      List<String> placeholders) {

    static TemplateResource of(TemplateView view) {
      return new TemplateResource(
          view.kind().code(),
          view.language(),
          view.subject(),
          view.body(),
          view.customised(),
          view.version(),
          view.kind().placeholders().stream().map(p -> p.name()).toList());
    }
  }
}
