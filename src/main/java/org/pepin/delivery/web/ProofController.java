package org.pepin.delivery.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.delivery.Deliveries;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryLine;
import org.pepin.delivery.DeliveryLineId;
import org.pepin.delivery.DeliveryView;
import org.pepin.delivery.note.DeliveryPhotos;
import org.pepin.delivery.note.ProofDraft;
import org.pepin.delivery.note.ProofOfDeliveryService;
import org.pepin.delivery.returns.ReturnService;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The proof of delivery screen ({@code /livraisons/{id}/reception}), made for the driver's phone:
 * the quantity received per line, the signer, remarks, reservations and photos taken with the
 * phone's camera, in one form; once recorded, the proof's summary with the photos' thumbnails (and
 * the form again, folded, to correct it while nothing was returned). Refusals show beside their
 * field in French; nothing is saved when any part is refused, photos included.
 */
@Controller
class ProofController {

  private final Deliveries deliveries;
  private final ProofOfDeliveryService proofs;
  private final DeliveryPhotos photos;
  private final ReturnService returns;
  private final CompanyClock clock;
  private final MessageSource messages;
  private final TransactionTemplate transaction;

  ProofController(
      Deliveries deliveries,
      ProofOfDeliveryService proofs,
      DeliveryPhotos photos,
      ReturnService returns,
      CompanyClock clock,
      MessageSource messages,
      TransactionTemplate transaction) {
    this.deliveries = deliveries;
    this.proofs = proofs;
    this.photos = photos;
    this.returns = returns;
    this.clock = clock;
    this.messages = messages;
    this.transaction = transaction;
  }

  /**
   * The proof form as typed: the texts of its fields, the received quantities by line id.
   *
   * @param received the quantities typed, by delivery line id (text as typed)
   */
  record ProofForm(
      String receivedOn,
      String signer,
      String remarks,
      boolean reservations,
      Map<String, String> received) {

    static ProofForm of(DeliveryView d, String today) {
      Map<String, String> received = new LinkedHashMap<>();
      for (DeliveryLine l : d.lines()) {
        Quantity q = l.received() != null ? l.received() : l.quantity();
        received.put(l.id().toString(), DeliveryPageController.text(q.value()));
      }
      return new ProofForm(
          d.receivedOn() != null ? d.receivedOn().toString() : today,
          d.signer() == null ? "" : d.signer(),
          d.remarks() == null ? "" : d.remarks(),
          d.reservations(),
          received);
    }

    static ProofForm from(DeliveryView d, Map<String, String> params) {
      Map<String, String> received = new LinkedHashMap<>();
      for (DeliveryLine l : d.lines()) {
        received.put(l.id().toString(), params.getOrDefault("received-" + l.id(), ""));
      }
      return new ProofForm(
          params.getOrDefault("receivedOn", ""),
          params.getOrDefault("signer", ""),
          params.getOrDefault("remarks", ""),
          params.containsKey("reservations"),
          received);
    }

    /** The value of a line's field. */
    public String line(DeliveryLine l) {
      return received.getOrDefault(l.id().toString(), "");
    }

    /** The draft; a refused field is named in the errors and its value left out. */
    @Nullable ProofDraft toDraft(DeliveryView d, Map<String, InvalidValue> errors) {
      java.time.LocalDate on = null;
      try {
        on = ProofReturnInputs.date(receivedOn);
      } catch (InvalidValue e) {
        errors.put("receivedOn", e);
      }
      Map<DeliveryLineId, Quantity> quantities = new HashMap<>();
      for (DeliveryLine l : d.lines()) {
        try {
          BigDecimal q = ProofReturnInputs.quantity(line(l));
          if (q != null) {
            quantities.put(l.id(), new Quantity(q));
          }
        } catch (InvalidValue e) {
          errors.put("line-" + l.id(), e);
        }
      }
      return on == null || !errors.isEmpty()
          ? null
          : new ProofDraft(on, signer, remarks, reservations, quantities);
    }
  }

