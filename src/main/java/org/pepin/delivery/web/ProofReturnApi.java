package org.pepin.delivery.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.LotId;
import org.pepin.delivery.Deliveries;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryLineId;
import org.pepin.delivery.DeliveryView;
import org.pepin.delivery.ReturnDestination;
import org.pepin.delivery.ReturnId;
import org.pepin.delivery.note.DeliveryPhoto;
import org.pepin.delivery.note.DeliveryPhotos;
import org.pepin.delivery.note.ProofDraft;
import org.pepin.delivery.note.ProofOfDeliveryService;
import org.pepin.delivery.returns.ReturnDraft;
import org.pepin.delivery.returns.ReturnService;
import org.pepin.delivery.returns.ReturnView;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PageQuery.ApiPage;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of proofs of delivery, delivery photos and customer returns. Refusals are RFC 9457
 * problem documents with the French message; a delivery or return of another company is 404. {@code
 * Idempotency-Key} is accepted on the POSTs (the platform's filter replays the first answer).
 */
@RestController
class ProofReturnApi {

  static final int MAX_SIZE = 200;

  private final Deliveries deliveries;
  private final ProofOfDeliveryService proofs;
  private final DeliveryPhotos photos;
  private final ReturnService returns;
  private final ReturnController lists;

  ProofReturnApi(
      Deliveries deliveries,
      ProofOfDeliveryService proofs,
      DeliveryPhotos photos,
      ReturnService returns,
      ReturnController lists) {
    this.deliveries = deliveries;
    this.proofs = proofs;
    this.photos = photos;
    this.returns = returns;
    this.lists = lists;
  }

  // ---------------------------------------------------------------- proof

  /**
   * A proof of delivery.
   *
   * @param version the delivery's version read ({@code null}: the current one)
   * @param lines the quantities received by delivery line; lines not listed received what was
   *     delivered
   */
  record ProofRequest(
      @Nullable Integer version,
      @Nullable LocalDate receivedOn,
      @Nullable String signer,
      @Nullable String remarks,
      @Nullable Boolean reservations,
      @Nullable List<ReceivedLine> lines) {}

  record ReceivedLine(@Nullable UUID line, @Nullable BigDecimal received) {}

  record ProofResponse(
      UUID delivery,
      @Nullable String number,
      String status,
      int version,
      @Nullable LocalDate shippedOn,
      @Nullable LocalDate receivedOn,
      @Nullable String signer,
      @Nullable String remarks,
      boolean reservations,
      List<ProofLine> lines) {

    static ProofResponse of(DeliveryView d) {
      return new ProofResponse(
          d.id().value(),
          d.number(),
          d.status().name(),
          d.version(),
          d.shippedOn(),
          d.receivedOn(),
          d.signer(),
          d.remarks(),
          d.reservations(),
          d.lines().stream()
              .map(
                  l ->
                      new ProofLine(
                          l.id().value(),
                          l.productCode(),
                          l.designation(),
                          l.quantity().value(),
                          l.received() == null ? null : l.received().value(),
                          l.returned().value()))
              .toList());
    }
  }

  record ProofLine(
      UUID id,
      String productCode,
      String designation,
      BigDecimal delivered,
      @Nullable BigDecimal received,
      BigDecimal returned) {}

  @PostMapping("/api/v1/deliveries/{id}/proof")
  ProofResponse proof(
      CompanyId company, @PathVariable("id") DeliveryId id, @RequestBody ProofRequest body) {
    DeliveryView d = deliveries.get(company, id);
    if (body.receivedOn() == null) {
      throw new InvalidValue("delivery.proof.date-required", "receivedOn is required");
    }
    Map<DeliveryLineId, Quantity> received = new HashMap<>();
    if (body.lines() != null) {
      tooManyLines(body.lines().size(), d);
      for (ReceivedLine l : body.lines()) {
        if (l == null || l.line() == null || l.received() == null) {
          throw new InvalidValue("delivery.line-unknown", "line and received are required");
        }
        received.put(new DeliveryLineId(l.line()), new Quantity(l.received()));
      }
    }
    proofs.record(
        company,
        id,
        body.version() == null ? d.version() : body.version(),
        new ProofDraft(
            body.receivedOn(),
            body.signer(),
            body.remarks(),
            Boolean.TRUE.equals(body.reservations()),
            received));
    return ProofResponse.of(deliveries.get(company, id));
  }

  /** More lines than the delivery has: {@code delivery.input.too-many-lines}. */
  private static void tooManyLines(int count, DeliveryView d) {
    if (count > d.lines().size()) {
      throw new InvalidValue(
          "delivery.input.too-many-lines", "more lines than the delivery", d.lines().size());
    }
  }

  // ---------------------------------------------------------------- photos

  record PhotoResponse(
      UUID id, String contentType, String fileName, int size, Instant createdAt, String url) {

    static PhotoResponse of(DeliveryPhoto p) {
      return new PhotoResponse(
          p.id(),
          p.contentType(),
          p.fileName(),
          p.size(),
          p.createdAt(),
          "/api/v1/deliveries/" + p.delivery() + "/photos/" + p.id());
    }
  }

  @GetMapping("/api/v1/deliveries/{id}/photos")
  List<PhotoResponse> photos(CompanyId company, @PathVariable("id") DeliveryId id) {
    return photos.list(company, id).stream().map(PhotoResponse::of).toList();
  }

  @PostMapping("/api/v1/deliveries/{id}/photos")
  ResponseEntity<PhotoResponse> upload(
      CompanyId company,
      @PathVariable("id") DeliveryId id,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file)
      throws IOException {
    deliveries.get(company, id);
    PhotoResponse created =
        PhotoResponse.of(
            photos.add(
                company,
                id,
                file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes()));
    return ResponseEntity.created(URI.create(created.url())).body(created);
  }

  @GetMapping("/api/v1/deliveries/{id}/photos/{photoId}")
  ResponseEntity<byte[]> photo(
      CompanyId company, @PathVariable("id") DeliveryId id, @PathVariable("photoId") String photo) {
    return photos.image(company, id, ProofReturnInputs.photoId(photo)).response();
  }

  @DeleteMapping("/api/v1/deliveries/{id}/photos/{photoId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removePhoto(
      CompanyId company, @PathVariable("id") DeliveryId id, @PathVariable("photoId") String photo) {
    photos.remove(company, id, ProofReturnInputs.photoId(photo));
  }

  // ---------------------------------------------------------------- returns

  record ReturnRequest(
      @Nullable LocalDate returnedOn, @Nullable String reason, @Nullable List<ReturnLine> lines) {}

  /**
   * @param lot the lot's id, required when the delivery line took lots
   * @param destination {@code STOCK} or {@code LOSS}
   */
  record ReturnLine(
      @Nullable UUID line,
      @Nullable UUID lot,
      @Nullable BigDecimal quantity,
      @Nullable ReturnDestination destination) {}

  record ReturnResponse(
      UUID id,
      String number,
      UUID delivery,
      String deliveryNumber,
      UUID customer,
      String customerCode,
      String customerName,
      LocalDate returnedOn,
      String reason,
      Instant createdAt,
      List<ReturnLineResponse> lines) {

    static ReturnResponse of(ReturnView r) {
      return new ReturnResponse(
          r.id().value(),
          r.number(),
          r.delivery().value(),
          r.deliveryNumber(),
          r.customer().value(),
          r.customerCode(),
          r.customerName(),
          r.returnedOn(),
          r.reason(),
          r.createdAt(),
          r.lines().stream()
              .map(
                  l ->
                      new ReturnLineResponse(
                          l.id().value(),
                          l.deliveryLine().value(),
                          l.productCode(),
                          l.designation(),
                          l.lot() == null ? null : l.lot().value(),
                          l.lotNumber(),
                          l.quantity().value(),
                          l.destination().name(),
                          l.credited().value()))
              .toList());
    }
  }

  record ReturnLineResponse(
      UUID id,
      UUID deliveryLine,
      String productCode,
      String designation,
      @Nullable UUID lot,
      @Nullable String lotNumber,
      BigDecimal quantity,
      String destination,
      BigDecimal credited) {}

  @PostMapping("/api/v1/deliveries/{id}/returns")
  ResponseEntity<ReturnResponse> recordReturn(
      CompanyId company, @PathVariable("id") DeliveryId id, @RequestBody ReturnRequest body) {
    DeliveryView d = deliveries.get(company, id);
    if (body.lines() != null && body.lines().size() > ReturnController.rows(d).size()) {
      // a line per delivery line and lot it took, at most
      throw new InvalidValue(
          "delivery.input.too-many-lines",
          "more lines than the delivery",
          ReturnController.rows(d).size());
    }
    if (body.returnedOn() == null) {
      throw new InvalidValue("delivery.proof.date-required", "returnedOn is required");
    }
    List<ReturnDraft.Line> lines =
        body.lines() == null
            ? List.of()
            : body.lines().stream()
                .map(
                    l -> {
                      if (l == null || l.line() == null || l.quantity() == null) {
                        throw new InvalidValue(
                            "delivery.return.line-unknown", "line and quantity are required");
                      }
                      return new ReturnDraft.Line(
                          new DeliveryLineId(l.line()),
                          l.lot() == null ? null : new LotId(l.lot()),
                          new Quantity(l.quantity()),
                          l.destination() == null ? ReturnDestination.LOSS : l.destination());
                    })
                .toList();
    ReturnId created =
        returns.record(
            company,
            id,
            new ReturnDraft(body.returnedOn(), body.reason() == null ? "" : body.reason(), lines));
    return ResponseEntity.created(URI.create("/api/v1/returns/" + created))
        .body(ReturnResponse.of(returns.get(company, created)));
  }

  /**
   * The returns, newest first: {@code q} (numbers, customer, reason), {@code from}/{@code to}
   * (return date), {@code customer} (code), {@code destination} ({@code STOCK} or {@code LOSS}).
   */
  @GetMapping("/api/v1/returns")
  ApiPage<ReturnResponse> list(
      CompanyId company,
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "from", required = false) @Nullable String from,
      @RequestParam(name = "to", required = false) @Nullable String to,
      @RequestParam(name = "customer", required = false) @Nullable String customer,
      @RequestParam(name = "destination", required = false) @Nullable String destination,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      @RequestParam(name = "size", required = false) @Nullable Integer size) {
    Map<String, InvalidValue> errors = new LinkedHashMap<>();
    var filter =
        lists.filter(
            company, new ReturnController.ListParams(q, from, to, customer, destination), errors);
    if (!errors.isEmpty()) {
      throw errors.values().iterator().next();
    }
    int p = page == null || page < 0 ? 0 : page;
    int s = size == null || size < 1 ? 50 : Math.min(size, MAX_SIZE);
    List<ReturnView> all = returns.search(company, filter, 10_000);
    int start = (int) Math.min((long) p * s, all.size());
    int end = Math.min(start + s, all.size());
    return new ApiPage<>(
        all.subList(start, end).stream().map(ReturnResponse::of).toList(), p, s, all.size());
  }

  @GetMapping("/api/v1/returns/{id}")
  ReturnResponse get(CompanyId company, @PathVariable("id") ReturnId id) {
    return ReturnResponse.of(returns.get(company, id));
  }
}
