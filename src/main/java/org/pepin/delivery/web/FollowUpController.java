package org.pepin.delivery.web;

import java.util.UUID;
import org.pepin.delivery.note.DeliveryFollowUp;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.ResourceNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Livraisons › Suivi: what to prepare today and this week, what is late, the backorders by product
 * and the notices of backorders, each with a button to mark it read.
 */
@Controller
class FollowUpController {

  private final DeliveryFollowUp followUp;

  FollowUpController(DeliveryFollowUp followUp) {
    this.followUp = followUp;
  }

  @GetMapping("/livraisons/suivi")
  String show(CompanyId company, Member member, Model model) {
    var overview = followUp.overview(company);
    model.addAttribute("f", overview);
    model.addAttribute(
        "todayRows",
        overview.toPrepare().stream().filter(p -> p.date().equals(overview.today())).toList());
    model.addAttribute(
        "weekRows",
        overview.toPrepare().stream().filter(p -> p.date().isAfter(overview.today())).toList());
    model.addAttribute("canAct", FollowUpRoutes.canAct(member));
    return "delivery/follow-up";
  }

  @PostMapping("/livraisons/suivi/avis/{id}/lu")
  String dismiss(CompanyId company, @PathVariable("id") String id, RedirectAttributes redirect) {
    followUp.dismiss(company, uuid(id));
    redirect.addFlashAttribute("toast", "toast.delivery.notice-dismissed");
    return "redirect:/livraisons/suivi#notices";
  }

  /** The id, or 404 when it is not one. */
  static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ResourceNotFound("delivery-notice", id);
    }
  }
}
