package org.pepin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pepin.WebSession;
import org.pepin.platform.messaging.MessagingFixtures;

/**
 * Secrets never reach the logs: after the whole suite has run (this test runs in the {@code
 * integration-test} phase, after surefire), the logs of every test class are scanned for the
 * passwords the suite used and for anything shaped like a personal access token.
 */
class LogSecretsIT {

  static final List<String> PASSWORDS =
      List.of(
          WebSession.DEMO_PASSWORD,
          Personas.PASSWORD,
          "un-long-mot-de-passe",
          "mot-de-passe-solide",
          "une phrase de passe assez longue",
          "mot-de-passe-api",
          "un-autre-mot-de-passe",
          MessagingFixtures.SMTP_PASSWORD,
          MessagingFixtures.MAILBOX_PASSWORD);

  static final Pattern TOKEN = Pattern.compile("pepin_[A-Za-z0-9_-]{43}");

  @Test
  void no_password_or_token_appears_in_the_logs_of_the_suite() throws IOException {
    Path reports = Path.of("target", "surefire-reports");
    List<Path> logs;
    try (Stream<Path> files = Files.list(reports)) {
      logs = files.filter(f -> f.getFileName().toString().endsWith("-output.txt")).toList();
    }
    assertThat(logs).as("logs of the integration tests").hasSizeGreaterThan(5);
    long bytes = 0;
    List<String> leaks = new ArrayList<>();
    for (Path log : logs) {
      String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      bytes += text.length();
      for (String password : PASSWORDS) {
        if (text.contains(password)) {
          leaks.add(log.getFileName() + ": a password");
        }
      }
      if (TOKEN.matcher(text).find()) {
        leaks.add(log.getFileName() + ": an access token");
      }
    }
    assertThat(bytes).as("the logs are not empty").isGreaterThan(100_000);
    assertThat(leaks).isEmpty();
  }
}
