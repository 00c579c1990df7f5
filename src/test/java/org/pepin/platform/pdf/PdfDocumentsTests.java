package org.pepin.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.WebSession;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Documents;
import org.pepin.platform.Letter;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.shared.PostalAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents as PDF/A-3b: the sample letter of Pépinières Clément checked by veraPDF, read back by
 * pdftotext, its fonts by PDFBox, its address block measured against the envelope window.
 */
@PepinIntegrationTest
class PdfDocumentsTests {

  static final String NNBSP = "\u202F";

  @Autowired Documents documents;
  @Autowired PlatformFixtures fixtures;
  @Autowired CompanyManagement companies;
  @Autowired TransactionTemplate transaction;
  @Autowired MockMvc mvc;

  static void save(String name, byte[] pdf) throws Exception {
    Files.createDirectories(Path.of("target", "pdf"));
    Files.write(Path.of("target", "pdf", name), pdf);
  }

  @Test
  void the_sample_letter_is_pdf_a_3b_and_reads_back_with_its_letterhead_and_addressee()
      throws Exception {
    byte[] pdf = documents.sampleLetter(fixtures.nursery(), Locale.FRENCH);
    save("sample-letter.pdf", pdf);

    assertThat(PdfChecks.pdfA3bFailures(pdf)).as("veraPDF, PDF/A-3b").isEmpty();
    assertThat(PdfChecks.pages(pdf)).isEqualTo(1);
    assertThat(PdfChecks.fonts(pdf))
        .isNotEmpty()
        .allSatisfy(
            (name, embedded) -> {
              assertThat(name).contains("DejaVuSans");
              assertThat(embedded).as("%s embedded", name).isTrue();
            });

    String text = PdfChecks.text(pdf);
    String flat = PdfChecks.normalised(text);
    assertThat(flat)
        .contains("Pépinières Clément")
        .contains("4 chemin des Grands Prés")
        .contains("SIREN 977 118 041 RCS Versailles")
        .contains("SAS au capital de 120 000,00 €")
        .contains("Siège social : 4 chemin des Grands Prés, 78490 Montfort-l'Amaury")
        .contains("FR70977118041")
        .contains("IBAN FR76 3000 4012 3400 0123 4567 862")
        .contains("BIC BNPAFRPPXXX")
        .contains("Page 1 / 1");
    assertThat(text)
        .contains("Hôtel du Parc SARL")
        .contains("À l'attention de Mme Élise Durand, directrice")
        .contains("1 avenue du Parc")
        .contains("78000 VERSAILLES")
        .contains("vérifié");
    assertThat(flat).contains("13 101,04 € TTC").contains("3 930,31 €");
    // French spaces: narrow no-break before ? ; !, no-break before : and inside « », amounts
    // with narrow no-break spaces (the glyphs drawn; pdftotext shows them as plain spaces).
    assertThat(PdfChecks.glyphText(pdf))
        .contains("question" + NNBSP + "?")
        .contains("ligne" + NNBSP + ";")
        .contains("Objet\u00A0:")
        .contains("«\u00A0Pépinières Clément\u00A0»")
        .contains("13" + NNBSP + "101,04\u00A0€");
  }

  @Test
  void the_address_block_sits_in_the_window_of_a_dl_envelope() throws Exception {
    byte[] pdf = documents.sampleLetter(fixtures.nursery(), Locale.FRENCH);
    // The address zone chosen in docs/pdf-and-messages.md: 110 to 195 mm from the left edge,
    // 45 to 80 mm from the top edge.
    for (String line :
        List.of(
            "Hôtel du Parc SARL", "À l'attention de Mme", "1 avenue du Parc", "78000 VERSAILLES")) {
      double[] at = PdfChecks.position(pdf, line);
      assertThat(at[0]).as("left of %s (mm)", line).isBetween(109.0, 112.0);
      assertThat(at[1]).as("baseline of %s (mm)", line).isBetween(45.0, 80.0);
      assertThat(at[2]).as("end of %s (mm)", line).isLessThanOrEqualTo(195.0);
    }
  }

