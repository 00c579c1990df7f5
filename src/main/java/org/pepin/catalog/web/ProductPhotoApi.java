package org.pepin.catalog.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.product.ProductPhoto;
import org.pepin.catalog.product.ProductPhotoManagement;
import org.pepin.platform.CompanyId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Product photos in the JSON API: list (metadata, main photo first), upload (multipart, field
 * {@code file}), bytes, removal. Refusals are problem documents with the French message.
 */
@RestController
@RequestMapping("/api/v1/products/{id}/photos")
class ProductPhotoApi {

  private final ProductPhotoManagement photos;

  ProductPhotoApi(ProductPhotoManagement photos) {
    this.photos = photos;
  }

  /** A photo's metadata; {@code url} gives its bytes. */
  record PhotoResponse(
      UUID id,
      int position,
      boolean main,
      String contentType,
      String fileName,
      int size,
      @Nullable Integer width,
      @Nullable Integer height,
      Instant createdAt,
      String url) {

    static PhotoResponse of(ProductPhoto p) {
      return new PhotoResponse(
          p.id(),
          p.position(),
          p.main(),
          p.contentType(),
          p.fileName(),
          p.size(),
          p.width(),
          p.height(),
          p.createdAt(),
          "/api/v1/products/" + p.productId() + "/photos/" + p.id());
    }
  }

  @GetMapping
  List<PhotoResponse> list(CompanyId company, @PathVariable("id") ProductId id) {
    return photos.list(company, id).stream().map(PhotoResponse::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  PhotoResponse upload(
      CompanyId company,
      @PathVariable("id") ProductId id,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file)
      throws IOException {
    photos.list(company, id);
    return PhotoResponse.of(
        photos.add(
            company,
            id,
            file == null ? null : file.getOriginalFilename(),
            file == null ? null : file.getBytes()));
  }

  @GetMapping("/{photoId}")
  ResponseEntity<byte[]> image(
      CompanyId company, @PathVariable("id") ProductId id, @PathVariable("photoId") String photo) {
    return photos.image(company, id, ProductPhotoController.photoId(photo)).response();
  }

  @DeleteMapping("/{photoId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(
      CompanyId company, @PathVariable("id") ProductId id, @PathVariable("photoId") String photo) {
    photos.remove(company, id, ProductPhotoController.photoId(photo));
  }
}
