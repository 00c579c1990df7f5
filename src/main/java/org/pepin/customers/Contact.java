package org.pepin.customers;

import org.jspecify.annotations.Nullable;
import org.pepin.shared.EmailAddress;
import org.pepin.shared.InvalidValue;

/**
 * A person at a third party.
 *
 * @param civility M., Mme, or nothing
 * @param jobTitle their role at the customer (gérant, comptable, conducteur de travaux…)
 * @param receivesInvoices whether invoices are sent to them
 * @param receivesReminders whether payment reminders are sent to them
 */
public record Contact(
    @Nullable String civility,
    @Nullable String firstName,
    String lastName,
    @Nullable String jobTitle,
    @Nullable EmailAddress email,
    @Nullable String phone,
    @Nullable String mobile,
    ContactChannel preferredChannel,
    boolean receivesInvoices,
    boolean receivesReminders) {

  public Contact {
    civility = Texts.clean(civility);
    firstName = Texts.clean(firstName);
    lastName = Texts.clean(lastName);
    jobTitle = Texts.clean(jobTitle);
    phone = Texts.phone(phone);
    mobile = Texts.phone(mobile);
    if (lastName == null) {
      throw new InvalidValue("customer.contact.name-required", "a contact needs a last name");
    }
    Texts.limit(civility, "civility", 20);
    Texts.limit(firstName, "firstName", 100);
    Texts.limit(lastName, "lastName", 100);
    Texts.limit(jobTitle, "jobTitle", 100);
    if (preferredChannel == ContactChannel.EMAIL && email == null) {
      throw new InvalidValue(
          "customer.contact.email-required", "a contact reached by e-mail needs an address");
    }
    if ((receivesInvoices || receivesReminders) && email == null) {
      throw new InvalidValue(
          "customer.contact.email-required", "a contact who receives documents needs an e-mail");
    }
  }

  /** The name as written on a letter: « Thomas Girard ». */
  public String fullName() {
    return firstName == null ? lastName : firstName + " " + lastName;
  }
}