  @Test
  void a_long_letter_numbers_its_pages_and_an_english_one_keeps_english_punctuation()
      throws Exception {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      paragraphs.add(
          "Paragraphe "
              + i
              + " : les haies de charmille et les lauriers du lot n° "
              + i
              + " seront plantés avant l'hiver ; l'arrosage reste à votre charge.");
    }
    var letter =
        new Letter(
            Letter.addressLines(
                "M. Hervé Colin",
                null,
                PostalAddress.france("9 rue de la Mare", null, "78490", "Bazoches-sur-Guyonne")),
            "Montfort-l'Amaury",
            LocalDate.of(2026, 11, 29),
            null,
            "Garantie de reprise",
            "Monsieur,",
            paragraphs,
            "Veuillez agréer, Monsieur, nos salutations distinguées.",
            "Paul Clément");
    byte[] pdf = documents.letter(fixtures.nursery(), letter, Locale.FRENCH);
    save("long-letter.pdf", pdf);
    int pages = PdfChecks.pages(pdf);
    assertThat(pages).isGreaterThanOrEqualTo(2);
    String text = PdfChecks.normalised(PdfChecks.text(pdf));
    assertThat(text).contains("Page 1 / " + pages).contains("Page " + pages + " / " + pages);
    assertThat(text).contains("78490 BAZOCHES-SUR-GUYONNE").contains("le 29 novembre 2026");
    assertThat(PdfChecks.pdfA3bFailures(pdf)).isEmpty();

    String english = PdfChecks.text(documents.sampleLetter(fixtures.nursery(), Locale.ENGLISH));
    assertThat(english)
        .contains("Any question?")
        .contains("Subject: Sample letter")
        .contains("Registered office: 4 chemin des Grands Prés");
  }

  @Test
  void a_logo_with_transparency_is_printed_and_the_pdf_stays_pdf_a() throws Exception {
    CompanyId company =
        transaction.execute(
            s -> companies.create(DemoCase.identity("Logo PDF SAS " + System.nanoTime()), false));
    var image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
    var graphics = image.createGraphics();
    graphics.setColor(new Color(47, 107, 60, 200));
    graphics.fillOval(0, 0, 40, 40);
    graphics.dispose();
    var png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    transaction.executeWithoutResult(s -> companies.replaceLogo(company, png.toByteArray()));

    byte[] pdf = documents.sampleLetter(company, Locale.FRENCH);
    save("sample-letter-logo.pdf", pdf);
    assertThat(PdfChecks.pdfA3bFailures(pdf)).isEmpty();
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var resources = document.getPage(0).getResources();
      assertThat(resources.getXObjectNames()).as("the logo image").isNotEmpty();
    }
  }

  @Test
  void a_template_name_cannot_leave_the_pdf_templates() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                documents.render(fixtures.nursery(), "../platform/login", Map.of(), Locale.FRENCH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void every_member_previews_the_letterhead_in_the_settings_and_through_the_api() throws Exception {
    var karim = WebSession.login(mvc, "karim");
    String settings = karim.perform(get("/settings/company")).getResponse().getContentAsString();
    assertThat(settings).contains("/settings/company/sample-letter.pdf").contains("Aperçu de l");

    var page = karim.perform(get("/settings/company/sample-letter.pdf")).getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentType()).isEqualTo("application/pdf");
    assertThat(new String(page.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    assertThat(PdfChecks.normalised(PdfChecks.text(page.getContentAsByteArray())))
        .contains("Pépinières Clément");

    var api =
        mvc.perform(get("/api/v1/company/sample-letter").with(fixtures.bearer("karim")))
            .andReturn()
            .getResponse();
    assertThat(api.getStatus()).isEqualTo(200);
    assertThat(api.getContentType()).isEqualTo("application/pdf");
    assertThat(new String(api.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
  }
}
