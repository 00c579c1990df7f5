package org.pepin.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks of rendered PDFs with the tools a reader would trust: veraPDF (the reference PDF/A
 * validator; its foundry is initialised once per JVM), poppler's {@code pdftotext} for the text a
 * reader or a search engine extracts, and PDFBox for the embedded fonts.
 */
public final class PdfChecks {

  public static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfChecks() {}

  /** The veraPDF verdict for PDF/A-3b, with the failed rules if any. */
  public static List<String> pdfA3bFailures(byte[] pdf) {
    try (var parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
        var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failures = new ArrayList<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          failures.add(assertion.getRuleId() + " " + assertion.getMessage());
        }
      }
      if (!result.isCompliant() && failures.isEmpty()) {
        failures.add("not compliant");
      }
      return failures;
    } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
      return List.of("unreadable: " + e);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text as {@code pdftotext -layout} extracts it (skips when poppler is absent locally). */
  public static String text(byte[] pdf) throws IOException, InterruptedException {
    boolean required = Boolean.parseBoolean(System.getenv("PEPIN_REQUIRE_BROWSER"));
    if (!Files.isExecutable(PDFTOTEXT)) {
      assertThat(required).as("pdftotext (poppler-utils) is required in CI").isFalse();
      assumeTrue(false, "pdftotext is not installed");
    }
    Path file = Files.createTempFile("pepin-", ".pdf");
    try {
      Files.write(file, pdf);
      var process =
          new ProcessBuilder(PDFTOTEXT.toString(), "-layout", "-enc", "UTF-8", file.toString(), "-")
              .redirectErrorStream(true)
              .start();
      byte[] out = process.getInputStream().readAllBytes();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
      return new String(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The text as PDFBox reads the glyphs' Unicode values (pdftotext turns every kind of space into a
   * plain one; this keeps no-break and narrow no-break spaces).
   */
  public static String glyphText(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** Font names of every page → embedded or not. */
  public static Map<String, Boolean> fonts(byte[] pdf) throws IOException {
    Map<String, Boolean> fonts = new TreeMap<>();
    try (var document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        var resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          fonts.put(font.getName(), font.isEmbedded());
        }
      }
    }
    return fonts;
  }

  /**
   * Where {@code text} starts on the first page and where its line ends, in millimetres from the
   * top-left corner of the page: {x, y of the baseline, x of the line's end}.
   */
  public static double[] position(byte[] pdf, String text) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      List<double[]> found = new ArrayList<>();
      var stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> positions) {
              int at = line.indexOf(text);
              if (at >= 0 && found.isEmpty()) {
                TextPosition first = positions.get(at);
                TextPosition last = positions.get(positions.size() - 1);
                found.add(
                    new double[] {
                      mm(first.getXDirAdj()),
                      mm(first.getYDirAdj()),
                      mm(last.getXDirAdj() + last.getWidthDirAdj())
                    });
              }
            }
          };
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      stripper.getText(document);
      assertThat(found).as("text %s on the first page", text).isNotEmpty();
      return found.get(0);
    }
  }

  private static double mm(float points) {
    return points * 25.4 / 72;
  }

  public static int pages(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  /** Whitespace of every kind (no-break, narrow no-break) as one plain space. */
  public static String normalised(String text) {
    return text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
  }
}
