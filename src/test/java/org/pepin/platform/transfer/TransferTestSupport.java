package org.pepin.platform.transfer;

import java.util.Locale;
import java.util.Properties;
import org.springframework.context.support.StaticMessageSource;

/** The real message bundles without a Spring context, for the unit tests of this package. */
final class TransferTestSupport {

  private TransferTestSupport() {}

  static StaticMessageSource messages() {
    var source = new StaticMessageSource();
    source.setAlwaysUseMessageFormat(true);
    load(source, "messages.properties", Locale.FRENCH);
    load(source, "messages_en.properties", Locale.ENGLISH);
    return source;
  }

  private static void load(StaticMessageSource source, String file, Locale locale) {
    var properties = new Properties();
    try (var in = TransferTestSupport.class.getResourceAsStream("/i18n/" + file)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    properties
        .stringPropertyNames()
        .forEach(k -> source.addMessage(k, locale, properties.getProperty(k)));
  }
}
