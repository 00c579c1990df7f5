package org.pepin.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.Attachment;
import org.pepin.platform.CompanyId;
import org.pepin.platform.MessageId;
import org.pepin.platform.messaging.OutboxService;
import org.pepin.platform.messaging.OutboxService.Filter;
import org.pepin.platform.messaging.OutboxStatus;
import org.pepin.shared.InvalidValue;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox ("Boîte d'envoi") for administrators and managers: every message of the company with
 * its delivery status, failed ones with their error and a "Réessayer" button.
 */
@Controller
@RequestMapping("/settings/outbox")
class OutboxController {

  static final int PAGE_SIZE = 50;

  private final OutboxService outbox;

  OutboxController(OutboxService outbox) {
    this.outbox = outbox;
  }

  @GetMapping
  String list(
      CompanyId company,
      @RequestParam(name = "status", required = false) @Nullable OutboxStatus status,
      @RequestParam(name = "q", required = false) @Nullable String text,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    var filter = Filter.outbox(status, text == null || text.isBlank() ? null : text.strip());
    long total = outbox.count(company, filter);
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(Math.max(page, 0), pages - 1);
    model.addAttribute("messages", outbox.search(company, filter, current * PAGE_SIZE, PAGE_SIZE));
    model.addAttribute("filter", filter);
    model.addAttribute("statuses", OutboxStatus.values());
    model.addAttribute("counts", outbox.counts(company));
    model.addAttribute("total", total);
    model.addAttribute("page", current);
    model.addAttribute("pages", pages);
    return "platform/outbox";
  }

  @GetMapping("/{id}")
  String show(CompanyId company, @PathVariable("id") MessageId id, Model model) {
    model.addAttribute("message", outbox.view(company, id, false));
    model.addAttribute("mailbox", false);
    return "platform/message";
  }

  @PostMapping("/{id}/retry")
  String retry(CompanyId company, @PathVariable("id") MessageId id, RedirectAttributes redirect) {
    try {
      outbox.retry(company, id);
      redirect.addFlashAttribute("toast", "toast.outbox.retried");
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("toastError", "error." + e.code());
    }
    return "redirect:/settings/outbox/" + id;
  }

  @GetMapping("/{id}/attachments/{attachment}")
  ResponseEntity<byte[]> attachment(
      CompanyId company,
      @PathVariable("id") MessageId id,
      @PathVariable("attachment") UUID attachment) {
    return download(outbox.attachment(company, id, attachment, false));
  }

  /**
   * An attachment as a download, never displayed inline: its type comes from the module that queued
   * it, and nothing it contains runs in Pépin's pages.
   */
  static ResponseEntity<byte[]> download(Attachment attachment) {
    MediaType type;
    try {
      type = MediaType.parseMediaType(attachment.contentType());
    } catch (IllegalArgumentException e) {
      type = MediaType.APPLICATION_OCTET_STREAM;
    }
    return ResponseEntity.ok()
        .contentType(type)
        .cacheControl(CacheControl.noStore())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(attachment.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(attachment.data());
  }
}
