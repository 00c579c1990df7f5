package org.pepin.catalog.product;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
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
 * The photos of products: up to {@value #MAX_PHOTOS} JPEG, PNG or WebP images of at most 2 MB each
 * per product. The type is recognised from the file's first bytes (magic numbers), never from the
 * declared type or name; JPEG and PNG must also decode with {@code javax.imageio}, which gives
 * their width and height. Position 0 is the main photo. Every addition, removal and change of the
 * main photo is recorded in the product's history (field {@code photos}, the list of file names
 * before and after). Everything is scoped by the company: a product or photo of another company is
 * not found.
 */
@Service
@Transactional
public class ProductPhotoManagement {

  /** Photos a product may have. */
  public static final int MAX_PHOTOS = 5;

  /** Largest photo accepted, in bytes (2 MB). */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  static final String FIELD = "photos";

  /**
   * Decoding a small file that declares a huge image would exhaust memory: 40 megapixels at most.
   */
  private static final long MAX_PIXELS = 40_000_000L;

  private final ProductManagement products;
  private final JdbcClient jdbc;
  private final CompanyClock clock;
  private final ChangeHistory history;

  ProductPhotoManagement(
      ProductManagement products, JdbcClient jdbc, CompanyClock clock, ChangeHistory history) {
    this.products = products;
    this.jdbc = jdbc;
    this.clock = clock;
    this.history = history;
  }

  /**
   * Adds a photo after the product's others (it becomes the main photo if it is the first).
   *
   * @throws InvalidValue {@code product.photo-format} (not a JPEG, PNG or WebP image, or one that
   *     does not decode), {@code product.photo-too-large}, {@code product.photo-too-many}
   * @throws ResourceNotFound for a product of another company
   */
  public ProductPhoto add(
      CompanyId company, ProductId product, @Nullable String fileName, byte @Nullable [] data) {
    products.get(company, product);
    if (data == null || data.length == 0) {
      throw new InvalidValue("product.photo-format", "empty file");
    }
    if (data.length > MAX_BYTES) {
      throw new InvalidValue("product.photo-too-large", "photo above 2 MB: " + data.length);
    }
    String type = UploadedImages.type(data);
    if (type == null) {
      throw new InvalidValue("product.photo-format", "not a JPEG, PNG or WebP image");
    }
    int[] size = dimensions(type, data);
    List<ProductPhoto> before = list(company, product);
    if (before.size() >= MAX_PHOTOS) {
      throw new InvalidValue("product.photo-too-many", "already " + MAX_PHOTOS + " photos");
    }
    UUID id = UUID.randomUUID();
    int position = before.stream().mapToInt(ProductPhoto::position).max().orElse(-1) + 1;
    jdbc.sql(
            "INSERT INTO product_photo (id, company_id, product_id, position, content_type,"
                + " file_name, size, width, height, data, created_at) VALUES (:id, :company,"
                + " :product, :position, :type, :name, :size, :width, :height, :data, :at)")
        .param("id", id)
        .param("company", company.value())
        .param("product", product.value())
        .param("position", position)
        .param("type", type)
        .param("name", UploadedImages.fileName(fileName, type))
        .param("size", data.length)
        .param("width", size == null ? null : size[0])
        .param("height", size == null ? null : size[1])
        .param("data", data)
        .param("at", Timestamp.from(clock.now(company)))
        .update();
    recordChange(company, product, before);
    return get(company, product, id);
  }

  /** Removes a photo; the next one becomes the main photo if it was. */
  public void remove(CompanyId company, ProductId product, UUID photo) {
    List<ProductPhoto> before = list(company, product);
    get(company, product, photo);
    jdbc.sql(
            "DELETE FROM product_photo WHERE id = :id AND company_id = :company"
                + " AND product_id = :product")
        .param("id", photo)
        .param("company", company.value())
        .param("product", product.value())
        .update();
    renumber(company, product, list(company, product));
    recordChange(company, product, before);
  }

  /** Makes a photo the main one (first); the others keep their order. */
  public void makeMain(CompanyId company, ProductId product, UUID photo) {
    List<ProductPhoto> before = list(company, product);
    ProductPhoto chosen = get(company, product, photo);
    if (chosen.main()) {
      return;
    }
    List<ProductPhoto> order = new ArrayList<>();
    order.add(chosen);
    before.stream().filter(p -> !p.id().equals(photo)).forEach(order::add);
    renumber(company, product, order);
    recordChange(company, product, before);
  }

