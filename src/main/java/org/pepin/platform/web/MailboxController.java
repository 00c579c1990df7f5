package org.pepin.platform.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.MessageId;
import org.pepin.platform.messaging.OutboxService;
import org.pepin.platform.messaging.OutboxService.Filter;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The in-app mailbox ("Messagerie"): the messages the company sent without SMTP (demo companies,
 * companies that did not configure a server), as their recipients would read them, with their
 * attachments. Every member of the company reads it.
 */
@Controller
@RequestMapping("/mailbox")
class MailboxController {

  private final OutboxService outbox;

  MailboxController(OutboxService outbox) {
    this.outbox = outbox;
  }

  @GetMapping
  String list(
      CompanyId company,
      @RequestParam(name = "q", required = false) @Nullable String text,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    var filter = Filter.mailbox(text == null || text.isBlank() ? null : text.strip());
    long total = outbox.count(company, filter);
    int size = OutboxController.PAGE_SIZE;
    int pages = (int) Math.max(1, (total + size - 1) / size);
    int current = Math.min(Math.max(page, 0), pages - 1);
    model.addAttribute("messages", outbox.search(company, filter, current * size, size));
    model.addAttribute("filter", filter);
    model.addAttribute("total", total);
    model.addAttribute("page", current);
    model.addAttribute("pages", pages);
    return "platform/mailbox";
  }

  @GetMapping("/{id}")
  String show(CompanyId company, @PathVariable("id") MessageId id, Model model) {
    model.addAttribute("message", outbox.view(company, id, true));
    model.addAttribute("mailbox", true);
    return "platform/message";
  }

  @GetMapping("/{id}/attachments/{attachment}")
  ResponseEntity<byte[]> attachment(
      CompanyId company,
      @PathVariable("id") MessageId id,
      @PathVariable("attachment") UUID attachment) {
    return OutboxController.download(outbox.attachment(company, id, attachment, true));
  }
}
