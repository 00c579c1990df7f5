package org.pepin.customers;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.PaymentTerms;
import org.pepin.shared.PostalAddress;
import org.pepin.shared.Siren;

/** Drafts of test customers with unique names, so that tests sharing the database never collide. */
final class CustomerTestData {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private CustomerTestData() {}

  /** A unique suffix for names and e-mails. */
  static String unique() {
    return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
  }

  /**
   * A code of its own (« H3-… »), so that test records neither use the company's numbering series
   * nor look like the demo's codes (C0001…) that other tests list.
   */
  static String code() {
    return "H3-" + unique().toUpperCase(java.util.Locale.ROOT);
  }

  /** A valid SIREN (Luhn key) of its own, so that no other test sees a look-alike. */
  static Siren siren() {
    var random = java.util.concurrent.ThreadLocalRandom.current();
    String base = "9" + String.format("%07d", random.nextInt(10_000_000));
    for (int key = 0; key <= 9; key++) {
      String candidate = base + key;
      if (luhn(candidate)) {
        return new Siren(candidate);
      }
    }
    throw new IllegalStateException("no Luhn key for " + base);
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  static Contact contact(String first, String last, @Nullable String email) {
    return new Contact(
        "M.",
        first,
        last,
        "Gérant",
        email == null ? null : new EmailAddress(email),
        "01 23 45 67 89",
        null,
        email == null ? ContactChannel.PHONE : ContactChannel.EMAIL,
        false,
        false);
  }

  static DeliveryAddress site(String label, String line1) {
    return new DeliveryAddress(
        label, PostalAddress.france(line1, null, "78490", "Montfort-l'Amaury"), null, "Portail");
  }

  static CustomerDraft business(
      String name,
      Siren siren,
      List<Contact> contacts,
      List<DeliveryAddress> sites,
      Set<String> categories,
      Set<String> tags) {
    return new CustomerDraft(
        code(),
        CustomerKind.BUSINESS,
        Set.of(PartyRole.CUSTOMER),
        name,
        null,
        null,
        null,
        "SARL",
        siren,
        null,
        null,
        null,
        PostalAddress.france("1 rue de l'Essai", null, "78000", "Versailles"),
        null,
        null,
        null,
        false,
        PaymentTerms.days(30),
        null,
        null,
        null,
        categories,
        tags,
        "fr",
        null,
        false,
        null,
        false,
        contacts,
        sites);
  }

  static CustomerDraft individual(String firstName, String lastName, String email) {
    return new CustomerDraft(
        code(),
        CustomerKind.INDIVIDUAL,
        Set.of(PartyRole.CUSTOMER),
        null,
        "Mme",
        firstName,
        lastName,
        null,
        null,
        null,
        null,
        null,
        PostalAddress.france("12 rue des Lilas", "Bâtiment B", "78490", "Méré"),
        new EmailAddress(email),
        "06 12 34 56 78",
        null,
        false,
        null,
        null,
        null,
        null,
        Set.of("Particuliers"),
        Set.of("haie", "jardin"),
        "fr",
        "Chien dans le jardin, sonner deux fois.",
        false,
        null,
        true,
        List.of(contact("Paul", lastName, null)),
        List.of(site("Résidence secondaire", "3 chemin des Vignes")));
  }
}
