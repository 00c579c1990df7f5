package org.pepin.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Documents;
import org.pepin.platform.company.CompanyManagement;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders PDF templates with openhtmltopdf (LGPL-2.1+) into PDF/A-3b (ISO 19005-3, level B): every
 * font embedded as a subset (DejaVu Sans, shipped in {@code fonts/}), an sRGB output intent ({@code
 * color/sRGB.icc}), XMP metadata. Templates are XHTML processed by Thymeleaf in XML mode; the
 * result is parsed without DTDs nor external entities, French spaces are applied to its text (for
 * French documents), and no external resource is fetched while rendering: images come as {@code
 * data:} URIs (the logo) and styles are inline.
 */
@Service
class PdfDocuments implements Documents {

  private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(?:[/-][a-z0-9]+)*");

  static final String FONT_FAMILY = "DejaVu Sans";

  private final CompanyManagement companies;
  private final CompanyClock clock;
  private final MessageSource messages;
  private final SpringTemplateEngine engine;
  private final byte[] regular;
  private final byte[] bold;
  private final byte[] oblique;
  private final byte[] colorProfile;

  PdfDocuments(CompanyManagement companies, CompanyClock clock, MessageSource messages) {
    this.companies = companies;
    this.clock = clock;
    this.messages = messages;
    this.engine = templateEngine(messages);
    this.regular = resource("fonts/DejaVuSans.ttf");
    this.bold = resource("fonts/DejaVuSans-Bold.ttf");
    this.oblique = resource("fonts/DejaVuSans-Oblique.ttf");
    this.colorProfile = resource("color/sRGB.icc");
  }

  @Override
  public byte[] render(CompanyId company, String template, Map<String, ?> model, Locale locale) {
    if (!TEMPLATE_NAME.matcher(template).matches()) {
      throw new IllegalArgumentException("bad template name: " + template);
    }
    if (model.containsKey("company") || model.containsKey("fmt")) {
      throw new IllegalArgumentException("'company' and 'fmt' are reserved template variables");
    }
    var identity = companies.identity(company);
    var context = new Context(locale);
    context.setVariables(new HashMap<>(model));
    context.setVariable(
        "company", Letterhead.of(identity, companies.logo(company).orElse(null), locale));
    context.setVariable("fmt", new PdfFormats(locale));
    String xhtml = engine.process("pdf/" + template, context);
    Document document = parse(xhtml);
    if (locale.getLanguage().equals(Locale.FRENCH.getLanguage())) {
      FrenchTypography.apply(document.getDocumentElement());
    }
    return pdf(document);
  }

  @Override
  public byte[] sampleLetter(CompanyId company, Locale locale) {
    return letter(
        company,
        SampleLetter.of(companies.identity(company), clock.today(company), messages, locale),
        locale);
  }

  private byte[] pdf(Document document) {
    var out = new ByteArrayOutputStream();
    try (var pdf = new PDDocument()) {
      var builder = new PdfRendererBuilder();
      builder.usePDDocument(pdf);
      builder.useFastMode();
      builder.usePdfAConformance(PdfAConformance.PDFA_3_B);
      builder.useColorProfile(colorProfile);
      builder.useFont(font(pdf, regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(font(pdf, bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
      builder.useFont(font(pdf, oblique), FONT_FAMILY, 400, FontStyle.ITALIC, true);
      builder.useExternalResourceAccessControl(
          (uri, type) -> uri != null && uri.startsWith("data:"),
          ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          (uri, type) -> uri != null && uri.startsWith("data:"),
          ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withProducer("Pépin");
      builder.withW3cDocument(document, "about:blank");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * An embedded, subset font without glyph substitutions: PDFBox would otherwise draw "fi" with the
   * font's ligature glyph, which text extraction and search read back as U+FB01 instead of "fi".
   */
  private static PDFontSupplier font(PDDocument pdf, byte[] data) throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
    ttf.setEnableGsub(false);
    return new PDFontSupplier(PDType0Font.load(pdf, ttf, true));
  }

  /** XHTML to DOM, refusing DTDs and external entities (no XXE from any data in a document). */
  static Document parse(String xhtml) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("the PDF template does not produce well-formed XHTML", e);
    }
  }

  private static SpringTemplateEngine templateEngine(MessageSource messages) {
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    var engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setTemplateEngineMessageSource(messages);
    return engine;
  }

  private static byte[] resource(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("missing resource " + path, e);
    }
  }
}
