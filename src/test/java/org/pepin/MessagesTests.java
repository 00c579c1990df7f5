package org.pepin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * French first, English in sync: both bundles hold the same keys, every message key a template
 * names and every error code the code can raise has a text in both languages.
 */
class MessagesTests {

  static Properties load(String name) throws IOException {
    var properties = new Properties();
    try (InputStream in = MessagesTests.class.getResourceAsStream("/i18n/" + name)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void french_and_english_bundles_hold_the_same_keys() throws IOException {
    var french = load("messages.properties").stringPropertyNames();
    var english = load("messages_en.properties").stringPropertyNames();
    assertThat(new TreeSet<>(english)).as("keys").isEqualTo(new TreeSet<>(french));
  }

  @Test
  void no_message_is_empty_and_placeholders_match() throws IOException {
    var french = load("messages.properties");
    var english = load("messages_en.properties");
    var placeholder = Pattern.compile("\\{\\d}");
    for (String key : french.stringPropertyNames()) {
      assertThat(french.getProperty(key)).as(key).isNotBlank();
      assertThat(english.getProperty(key)).as(key).isNotBlank();
      assertThat(placeholders(placeholder, english.getProperty(key)))
          .as("placeholders of %s", key)
          .isEqualTo(placeholders(placeholder, french.getProperty(key)));
    }
  }

  @Test
  void every_static_key_of_the_templates_has_a_message() throws IOException {
    var keys = load("messages.properties").stringPropertyNames();
    var used =
        scan(
            Path.of("src/main/resources/templates"),
            ".html",
            Pattern.compile("#\\{([a-z][\\w.-]*)[}(]"));
    assertThat(used).isNotEmpty();
    assertThat(keys).containsAll(used);
  }

  @Test
  void every_error_code_raised_by_the_code_has_a_message() throws IOException {
    var keys = load("messages.properties").stringPropertyNames();
    var codes =
        scan(
            Path.of("src/main/java"),
            ".java",
            Pattern.compile("new InvalidValue\\(\\s*\"([a-z][\\w.-]*)\""));
    assertThat(codes).contains("siren.checksum", "user.last-admin");
    assertThat(keys).containsAll(codes.stream().map(c -> "error." + c).toList());
  }

  private static Set<String> scan(Path root, String suffix, Pattern pattern) throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        var matcher = pattern.matcher(Files.readString(file));
        while (matcher.find()) {
          found.add(matcher.group(1));
        }
      }
    }
    return found;
  }

  private static Set<String> placeholders(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    var matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
