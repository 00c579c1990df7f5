package org.pepin.delivery.note;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryLine;
import org.pepin.delivery.DeliveryLineId;
import org.pepin.delivery.DeliveryStatus;
import org.pepin.delivery.DeliveryView;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ConcurrentModification;
import org.pepin.platform.FieldChange;
import org.pepin.shared.InvalidValue;
import org.pepin.shared.Quantity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proof of delivery (preuve de livraison) of a shipped delivery: the day received, who signed,
 * their remarks and reservations (réserves), and the quantity received per line (what was delivered
 * unless told otherwise). Receiving less than delivered needs reservations, and reservations need
 * remarks saying what they are. The delivery becomes {@link DeliveryStatus#DELIVERED}; its history
 * records it (action {@code received}). A recorded proof may be corrected as long as nothing was
 * returned (action {@code proof-corrected}).
 */
@Service
@Transactional
public class ProofOfDeliveryService {

  static final int MAX_SIGNER = 100;
  static final int MAX_REMARKS = 2000;
  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DeliveryStore store;
  private final CompanyClock clock;
  private final ChangeHistory history;

  ProofOfDeliveryService(DeliveryStore store, CompanyClock clock, ChangeHistory history) {
    this.store = store;
    this.clock = clock;
    this.history = history;
  }

  /** Whether the proof of the delivery may be recorded (or corrected) now. */
  @Transactional(readOnly = true)
  public boolean canRecord(DeliveryView d) {
    return d.status() == DeliveryStatus.SHIPPED
        || (d.status() == DeliveryStatus.DELIVERED && !returned(d));
  }

  /**
   * Records (or corrects) the proof of delivery.
   *
   * @throws org.pepin.platform.ResourceNotFound unless the delivery belongs to the company
   * @throws ConcurrentModification if someone changed it since {@code version}
   * @throws InvalidValue {@code delivery.proof.not-shipped (status)}, {@code
   *     delivery.proof.returned}, {@code delivery.proof.date-future}, {@code
   *     delivery.proof.date-before-shipped (date)}, {@code delivery.proof.signer-required}, {@code
   *     delivery.proof.signer-length (max)}, {@code delivery.proof.remarks-length (max)}, {@code
   *     delivery.proof.remarks-required}, {@code delivery.line-unknown}, {@code
   *     delivery.proof.received-negative (code)}, {@code delivery.proof.received-too-much (code,
   *     delivered)}, {@code delivery.proof.reservations-required (code, received, delivered)}
   */
  public void record(CompanyId company, DeliveryId id, int version, ProofDraft proof) {
    DeliveryView before = store.lock(company, id);
    if (before.version() != version) {
      throw new ConcurrentModification("delivery", id);
    }
    boolean correction = before.status() == DeliveryStatus.DELIVERED;
    if (!before.status().shipped()) {
      throw new InvalidValue(
          "delivery.proof.not-shipped", "delivery is " + before.status(), before.status().name());
    }
    if (correction && returned(before)) {
      throw new InvalidValue("delivery.proof.returned", "goods were returned since");
    }
    LocalDate today = clock.today(company);
    if (proof.receivedOn().isAfter(today)) {
      throw new InvalidValue("delivery.proof.date-future", "received in the future");
    }
    if (before.shippedOn() != null && proof.receivedOn().isBefore(before.shippedOn())) {
      throw new InvalidValue(
          "delivery.proof.date-before-shipped",
          "received before it left",
          before.shippedOn().format(FRENCH));
    }
    if (proof.signer() == null) {
      throw new InvalidValue("delivery.proof.signer-required", "name who signed");
    }
    if (proof.signer().length() > MAX_SIGNER) {
      throw new InvalidValue("delivery.proof.signer-length", "signer too long", MAX_SIGNER);
    }
    if (proof.remarks() != null && proof.remarks().length() > MAX_REMARKS) {
      throw new InvalidValue("delivery.proof.remarks-length", "remarks too long", MAX_REMARKS);
    }
    if (proof.reservations() && proof.remarks() == null) {
      throw new InvalidValue("delivery.proof.remarks-required", "say what the reservations are");
    }
    for (DeliveryLineId line : proof.received().keySet()) {
      if (before.lines().stream().noneMatch(l -> l.id().equals(line))) {
        throw new InvalidValue("delivery.line-unknown", "not a line of the delivery");
      }
    }
    List<Quantity> received = new ArrayList<>();
    for (DeliveryLine l : before.lines()) {
      Quantity q = proof.received().getOrDefault(l.id(), l.quantity());
      BigDecimal value = q.value();
      if (value.signum() < 0) {
        throw new InvalidValue(
            "delivery.proof.received-negative", "negative received", l.productCode());
      }
      if (value.compareTo(l.quantity().value()) > 0) {
        throw new InvalidValue(
            "delivery.proof.received-too-much",
            "more received than delivered",
            l.productCode(),
            plain(l.quantity().value()));
      }
      if (value.compareTo(l.quantity().value()) < 0 && !proof.reservations()) {
        throw new InvalidValue(
            "delivery.proof.reservations-required",
            "less received than delivered without reservations",
            l.productCode(),
            plain(value),
            plain(l.quantity().value()));
      }
      received.add(q);
    }
    DeliveryView after =
        new DeliveryView(
            before.id(),
            before.version(),
            before.number(),
            DeliveryStatus.DELIVERED,
            before.customer(),
            before.customerCode(),
            before.customerName(),
            before.professional(),
            before.addressLabel(),
            before.address(),
            before.accessNotes(),
            before.plannedOn(),
            before.transport(),
            before.carrier(),
            before.roundName(),
            before.notes(),
            before.shippedOn(),
            before.backorderExpectedOn(),
            proof.receivedOn(),
            proof.signer(),
            proof.remarks(),
            proof.reservations(),
            before.cancelReason(),
            before.lines(),
            before.createdAt(),
            clock.now(company));
    store.update(company, after, false);
    List<FieldChange> changes = new ArrayList<>();
    if (!correction) {
      changes.add(
          new FieldChange(
              "status",
              before.status().name(),
              DeliveryStatus.DELIVERED.name(),
              "deliveryStatus."));
    }
    add(changes, "receivedOn", before.receivedOn(), proof.receivedOn());
    add(changes, "signer", before.signer(), proof.signer());
    add(changes, "remarks", before.remarks(), proof.remarks());
    add(changes, "reservations", correction ? before.reservations() : null, proof.reservations());
    for (int i = 0; i < before.lines().size(); i++) {
      DeliveryLine l = before.lines().get(i);
      Quantity q = received.get(i);
      store.setReceived(company, l.id(), q);
      add(
          changes,
          "received",
          l.received() == null ? null : l.productCode() + " × " + plain(l.received().value()),
          l.productCode() + " × " + plain(q.value()));
    }
    history.record(
        company,
        DeliveryService.ENTITY,
        id,
        correction ? "proof-corrected" : "received",
        null,
        changes);
  }

  private static boolean returned(DeliveryView d) {
    return d.lines().stream().anyMatch(l -> l.returned().value().signum() > 0);
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static void add(
      List<FieldChange> changes, String field, @Nullable Object before, @Nullable Object after) {
    String b = before == null ? null : before.toString();
    String a = after == null ? null : after.toString();
    if (!Objects.equals(b, a)) {
      changes.add(new FieldChange(field, b, a, null));
    }
  }
}
