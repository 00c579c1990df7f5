package org.pepin.invoicing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Factur-X checks with the Mustang validator (org.mustangproject:validator, test scope), in
 * process: PDF/A-3 by veraPDF, Factur-X XMP, XSD, the EN 16931 and Factur-X schematrons and the
 * French BR-FR Flux 2 schematron v1.3.0. Its French rules only warn, so {@link #problems} returns
 * the errors (and exceptions) AND the BR-FR warnings, so that a test can assert both are empty. The
 * validator takes ~4 s cold (schematron compilation, veraPDF start): one instance per JVM, used by
 * one thread at a time.
 */
public final class FacturXChecks {

  private static final ZUGFeRDValidator VALIDATOR = new ZUGFeRDValidator();

  private FacturXChecks() {}

  /** The validator's XML report on a Factur-X PDF or a CII XML. */
  public static String report(byte[] document, String fileName) {
    synchronized (VALIDATOR) {
      return VALIDATOR.validate(document, fileName);
    }
  }

  /**
   * The errors, exceptions and BR-FR warnings of the report, each as {@code severity [criterion]
   * message}; empty when the document passes with no French warning.
   */
  public static List<String> problems(byte[] document, String fileName) {
    return problems(report(document, fileName));
  }

  public static List<String> problems(String report) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var xml =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)));
      List<String> problems = new ArrayList<>();
      for (String tag : List.of("error", "exception", "warning")) {
        NodeList nodes = xml.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
          var item = (Element) nodes.item(i);
          String text = item.getTextContent().strip();
          String criterion = item.getAttribute("criterion");
          boolean french = text.contains("BR-FR") || criterion.contains("BR-FR");
          if (!tag.equals("warning") || french) {
            problems.add(tag + " [" + criterion + "] " + text);
          }
        }
      }
      var summary = xml.getElementsByTagName("summary");
      if (summary.getLength() > 0
          && !"valid".equals(((Element) summary.item(0)).getAttribute("status"))
          && problems.isEmpty()) {
        problems.add("summary: " + ((Element) summary.item(0)).getAttribute("status"));
      }
      return problems;
    } catch (Exception e) {
      throw new IllegalStateException("unreadable validation report: " + report, e);
    }
  }
}
