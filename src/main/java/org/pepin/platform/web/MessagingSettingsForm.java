package org.pepin.platform.web;

import org.jspecify.annotations.Nullable;
import org.pepin.platform.Inputs;
import org.pepin.platform.messaging.MessagingSettingsService.Change;
import org.pepin.platform.messaging.MessagingSettingsService.SettingsView;
import org.pepin.platform.messaging.SmtpSecurity;
import org.pepin.platform.messaging.Transport;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;
import org.springframework.validation.Errors;

/**
 * The messaging settings as typed in the form or sent to the API. The password is write-only: blank
 * keeps the stored one, and it is never filled back into the form.
 */
record MessagingSettingsForm(
    @Nullable Integer version,
    @Nullable Transport transport,
    @Nullable String smtpHost,
    @Nullable String smtpPort,
    @Nullable String smtpUsername,
    @Nullable String smtpPassword,
    @Nullable SmtpSecurity smtpSecurity,
    @Nullable String senderAddress,
    @Nullable String senderName) {

  static MessagingSettingsForm of(SettingsView view) {
    return new MessagingSettingsForm(
        view.version(),
        view.transport(),
        view.smtpHost(),
        view.smtpPort() == null ? null : view.smtpPort().toString(),
        view.smtpUsername(),
        null,
        view.smtpSecurity(),
        view.senderAddress(),
        view.senderName());
  }

  /** The change, or {@code null} with the errors recorded field by field. */
  @Nullable Change toChange(Errors errors) {
    Integer port = Inputs.optional(errors, "smtpPort", smtpPort, MessagingSettingsForm::port);
    EmailAddress sender =
        Inputs.optional(errors, "senderAddress", senderAddress, EmailAddress::new);
    if (transport == null) {
      errors.rejectValue("transport", "error.required");
    }
    if (errors.hasErrors() || transport == null) {
      return null;
    }
    return new Change(
        transport,
        smtpHost,
        port,
        smtpUsername,
        smtpPassword,
        smtpSecurity == null ? SmtpSecurity.STARTTLS : smtpSecurity,
        sender,
        senderName);
  }

  /** The form field an error code of the settings is about. */
  static @Nullable String fieldOf(String code) {
    return switch (code) {
      case "messaging.host-required", "messaging.host-format" -> "smtpHost";
      case "messaging.port-required", "messaging.port-range" -> "smtpPort";
      case "messaging.sender-required" -> "senderAddress";
      default -> null;
    };
  }

  private static Integer port(String text) {
    try {
      int port = Integer.parseInt(text.strip());
      if (port < 1 || port > 65535) {
        throw new InvalidValue("messaging.port-range", "bad port", text);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new InvalidValue("messaging.port-range", "bad port", text);
    }
  }

  @Override
  public String toString() {
    return "MessagingSettingsForm[" + transport + ", " + smtpHost + ", password hidden]";
  }
}
