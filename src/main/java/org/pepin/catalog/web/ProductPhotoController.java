package org.pepin.catalog.web;

import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.catalog.ProductId;
import org.pepin.catalog.product.ProductPhotoManagement;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ResourceNotFound;
import org.pepin.shared.InvalidValue;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The photos card of the product page: serves the images, uploads one, removes one, makes one the
 * main photo. Refusals come back to the product page as a French message.
 */
@Controller
@RequestMapping("/catalog/products/{id}/photos")
class ProductPhotoController {

  private final ProductPhotoManagement photos;

  ProductPhotoController(ProductPhotoManagement photos) {
    this.photos = photos;
  }

  @GetMapping("/{photoId}")
  ResponseEntity<byte[]> image(
      CompanyId company, @PathVariable("id") ProductId id, @PathVariable("photoId") String photo) {
    return photos.image(company, id, photoId(photo)).response();
  }

  @PostMapping
  String upload(
      CompanyId company,
      @PathVariable("id") ProductId id,
      @RequestParam(name = "photo", required = false) @Nullable MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    photos.list(company, id);
    try {
      photos.add(
          company,
          id,
          file == null ? null : file.getOriginalFilename(),
          file == null ? null : file.getBytes());
      redirect.addFlashAttribute("toast", "toast.product-photo-added");
    } catch (InvalidValue e) {
      redirect.addFlashAttribute("toastError", "error." + e.code());
    }
    return "redirect:/catalog/products/" + id + "#product-photos";
  }

  @PostMapping("/{photoId}/remove")
  String remove(
      CompanyId company,
      @PathVariable("id") ProductId id,
      @PathVariable("photoId") String photo,
      RedirectAttributes redirect) {
    photos.remove(company, id, photoId(photo));
    redirect.addFlashAttribute("toast", "toast.product-photo-removed");
    return "redirect:/catalog/products/" + id + "#product-photos";
  }

  @PostMapping("/{photoId}/main")
  String makeMain(
      CompanyId company,
      @PathVariable("id") ProductId id,
      @PathVariable("photoId") String photo,
      RedirectAttributes redirect) {
    photos.makeMain(company, id, photoId(photo));
    redirect.addFlashAttribute("toast", "toast.product-photo-main");
    return "redirect:/catalog/products/" + id + "#product-photos";
  }

  /** A photo id from the path; anything but a UUID is simply not found. */
  static UUID photoId(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new ResourceNotFound("product-photo", value);
    }
  }
}
