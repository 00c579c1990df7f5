package org.pepin.customers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.customers.ContactChannel;
import org.pepin.customers.CustomerFilter;
import org.pepin.customers.CustomerId;
import org.pepin.customers.CustomerStatus;
import org.pepin.customers.CustomerView;
import org.pepin.customers.InsolvencyStatus;
import org.pepin.customers.PartyRole;
import org.pepin.customers.PaymentMethod;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.file.CustomerSearch;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The customer screens through MockMvc with real sessions: the list with its search, filters,
 * sorting and export links; the new-customer form refusing bad identifiers next to their fields and
 * saving nothing; creation with contacts and sites; duplicate warning; edit; archive, restore,
 * delete; insolvency; who may do what; and tenant isolation. Every record changed is created by the
 * test (unique names) and deleted at the end, so the demo stays as it is.
 */
@PepinIntegrationTest
class CustomerWebTests {

  @Autowired MockMvc mvc;
  @Autowired CustomerManagement customers;
  @Autowired CustomerSearch search;
  @Autowired PlatformFixtures fixtures;
  @Autowired UserManagement users;
  @Autowired TransactionTemplate transaction;
  @Autowired org.pepin.platform.company.CompanyManagement companies;

  // ---------------------------------------------------------------- helpers

  private static String body(MvcResult result) {
    try {
      return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of the element with this id (first text node), unescaped; null if absent. */
  static @Nullable String textOf(String html, String id) {
    var m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>\\s*([^<]*)").matcher(html);
    return m.find() ? spaces(HtmlUtils.htmlUnescape(m.group(1))).strip() : null;
  }

  /** The value attribute of the input with this id, unescaped; null if absent. */
  static @Nullable String valueOf(String html, String id) {
    var m = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
    if (!m.find()) {
      return null;
    }
    var v = Pattern.compile("value=\"([^\"]*)\"").matcher(m.group());
    return v.find() ? HtmlUtils.htmlUnescape(v.group(1)) : "";
  }

  /** The visible text of a page, tags removed, no-break spaces as plain spaces. */
  private static String text(String html) {
    return spaces(HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")));
  }

  /** French formats use no-break spaces (1 234,56 €); the assertions use plain ones. */
  private static String spaces(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
  }

  private CustomerView demo(String code) {
    return customers.findByCode(fixtures.nursery(), code).orElseThrow();
  }

  private List<CustomerView> named(String name) {
    var page = PageQuery.of(0, 50, null, List.of("name"), "name");
    return search
        .search(
            fixtures.nursery(),
            new CustomerFilter(
                name, null, null, null, null, null, CustomerFilter.StatusFilter.ALL, null, false),
            page)
        .content()
        .stream()
        .map(r -> customers.get(fixtures.nursery(), r.id()))
        .toList();
  }

  /** A valid new business with one contact and one delivery site. */
  private static MockHttpServletRequestBuilder newBusiness(String name) {
    return business("/customers", name);
  }

  /**
   * The same business posted to {@code path} (the edit form's action), with some fields replaced
   * ({@code field, value, field, value…}).
   */
  private static MockHttpServletRequestBuilder business(
      String path, String name, String... overrides) {
    var fields = new java.util.LinkedHashMap<String, String>();
    fields.put("kind", "BUSINESS");
    fields.put("roles", "CUSTOMER");
    fields.put("name", name);
    fields.put("legalForm", "SAS");
    fields.put("siren", "");
    fields.put("siret", "");
    fields.put("vatNumber", "BE0403170701");
    fields.put("countryCode", "BE");
    fields.put("addressLine1", "12 rue Royale");
    fields.put("postalCode", "1000");
    fields.put("city", "Bruxelles");
    fields.put("email", "");
    fields.put("phone", "+32 2 123 45 67");
    fields.put("paymentTerms", "D30");
    fields.put("paymentMethod", "TRANSFER");
    fields.put("creditLimit", "15 000,50");
    fields.put("categories", "Paysagiste, Export");
    fields.put("tags", "salon-2026");
    fields.put("language", "en");
    fields.put("notes", "Client belge.");
    fields.put("contacts[0].civility", "Mme");
    fields.put("contacts[0].firstName", "Anne");
    fields.put("contacts[0].lastName", "Peeters");
    fields.put("contacts[0].jobTitle", "Acheteuse");
    fields.put(
        "contacts[0].email",
        "anne.peeters@" + name.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example");
    fields.put("contacts[0].channel", "EMAIL");
    fields.put("contacts[0].receivesInvoices", "true");
    fields.put("contacts[1].lastName", "");
    fields.put("addresses[0].label", "Dépôt de Waterloo");
    fields.put("addresses[0].line1", "3 chaussée de Bruxelles");
    fields.put("addresses[0].postalCode", "1410");
    fields.put("addresses[0].city", "Waterloo");
    fields.put("addresses[0].countryCode", "BE");
    fields.put("addresses[0].accessNotes", "Quai n° 2, avant 11 h");
    fields.put("addresses[1].label", "");
    for (int i = 0; i + 1 < overrides.length; i += 2) {
      fields.put(overrides[i], overrides[i + 1]);
    }
    var request = post(path);
    fields.forEach((k, v) -> request.param(k, v));
    return request;
  }

  private CustomerId created(MvcResult result) {
    assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(302);
    String location = result.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/customers/");
    return CustomerId.of(location.substring("/customers/".length()));
  }

  private String unique(String prefix) {
    return prefix + " " + Long.toString(System.nanoTime(), 36).toUpperCase();
  }

  // ---------------------------------------------------------------- list

  @Test
  void the_list_searches_filters_sorts_and_links_the_exports_to_the_same_filters() {
    var sophie = WebSession.login(mvc, "sophie");
    String all = body(sophie.perform(get("/customers")));
    assertThat(all)
        .contains("Clients et tiers")
        .contains("Paysages de l&#39;Ouest Parisien")
        .contains("data-code=\"C0001\"")
        .contains("data-code=\"F0001\"")
        .contains("href=\"/customers/export?format=csv\"")
        .contains("href=\"/customers/export?format=xlsx\"")
        .contains("Exporter CSV")
        .contains("Exporter XLSX");
    // C0001's credit limit in French format, its terms as words
    assertThat(text(all)).contains("20 000,00 €").contains("30 jours fin de mois");

    String individuals = body(sophie.perform(get("/customers").param("kind", "INDIVIDUAL")));
    assertThat(individuals)
        .contains("data-code=\"C0004\"")
        .contains("data-code=\"C0009\"")
        .doesNotContain("data-code=\"C0001\"")
        .contains("href=\"/customers/export?kind=INDIVIDUAL&amp;format=csv\"");

    String girard = body(sophie.perform(get("/customers").param("q", "girard")));
    assertThat(girard).contains("data-code=\"C0001\"").doesNotContain("data-code=\"C0002\"");
    assertThat(girard).contains("href=\"/customers/export?q=girard&amp;format=xlsx\"");

    String landscapers =
        body(
            sophie.perform(
                get("/customers").param("category", "Paysagiste").param("sort", "code,desc")));
    assertThat(landscapers.indexOf("data-code=\"C0007\""))
        .isPositive()
        .isLessThan(landscapers.indexOf("data-code=\"C0001\""));
    assertThat(landscapers)
        .contains(
            "href=\"/customers/export?category=Paysagiste&amp;format=csv&amp;sort=code,desc\"")
        .contains("aria-sort=\"descending\"");

    String suppliers = body(sophie.perform(get("/customers").param("role", "SUBCONTRACTOR")));
    assertThat(suppliers).contains("data-code=\"F0001\"").doesNotContain("data-code=\"C0001\"");
    assertThat(textOf(suppliers, "customers-count")).isEqualTo("1 tiers");

    // paging keeps the filters; page 2 of 5 per page by code starts at C0006
    String page2 =
        body(
            sophie.perform(
                get("/customers").param("sort", "code").param("size", "5").param("page", "1")));
    assertThat(page2).contains("data-code=\"C0006\"").doesNotContain("data-code=\"C0001\"");
    assertThat(text(page2)).contains("Page 2 sur");
  }

  @Test
  void unreadable_filters_are_reported_above_the_list_never_as_an_error_page() {
    var sophie = WebSession.login(mvc, "sophie");
    var result =
        sophie.perform(
            get("/customers")
                .param("sort", "password")
                .param("status", "PIRATE")
                .param("kind", "<script>")
                .param("page", "abc"));
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    String html = body(result);
    assertThat(text(html))
        .contains("Tri impossible sur « password »")
        .contains("Statut inconnu « PIRATE »")
        .contains("Type de tiers inconnu « <script> »");
    assertThat(html).doesNotContain("<script>»").contains("data-code=\"C0001\"");
  }

  // ---------------------------------------------------------------- create

  @Test
  void a_siren_with_a_wrong_key_is_refused_next_to_its_field_and_nothing_is_saved() {
    var sophie = WebSession.login(mvc, "sophie");
    String name = unique("Clé fausse");
    var result =
        sophie.perform(
            post("/customers")
                .param("kind", "BUSINESS")
                .param("roles", "CUSTOMER")
                .param("name", name)
                .param("siren", "522 747 962")
                .param("addressLine1", "1 rue de Paris")
                .param("postalCode", "7810")
                .param("city", "Saint-Germain-en-Laye")
                .param("countryCode", "FR")
                .param("email", "contact@sans-domaine")
                .param("contacts[0].lastName", "Martin")
                .param("contacts[0].email", "martin@")
                .param("contacts[0].channel", "EMAIL"));
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    String html = body(result);
    assertThat(textOf(html, "siren-error"))
        .isEqualTo(
            "Le SIREN 522747962 n'est pas valide : sa clé de contrôle est fausse (vérifiez la saisie).");
    assertThat(html).contains("id=\"siren\"").contains("is-invalid");
    assertThat(valueOf(html, "siren")).isEqualTo("522 747 962");
    assertThat(textOf(html, "postalCode-error"))
        .isEqualTo("Le code postal « 7810 » doit compter 5 chiffres.");
    assertThat(textOf(html, "email-error"))
        .isEqualTo("L'adresse e-mail « contact@sans-domaine » n'est pas valide.");
    assertThat(textOf(html, "contacts-0-email-error"))
        .isEqualTo("L'adresse e-mail « martin@ » n'est pas valide.");
    assertThat(text(html)).contains("Le formulaire contient des erreurs");
    assertThat(valueOf(html, "name")).isEqualTo(name);
    assertThat(named(name)).isEmpty();
  }

  @Test
  void every_identifier_with_a_wrong_key_and_an_unknown_country_are_refused_next_to_their_fields() {
    var sophie = WebSession.login(mvc, "sophie");
    String name = unique("Identifiants faux");
    String html =
        body(
            sophie.perform(
                post("/customers")
                    .param("kind", "BUSINESS")
                    .param("roles", "CUSTOMER")
                    .param("name", name)
                    .param("siret", "52274796300019")
                    .param("vatNumber", "FR00522747963")
                    .param("addressLine1", "1 rue de Paris")
                    .param("postalCode", "78100")
                    .param("city", "Saint-Germain-en-Laye")
                    .param("countryCode", "XX")
                    .param("creditLimit", "12,345")));
    assertThat(textOf(html, "siret-error"))
        .isEqualTo(
            "Le SIRET 52274796300019 n'est pas valide : sa clé de contrôle est fausse (vérifiez la saisie).");
    assertThat(textOf(html, "vatNumber-error"))
        .startsWith("Le numéro de TVA FR00522747963 n'est pas valide");
    assertThat(textOf(html, "countryCode-error"))
        .isEqualTo("Le code pays « XX » n'est pas un code ISO à 2 lettres.");
    assertThat(textOf(html, "creditLimit-error"))
        .isEqualTo("Le montant 12,345 a plus de 2 décimales.");
    assertThat(named(name)).isEmpty();
  }

  @Test
  void text_longer_than_the_file_keeps_is_refused_next_to_its_field_not_with_an_error_page() {
    var sophie = WebSession.login(mvc, "sophie");
    String name = unique("Trop long");
    var result =
        sophie.perform(
            business(
                "/customers",
                name,
                "notes",
                "n".repeat(4001),
                "city",
                "V".repeat(101),
                "contacts[0].jobTitle",
                "j".repeat(101),
                "addresses[0].accessNotes",
                "a".repeat(1001)));
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    String html = body(result);
    assertThat(textOf(html, "notes-error")).isEqualTo("4 000 caractères au plus.");
    assertThat(textOf(html, "city-error")).isEqualTo("100 caractères au plus.");
    assertThat(textOf(html, "contacts-0-jobTitle-error")).isEqualTo("100 caractères au plus.");
    assertThat(textOf(html, "addresses-0-accessNotes-error"))
        .isEqualTo("1 000 caractères au plus.");
    assertThat(named(name)).isEmpty();
  }

  @Test
  void a_new_business_is_saved_with_its_contacts_sites_and_terms_then_shown_on_its_page() {
    var sophie = WebSession.login(mvc, "sophie");
    String name = unique("Jardins de Bruxelles");
    var id =
        created(
            sophie.perform(newBusiness(name).param("salesRep", fixtures.user("karim").toString())));
    try {
      var c = customers.get(fixtures.nursery(), id);
      assertThat(c.name()).isEqualTo(name);
      assertThat(c.code()).matches("C\\d{4,}");
      assertThat(c.roles()).containsExactly(PartyRole.CUSTOMER);
      assertThat(c.vatNumber().value()).isEqualTo("BE0403170701");
      assertThat(c.billingAddress().countryCode()).isEqualTo("BE");
      assertThat(c.billingAddress().city()).isEqualTo("Bruxelles");
      assertThat(c.paymentTerms().code()).isEqualTo("D30");
      assertThat(c.paymentMethod()).isEqualTo(PaymentMethod.TRANSFER);
      assertThat(c.creditLimit().amount()).isEqualByComparingTo("15000.50");
      assertThat(c.categories()).containsExactly("Export", "Paysagiste");
      assertThat(c.tags()).containsExactly("salon-2026");
      assertThat(c.language()).isEqualTo("en");
      assertThat(c.salesRep()).isEqualTo(fixtures.user("karim"));
      assertThat(c.contacts()).hasSize(1);
      var anne = c.contacts().get(0);
      assertThat(anne.fullName()).isEqualTo("Anne Peeters");
      assertThat(anne.civility()).isEqualTo("Mme");
      assertThat(anne.preferredChannel()).isEqualTo(ContactChannel.EMAIL);
      assertThat(anne.receivesInvoices()).isTrue();
      assertThat(anne.receivesReminders()).isFalse();
      assertThat(c.deliveryAddresses()).hasSize(1);
      assertThat(c.deliveryAddresses().get(0).label()).isEqualTo("Dépôt de Waterloo");
      assertThat(c.deliveryAddresses().get(0).accessNotes()).isEqualTo("Quai n° 2, avant 11 h");

      var page = sophie.perform(get("/customers/{id}", id));
      String html = body(page);
      String text = text(html);
      assertThat(text)
          .contains(name)
          .contains(c.code())
          .contains("15 000,50 €")
          .contains("30 jours")
          .contains("Virement")
          .contains("Anne Peeters")
          .contains("Dépôt de Waterloo")
          .contains("Quai n° 2, avant 11 h")
          .contains("BELGIQUE")
          .contains("Karim")
          .contains("Historique des modifications")
          .contains("Création");
      // the sales-rep filter of the list finds it under Karim, not under Sophie
      assertThat(
              body(
                  sophie.perform(
                      get("/customers").param("salesRep", fixtures.user("karim").toString()))))
          .contains("/customers/" + id + "\"");
      assertThat(
              body(
                  sophie.perform(
                      get("/customers").param("salesRep", fixtures.user("sophie").toString()))))
          .doesNotContain("/customers/" + id + "\"");
    } finally {
      transaction.executeWithoutResult(s -> customers.delete(fixtures.nursery(), id));
    }
  }

  @Test
  void an_individual_gets_a_name_from_civility_and_names_and_company_fields_are_ignored() {
    var sophie = WebSession.login(mvc, "sophie");
    String last = unique("Moreau");
    var id =
        created(
            sophie.perform(
                post("/customers")
                    .param("kind", "INDIVIDUAL")
                    .param("roles", "CUSTOMER")
                    .param("name", "ignoré")
                    .param("siren", "522747963")
                    .param("civility", "Mme")
                    .param("firstName", "Julie")
                    .param("lastName", last)
                    .param("marketingConsent", "true")
                    .param("addressLine1", "4 rue des Lilas")
                    .param("postalCode", "78490")
                    .param("city", "Méré")
                    .param("paymentTerms", "R")));
    try {
      var c = customers.get(fixtures.nursery(), id);
      assertThat(c.name()).isEqualTo("Mme Julie " + last);
      assertThat(c.siren()).isNull();
      assertThat(c.marketingConsent()).isTrue();
      assertThat(c.paymentTerms().code()).isEqualTo("R");
    } finally {
      transaction.executeWithoutResult(s -> customers.delete(fixtures.nursery(), id));
    }
  }

  @Test
  void adding_a_row_redisplays_the_form_with_a_blank_row_and_saves_nothing() {
    var sophie = WebSession.login(mvc, "sophie");
    String name = unique("Ligne ajoutée");
    var result = sophie.perform(newBusiness(name).param("add", "contact"));
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    String html = body(result);
    assertThat(valueOf(html, "contacts-0-lastName")).isEqualTo("Peeters");
    assertThat(valueOf(html, "contacts-1-lastName")).isEmpty();
    assertThat(html)
        .contains("id=\"contacts-1-firstName\"")
        .doesNotContain("id=\"contacts-2-lastName\"");
    assertThat(html).doesNotContain("Le formulaire contient des erreurs");
    html = body(sophie.perform(newBusiness(name).param("add", "address")));
    assertThat(valueOf(html, "addresses-0-label")).isEqualTo("Dépôt de Waterloo");
    assertThat(valueOf(html, "addresses-1-label")).isEmpty();
    assertThat(named(name)).isEmpty();
  }

  @Test
  void a_look_alike_is_shown_with_a_link_and_created_only_when_confirmed() {
    var sophie = WebSession.login(mvc, "sophie");
    var c0001 = demo("C0001");
    String name = unique("Paysages Ouest bis");
    var request =
        post("/customers")
            .param("kind", "BUSINESS")
            .param("roles", "CUSTOMER")
            .param("name", name)
            .param("siren", "522747963")
            .param("addressLine1", "2 rue de Poissy")
            .param("postalCode", "78100")
            .param("city", "Saint-Germain-en-Laye");
    String html = body(sophie.perform(request));
    assertThat(html)
        .contains("id=\"duplicates\"")
        .contains("href=\"/customers/" + c0001.id() + "\"");
    assertThat(text(html))
        .contains("C0001 · Paysages de l'Ouest Parisien")
        .contains("(même SIREN)")
        .contains("Créer quand même")
        .contains("cochez « Créer quand même »");
    assertThat(named(name)).isEmpty();
    var id = created(sophie.perform(request.param("confirmDuplicates", "true")));
    try {
      assertThat(customers.get(fixtures.nursery(), id).siren().value()).isEqualTo("522747963");
    } finally {
      transaction.executeWithoutResult(s -> customers.delete(fixtures.nursery(), id));
    }
  }

  // ---------------------------------------------------------------- edit

  @Test
  void editing_changes_the_saved_values_removes_ticked_rows_and_shows_in_the_timeline() {
    var sophie = WebSession.login(mvc, "sophie");
    String name = unique("Modifiable");
    var id = created(sophie.perform(newBusiness(name)));
    try {
      var before = customers.get(fixtures.nursery(), id);
      String form = body(sophie.perform(get("/customers/{id}/edit", id)));
      assertThat(valueOf(form, "name")).isEqualTo(name);
      assertThat(valueOf(form, "creditLimit")).isEqualTo("15000,50");
      assertThat(valueOf(form, "contacts-0-lastName")).isEqualTo("Peeters");
      assertThat(valueOf(form, "contacts-1-lastName")).isEmpty();
      assertThat(valueOf(form, "code")).isEqualTo(before.code());

      var result =
          sophie.perform(
              business(
                  "/customers/" + id,
                  name,
                  "version",
                  String.valueOf(before.version()),
                  "code",
                  before.code(),
                  "city",
                  "Ixelles",
                  "postalCode",
                  "1050",
                  "creditLimit",
                  "",
                  "paymentTerms",
                  "other",
                  "paymentTermsCode",
                  "30%R;70%D30",
                  "contacts[0].remove",
                  "true",
                  "blocked",
                  "true",
                  "blockReason",
                  "Impayés 2025"));
      assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(302);
      var after = customers.get(fixtures.nursery(), id);
      assertThat(after.billingAddress().city()).isEqualTo("Ixelles");
      assertThat(after.creditLimit()).isNull();
      assertThat(after.paymentTerms().code()).isEqualTo("30%R;70%D30");
      assertThat(after.contacts()).isEmpty();
      assertThat(after.blocked()).isTrue();
      assertThat(after.blockReason()).isEqualTo("Impayés 2025");
      assertThat(after.version()).isGreaterThan(before.version());

      String page = text(body(sophie.perform(get("/customers/{id}", id))));
      assertThat(page)
          .contains("Modification")
          .contains("1000 BRUXELLES")
          .contains("1050 IXELLES")
          .contains("Tiers bloqué : Impayés 2025")
          .contains("30 % à réception, solde à 30 jours");

      // the same version again: someone else's change would be lost
      var stale =
          sophie.perform(
              business("/customers/" + id, name, "version", String.valueOf(before.version())));
      assertThat(stale.getResponse().getStatus()).isEqualTo(200);
      assertThat(text(body(stale))).contains("Quelqu'un d'autre a modifié cette fiche");
      assertThat(customers.get(fixtures.nursery(), id).billingAddress().city())
          .isEqualTo("Ixelles");
    } finally {
      transaction.executeWithoutResult(s -> customers.delete(fixtures.nursery(), id));
    }
  }

  // ---------------------------------------------------------------- page and actions

  @Test
  void the_demo_customer_pages_show_identity_terms_insolvency_and_service_code() {
    var karim = WebSession.login(mvc, "karim");
    String c0001 = body(karim.perform(get("/customers/{id}", demo("C0001").id())));
    assertThat(textOf(c0001, "customer-siren")).isEqualTo("522 747 963");
    assertThat(textOf(c0001, "customer-terms")).isEqualTo("30 jours fin de mois");
    assertThat(textOf(c0001, "customer-credit-limit")).isEqualTo("20 000,00 €");
    assertThat(text(c0001))
        .contains("Thomas Girard")
        .contains("Chantier résidence Les Coteaux")
        .contains("78100 SAINT-GERMAIN-EN-LAYE")
        .contains("Historique des modifications");
    assertThat(c0001).contains("id=\"customer-edit\"").contains("accesskey=\"e\"");
    // karim (sales) may not delete nor record an insolvency
    assertThat(c0001)
        .doesNotContain("id=\"customer-delete\"")
        .doesNotContain("id=\"insolvency-form\"");

    var c0007 = demo("C0007");
    String html = body(karim.perform(get("/customers/{id}", c0007.id())));
    assertThat(text(html)).contains("Redressement judiciaire");
    String deadline = new org.pepin.platform.web.Formats().date(c0007.insolvency().claimDeadline());
    assertThat(text(html)).contains(deadline).contains("R622-24");

    String c0002 = body(karim.perform(get("/customers/{id}", demo("C0002").id())));
    assertThat(textOf(c0002, "customer-service-code")).isEqualTo(demo("C0002").publicServiceCode());
    assertThat(text(c0002)).contains("Chorus Pro");
  }

  @Test
  void a_customer_is_archived_restored_and_deleted_by_the_roles_allowed() {
    var sophie = WebSession.login(mvc, "sophie");
    var id = created(sophie.perform(newBusiness(unique("Cycle de vie"))));
    var archived = sophie.perform(post("/customers/{id}/archive", id));
    assertThat(archived.getResponse().getRedirectedUrl()).isEqualTo("/customers/" + id);
    assertThat(archived.getFlashMap().get("toast")).isEqualTo("toast.customer-archived");
    assertThat(customers.get(fixtures.nursery(), id).status()).isEqualTo(CustomerStatus.ARCHIVED);
    String page = body(sophie.perform(get("/customers/{id}", id)));
    assertThat(page).contains("id=\"customer-restore\"").doesNotContain("id=\"customer-archive\"");
    assertThat(body(sophie.perform(get("/customers")))).doesNotContain("/customers/" + id + "\"");
    assertThat(body(sophie.perform(get("/customers").param("status", "ARCHIVED"))))
        .contains("/customers/" + id + "\"");

    var again = sophie.perform(post("/customers/{id}/archive", id));
    assertThat(again.getFlashMap().get("toastError")).isEqualTo("error.customer.status");

    sophie.perform(post("/customers/{id}/restore", id));
    assertThat(customers.get(fixtures.nursery(), id).status()).isEqualTo(CustomerStatus.ACTIVE);

    assertThat(sophie.perform(post("/customers/{id}/delete", id)).getResponse().getStatus())
        .isEqualTo(403);
    assertThat(customers.find(fixtures.nursery(), id)).isPresent();

    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.nursery().toString()));
    var deleted = paul.perform(post("/customers/{id}/delete", id));
    assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/customers");
    assertThat(deleted.getFlashMap().get("toast")).isEqualTo("toast.customer-deleted");
    assertThat(customers.find(fixtures.nursery(), id)).isEmpty();
    assertThat(paul.perform(get("/customers/{id}", id)).getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void accounting_records_an_insolvency_with_its_claim_deadline_and_bad_dates_are_refused() {
    var sophie = WebSession.login(mvc, "sophie");
    var id = created(sophie.perform(newBusiness(unique("En redressement"))));
    try {
      var bad =
          sophie.perform(
              post("/customers/{id}/insolvency", id)
                  .param("status", "RECEIVERSHIP")
                  .param("judgmentDate", "2026-11-10")
                  .param("publicationDate", "2026-11-01"));
      assertThat(bad.getResponse().getStatus()).isEqualTo(200);
      assertThat(textOf(body(bad), "insolvency-publicationDate-error"))
          .isEqualTo("La publication ne peut pas précéder le jugement.");
      assertThat(customers.get(fixtures.nursery(), id).insolvency().status())
          .isEqualTo(InsolvencyStatus.NONE);

      var karim = WebSession.login(mvc, "karim");
      assertThat(
              karim
                  .perform(
                      post("/customers/{id}/insolvency", id)
                          .param("status", "LIQUIDATION")
                          .param("judgmentDate", "2026-11-01"))
                  .getResponse()
                  .getStatus())
          .isEqualTo(403);

      var ok =
          sophie.perform(
              post("/customers/{id}/insolvency", id)
                  .param("status", "RECEIVERSHIP")
                  .param("judgmentDate", "2026-11-01")
                  .param("publicationDate", "10/11/2026"));
      assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/customers/" + id);
      var insolvency = customers.get(fixtures.nursery(), id).insolvency();
      assertThat(insolvency.status()).isEqualTo(InsolvencyStatus.RECEIVERSHIP);
      assertThat(insolvency.publicationDate()).isEqualTo(java.time.LocalDate.of(2026, 11, 10));
      String page = text(body(sophie.perform(get("/customers/{id}", id))));
      assertThat(page).contains("Redressement judiciaire").contains("10/01/2027");
    } finally {
      transaction.executeWithoutResult(s -> customers.delete(fixtures.nursery(), id));
    }
  }

  @Test
  void a_viewer_reads_the_file_but_sees_no_action_and_cannot_write() {
    // a company of its own, so that the demo's members stay as they are
    String username = "viewer" + (System.nanoTime() % 1_000_000);
    var scratch =
        transaction.execute(
            s -> {
              var company = companies.create(DemoCase.identity("Lecture seule " + username), false);
              users.create(
                  company,
                  new UserManagement.NewUser(
                      username, "Lecteur", null, "viewer-password-123", EnumSet.of(Role.VIEWER)));
              return company;
            });
    var viewer = WebSession.login(mvc, username, "viewer-password-123");
    assertThat(text(body(viewer.perform(get("/customers")))))
        .contains("Le fichier clients est vide")
        .contains("Aucun tiers");
    var id =
        transaction.execute(
            s ->
                customers.create(
                    scratch,
                    org.pepin.customers.file.DraftCopy.of(demo("C0001").toDraft())
                        .salesRep(null)
                        .build(),
                    false));
    String list = body(viewer.perform(get("/customers")));
    assertThat(list).contains("data-code=\"C0001\"").doesNotContain("id=\"customer-new\"");
    String page = body(viewer.perform(get("/customers/{id}", id)));
    assertThat(page)
        .contains("Paysages de l&#39;Ouest Parisien")
        .doesNotContain("id=\"customer-edit\"")
        .doesNotContain("id=\"customer-archive\"")
        .doesNotContain("id=\"customer-delete\"");
    String name = unique("Par un lecteur");
    MockHttpServletResponse refused = viewer.perform(newBusiness(name)).getResponse();
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(viewer.perform(get("/customers/new")).getResponse().getStatus()).isEqualTo(403);
    assertThat(viewer.perform(get("/customers/{id}/edit", id)).getResponse().getStatus())
        .isEqualTo(403);
    assertThat(viewer.perform(post("/customers/{id}/archive", id)).getResponse().getStatus())
        .isEqualTo(403);
    assertThat(customers.get(scratch, id).status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(
            search
                .search(
                    scratch,
                    CustomerFilter.text(name),
                    PageQuery.of(0, 10, null, List.of("name"), "name"))
                .totalElements())
        .isZero();
  }

  @Test
  void another_company_gets_404_for_the_nursery_customers_and_changes_nothing() {
    var c0001 = demo("C0001");
    var paul = WebSession.login(mvc, "paul");
    paul.perform(post("/company/switch").param("company", fixtures.jardins().toString()));
    TenantIsolation.assertNotFoundFor(
        mvc,
        paul,
        () -> customers.get(fixtures.nursery(), c0001.id()),
        get("/customers/{id}", c0001.id()),
        get("/customers/{id}/edit", c0001.id()),
        business("/customers/" + c0001.id(), "Pirate", "version", String.valueOf(c0001.version())),
        post("/customers/{id}/archive", c0001.id()),
        post("/customers/{id}/restore", c0001.id()),
        post("/customers/{id}/delete", c0001.id()),
        get("/customers/{id}", java.util.UUID.randomUUID()));
    var isabelle = WebSession.login(mvc, "isabelle");
    isabelle.perform(post("/company/switch").param("company", fixtures.jardins().toString()));
    TenantIsolation.assertNotFoundFor(
        mvc,
        isabelle,
        () -> customers.get(fixtures.nursery(), c0001.id()),
        post("/customers/{id}/insolvency", c0001.id())
            .param("status", "LIQUIDATION")
            .param("judgmentDate", "2026-11-01"));
    // and the list of the other company does not show them
    assertThat(body(paul.perform(get("/customers").param("q", "522747963"))))
        .doesNotContain("/customers/" + c0001.id());
  }
}