  /** The product's photos, main first. */
  @Transactional(readOnly = true)
  public List<ProductPhoto> list(CompanyId company, ProductId product) {
    products.get(company, product);
    return jdbc.sql(
            "SELECT id, product_id, position, content_type, file_name, size, width, height,"
                + " created_at FROM product_photo WHERE company_id = :company"
                + " AND product_id = :product ORDER BY position, created_at")
        .param("company", company.value())
        .param("product", product.value())
        .query(ProductPhotoManagement::photo)
        .list();
  }

  /** One photo's metadata. */
  @Transactional(readOnly = true)
  public ProductPhoto get(CompanyId company, ProductId product, UUID photo) {
    return jdbc.sql(
            "SELECT id, product_id, position, content_type, file_name, size, width, height,"
                + " created_at FROM product_photo WHERE id = :id AND company_id = :company"
                + " AND product_id = :product")
        .param("id", photo)
        .param("company", company.value())
        .param("product", product.value())
        .query(ProductPhotoManagement::photo)
        .optional()
        .orElseThrow(() -> new ResourceNotFound("product-photo", photo));
  }

  /** A photo's bytes with its content type. */
  @Transactional(readOnly = true)
  public UploadedImages.Image image(CompanyId company, ProductId product, UUID photo) {
    return jdbc.sql(
            "SELECT content_type, data FROM product_photo WHERE id = :id AND company_id = :company"
                + " AND product_id = :product")
        .param("id", photo)
        .param("company", company.value())
        .param("product", product.value())
        .query((rs, n) -> new UploadedImages.Image(rs.getString(1), rs.getBytes(2)))
        .optional()
        .orElseThrow(() -> new ResourceNotFound("product-photo", photo));
  }

  /** The main photo of each of the given products that has one (for the product list). */
  @Transactional(readOnly = true)
  public Map<UUID, UUID> mainPhotos(CompanyId company, Collection<UUID> productIds) {
    if (productIds.isEmpty()) {
      return Map.of();
    }
    Map<UUID, UUID> main = new HashMap<>();
    jdbc.sql(
            "SELECT product_id, id FROM product_photo WHERE company_id = :company"
                + " AND product_id IN (:products) ORDER BY position DESC, created_at DESC")
        .param("company", company.value())
        .param("products", List.copyOf(productIds))
        .query(
            rs -> {
              main.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
            });
    return main;
  }

  private void renumber(CompanyId company, ProductId product, List<ProductPhoto> order) {
    for (int i = 0; i < order.size(); i++) {
      jdbc.sql(
              "UPDATE product_photo SET position = :position WHERE id = :id"
                  + " AND company_id = :company")
          .param("position", i)
          .param("id", order.get(i).id())
          .param("company", company.value())
          .update();
    }
  }

  private void recordChange(CompanyId company, ProductId product, List<ProductPhoto> before) {
    String old = names(before);
    String now = names(list(company, product));
    if (!old.equals(now)) {
      history.record(
          company,
          ProductManagement.ENTITY,
          product,
          List.of(
              new FieldChange(
                  FIELD, old.isEmpty() ? null : old, now.isEmpty() ? null : now, null)));
    }
  }

  private static String names(List<ProductPhoto> photos) {
    return photos.stream().map(ProductPhoto::fileName).collect(Collectors.joining(", "));
  }

  private static ProductPhoto photo(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new ProductPhoto(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getInt(3),
        rs.getString(4),
        rs.getString(5),
        rs.getInt(6),
        (Integer) rs.getObject(7, Integer.class),
        (Integer) rs.getObject(8, Integer.class),
        rs.getTimestamp(9).toInstant());
  }

  /** Width and height of a JPEG or PNG that decodes (null for WebP, checked by its magic only). */
  private static int @Nullable [] dimensions(String type, byte[] data) {
    if (type.equals("image/webp")) {
      return null;
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      var readers = ImageIO.getImageReaders(in);
      if (in == null || !readers.hasNext()) {
        throw new InvalidValue("product.photo-format", "no reader for the image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels <= 0 || pixels > MAX_PIXELS) {
          throw new InvalidValue("product.photo-format", "image dimensions refused: " + pixels);
        }
        var image = reader.read(0);
        return new int[] {image.getWidth(), image.getHeight()};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidValue invalid) {
        throw invalid;
      }
      throw new InvalidValue("product.photo-format", "image does not decode");
    }
  }
}
