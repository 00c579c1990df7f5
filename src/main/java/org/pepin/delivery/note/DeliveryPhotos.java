package org.pepin.delivery.note;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pepin.delivery.DeliveryId;
import org.pepin.delivery.DeliveryView;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.FieldChange;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.UploadedImages;
import org.pepin.shared.InvalidValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos of a delivery (the unloaded goods, damaged plants), taken with the proof of delivery:
 * up to {@value #MAX_PHOTOS} JPEG, PNG or WebP images of at most 5 MB each, for a delivery that
 * left (shipped or delivered). The type is recognised from the file's first bytes (magic numbers),
 * never from the declared type or name. Additions and removals are in the delivery's history (field
 * {@code photos}). A delivery or photo of another company is not found.
 */
@Service
@Transactional
public class DeliveryPhotos {

  /** Photos a delivery may have. */
  public static final int MAX_PHOTOS = 10;

  /** Largest photo accepted, in bytes (5 MB). */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private final DeliveryStore store;
  private final JdbcClient jdbc;
  private final CompanyClock clock;
  private final ChangeHistory history;

  DeliveryPhotos(DeliveryStore store, JdbcClient jdbc, CompanyClock clock, ChangeHistory history) {
    this.store = store;
    this.jdbc = jdbc;
    this.clock = clock;
    this.history = history;
  }

  /**
   * Checks a file before it is added (so that a form can refuse it before saving anything else).
   *
   * @throws InvalidValue {@code delivery.photo-format}, {@code delivery.photo-too-large}
   */
  public static String check(byte @Nullable [] data) {
    if (data == null || data.length == 0) {
      throw new InvalidValue("delivery.photo-format", "empty file");
    }
    if (data.length > MAX_BYTES) {
      throw new InvalidValue("delivery.photo-too-large", "photo above 5 MB: " + data.length);
    }
    String type = UploadedImages.type(data);
    if (type == null) {
      throw new InvalidValue("delivery.photo-format", "not a JPEG, PNG or WebP image");
    }
    return type;
  }

  /**
   * Adds a photo to a shipped or delivered delivery.
   *
   * @throws InvalidValue {@code delivery.photo-format}, {@code delivery.photo-too-large}, {@code
   *     delivery.photo-too-many (max)}, {@code delivery.photo-not-shipped}
   * @throws ResourceNotFound for a delivery of another company
   */
  public DeliveryPhoto add(
      CompanyId company, DeliveryId delivery, @Nullable String fileName, byte @Nullable [] data) {
    DeliveryView d = store.lock(company, delivery);
    if (!d.status().shipped()) {
      throw new InvalidValue("delivery.photo-not-shipped", "the delivery has not left");
    }
    String type = check(data);
    List<DeliveryPhoto> before = list(company, delivery);
    if (before.size() >= MAX_PHOTOS) {
      throw new InvalidValue("delivery.photo-too-many", "already " + MAX_PHOTOS, MAX_PHOTOS);
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO delivery_photo (id, company_id, delivery_id, content_type, file_name,"
                + " size, data, created_at) VALUES (:id, :company, :delivery, :type, :name, :size,"
                + " :data, :at)")
        .param("id", id)
        .param("company", company.value())
        .param("delivery", delivery.value())
        .param("type", type)
        .param("name", UploadedImages.fileName(fileName, type))
        .param("size", data.length)
        .param("data", data)
        .param("at", Timestamp.from(clock.now(company)))
        .update();
    recordChange(company, delivery, before);
    return get(company, delivery, id);
  }

  /** Removes a photo. */
  public void remove(CompanyId company, DeliveryId delivery, UUID photo) {
    store.lock(company, delivery);
    List<DeliveryPhoto> before = list(company, delivery);
    get(company, delivery, photo);
    jdbc.sql(
            "DELETE FROM delivery_photo WHERE id = :id AND company_id = :company"
                + " AND delivery_id = :delivery")
        .param("id", photo)
        .param("company", company.value())
        .param("delivery", delivery.value())
        .update();
    recordChange(company, delivery, before);
  }

  /** The delivery's photos, oldest first. */
  @Transactional(readOnly = true)
  public List<DeliveryPhoto> list(CompanyId company, DeliveryId delivery) {
    store
        .find(company, delivery, false)
        .orElseThrow(() -> new ResourceNotFound("delivery", delivery));
    return jdbc.sql(
            "SELECT id, delivery_id, content_type, file_name, size, created_at FROM delivery_photo"
                + " WHERE company_id = :company AND delivery_id = :delivery ORDER BY created_at, id")
        .param("company", company.value())
        .param("delivery", delivery.value())
        .query(DeliveryPhotos::photo)
        .list();
  }

  /** One photo's metadata. */
  @Transactional(readOnly = true)
  public DeliveryPhoto get(CompanyId company, DeliveryId delivery, UUID photo) {
    return jdbc.sql(
            "SELECT id, delivery_id, content_type, file_name, size, created_at FROM delivery_photo"
                + " WHERE id = :id AND company_id = :company AND delivery_id = :delivery")
        .param("id", photo)
        .param("company", company.value())
        .param("delivery", delivery.value())
        .query(DeliveryPhotos::photo)
        .optional()
        .orElseThrow(() -> new ResourceNotFound("delivery-photo", photo));
  }

  /** A photo's bytes with its content type. */
  @Transactional(readOnly = true)
  public UploadedImages.Image image(CompanyId company, DeliveryId delivery, UUID photo) {
    return jdbc.sql(
            "SELECT content_type, data FROM delivery_photo WHERE id = :id AND company_id ="
                + " :company AND delivery_id = :delivery")
        .param("id", photo)
        .param("company", company.value())
        .param("delivery", delivery.value())
        .query((rs, n) -> new UploadedImages.Image(rs.getString(1), rs.getBytes(2)))
        .optional()
        .orElseThrow(() -> new ResourceNotFound("delivery-photo", photo));
  }

  private void recordChange(CompanyId company, DeliveryId delivery, List<DeliveryPhoto> before) {
    String old = names(before);
    String now = names(list(company, delivery));
    if (!old.equals(now)) {
      history.record(
          company,
          DeliveryService.ENTITY,
          delivery,
          List.of(
              new FieldChange(
                  "photos", old.isEmpty() ? null : old, now.isEmpty() ? null : now, null)));
    }
  }

  private static String names(List<DeliveryPhoto> photos) {
    return photos.stream().map(DeliveryPhoto::fileName).collect(Collectors.joining(", "));
  }

  private static DeliveryPhoto photo(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new DeliveryPhoto(
        rs.getObject(1, UUID.class),
        new DeliveryId(rs.getObject(2, UUID.class)),
        rs.getString(3),
        rs.getString(4),
        rs.getInt(5),
        rs.getTimestamp(6).toInstant());
  }
}