  @GetMapping("/livraisons/{id}/reception")
  String page(CompanyId company, Member member, @PathVariable("id") DeliveryId id, Model model) {
    DeliveryView d = deliveries.get(company, id);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", ProofForm.of(d, clock.today(company).toString()));
    }
    return page(company, member, d, model);
  }

  @PostMapping("/livraisons/{id}/reception")
  String record(
      CompanyId company,
      Member member,
      @PathVariable("id") DeliveryId id,
      @RequestParam Map<String, String> params,
      @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> files,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    DeliveryView d = deliveries.get(company, id);
    ProofForm form = ProofForm.from(d, params);
    model.addAttribute("form", form);
    Map<String, InvalidValue> errors = new LinkedHashMap<>();
    ProofDraft draft = form.toDraft(d, errors);
    int version = version(params.get("version"), d);
    List<MultipartFile> uploads = new ArrayList<>();
    if (files != null) {
      files.stream().filter(f -> !f.isEmpty()).forEach(uploads::add);
    }
    if (draft != null) {
      try {
        List<byte[]> bytes = new ArrayList<>();
        for (MultipartFile f : uploads) {
          bytes.add(f.getBytes());
        }
        transaction.executeWithoutResult(
            status -> {
              proofs.record(company, id, version, draft);
              for (int i = 0; i < uploads.size(); i++) {
                try {
                  photos.add(company, id, uploads.get(i).getOriginalFilename(), bytes.get(i));
                } catch (InvalidValue e) {
                  throw new PhotoRefused(e, uploads.get(i).getOriginalFilename());
                }
              }
            });
        redirect.addFlashAttribute("toast", "toast.delivery-proof-recorded");
        return "redirect:/livraisons/" + id + "/reception";
      } catch (PhotoRefused e) {
        errors.put("photos", e.invalid);
        model.addAttribute("photoName", e.fileName);
      } catch (InvalidValue e) {
        errors.put(fieldOf(e.code()), e);
      }
    }
    model.addAttribute("errors", messagesOf(errors));
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return page(company, member, deliveries.get(company, id), model);
  }

  @PostMapping("/livraisons/{id}/photos")
  String upload(
      CompanyId company,
      @PathVariable("id") DeliveryId id,
      @RequestParam(name = "photo", required = false) @Nullable MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    deliveries.get(company, id);
    try {
      photos.add(
          company,
          id,
          file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes());
      redirect.addFlashAttribute("toast", "toast.delivery-photo-added");
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("toastError", "error." + e.code());
      if (e.args().length > 0) {
        redirect.addFlashAttribute("toastArgs", new Object[] {e.args()[0]});
      }
    }
    return "redirect:/livraisons/" + id + "/reception#proof-photos";
  }

  @GetMapping("/livraisons/{id}/photos/{photoId}")
  ResponseEntity<byte[]> image(
      CompanyId company, @PathVariable("id") DeliveryId id, @PathVariable("photoId") String photo) {
    return photos.image(company, id, ProofReturnInputs.photoId(photo)).response();
  }

  @PostMapping("/livraisons/{id}/photos/{photoId}/supprimer")
  String remove(
      CompanyId company,
      @PathVariable("id") DeliveryId id,
      @PathVariable("photoId") String photo,
      RedirectAttributes redirect) {
    photos.remove(company, id, ProofReturnInputs.photoId(photo));
    redirect.addFlashAttribute("toast", "toast.delivery-photo-removed");
    return "redirect:/livraisons/" + id + "/reception#proof-photos";
  }

  private String page(CompanyId company, Member member, DeliveryView d, Model model) {
    boolean act = ProofReturnRoutes.canAct(member);
    model.addAttribute("delivery", d);
    model.addAttribute("canRecord", act && proofs.canRecord(d));
    model.addAttribute("canAct", act && d.status().shipped());
    model.addAttribute("photos", photos.list(company, d.id()));
    model.addAttribute("maxPhotos", DeliveryPhotos.MAX_PHOTOS);
    model.addAttribute("returns", returns.ofDelivery(company, d.id()));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "delivery/reception";
  }

  private Map<String, String> messagesOf(Map<String, InvalidValue> errors) {
    Locale locale = LocaleContextHolder.getLocale();
    Map<String, String> texts = new LinkedHashMap<>();
    errors.forEach(
        (field, e) ->
            texts.put(field, messages.getMessage("error." + e.code(), e.args(), e.code(), locale)));
    return texts;
  }

  /** The field a refusal of the service belongs to. */
  static String fieldOf(String code) {
    if (code.startsWith("delivery.proof.date")) {
      return "receivedOn";
    }
    if (code.startsWith("delivery.proof.signer")) {
      return "signer";
    }
    if (code.startsWith("delivery.proof.remarks")) {
      return "remarks";
    }
    if (code.startsWith("delivery.proof.received") || code.endsWith("reservations-required")) {
      return "lines";
    }
    if (code.startsWith("delivery.photo")) {
      return "photos";
    }
    return "form";
  }

  private static int version(@Nullable String text, DeliveryView d) {
    try {
      return text == null ? d.version() : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A photo refused inside the proof's transaction (rolls the proof back). */
  static final class PhotoRefused extends RuntimeException {
    final InvalidValue invalid;
    final @Nullable String fileName;

    PhotoRefused(InvalidValue invalid, @Nullable String fileName) {
      super(invalid.getMessage(), null, false, false);
      this.invalid = invalid;
      this.fileName = fileName;
    }
  }
}
