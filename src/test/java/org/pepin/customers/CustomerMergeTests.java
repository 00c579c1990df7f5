package org.pepin.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pepin.customers.CustomerTestData.business;
import static org.pepin.customers.CustomerTestData.contact;
import static org.pepin.customers.CustomerTestData.site;
import static org.pepin.customers.CustomerTestData.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.TenantIsolation;
import org.pepin.WebSession;
import org.pepin.customers.file.CustomerLifecycle;
import org.pepin.customers.file.CustomerManagement;
import org.pepin.customers.file.DraftCopy;
import org.pepin.customers.merge.CustomerMerge;
import org.pepin.platform.ChangeHistory;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.shared.InvalidValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Merging a duplicate into the record kept: service, timeline, event, screen and API. */
@PepinIntegrationTest
@RecordApplicationEvents
class CustomerMergeTests {

  @Autowired CustomerManagement customers;
  @Autowired CustomerMerge merge;
  @Autowired ChangeHistory history;
  @Autowired PlatformFixtures fixtures;
  @Autowired ApplicationEvents events;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired PageSections sections;

  record Pair(CustomerId kept, CustomerId duplicate, String name) {}

  /** A record and its duplicate: one shared contact, one new contact, a site, tags, categories. */
  Pair pair(CompanyId company) {
    String u = unique();
    String name = "Jardins Doublon " + u;
    var shared = contact("Anne", "Durand", "anne." + u + "@jardins.test");
    var siren = CustomerTestData.siren();
    var kept =
        customers.create(
            company,
            business(
                name, siren, List.of(shared), List.of(), Set.of("Paysagiste"), Set.of("fidèle")),
            true);
    var duplicate =
        customers.create(
            company,
            business(
                name + " SARL",
                siren,
                List.of(
                    contact("Anne", "Durand", "ANNE." + u + "@jardins.test"),
                    contact("Marc", "Petit", "marc." + u + "@jardins.test")),
                List.of(site("Chantier Les Tilleuls", "4 allée des Tilleuls")),
                Set.of("Collectivité"),
                Set.of("chantier")),
            true);
    var dup = customers.get(company, duplicate);
    customers.update(
        company,
        duplicate,
        dup.version(),
        DraftCopy.of(dup.toDraft()).tags(Set.of("chantier", "relancé")).build());
    return new Pair(kept, duplicate, name);
  }

  @Test
  void aMergeMovesContactsAndHistoryToTheKeptRecordAndPublishesTheEvent() {
    var company = fixtures.nursery();
    var pair = pair(company);

    var result = merge.merge(company, pair.duplicate(), pair.kept());

    assertThat(result.contactsAdded()).containsExactly("Marc Petit");
    assertThat(result.addressesAdded()).containsExactly("Chantier Les Tilleuls");
    var kept = customers.get(company, pair.kept());
    assertThat(kept.contacts())
        .extracting(Contact::fullName)
        .containsExactly("Anne Durand", "Marc Petit");
    assertThat(kept.deliveryAddresses())
        .extracting(DeliveryAddress::label)
        .containsExactly("Chantier Les Tilleuls");
    assertThat(kept.categories()).containsExactlyInAnyOrder("Paysagiste", "Collectivité");
    assertThat(kept.tags()).containsExactlyInAnyOrder("fidèle", "chantier", "relancé");
    assertThat(kept.status()).isEqualTo(CustomerStatus.ACTIVE);

    var merged = customers.get(company, pair.duplicate());
    assertThat(merged.status()).isEqualTo(CustomerStatus.MERGED);
    assertThat(merged.mergedInto()).isEqualTo(pair.kept());
    assertThatThrownBy(
            () -> customers.update(company, merged.id(), merged.version(), merged.toDraft()))
        .extracting(e -> ((InvalidValue) e).code())
        .isEqualTo("customer.read-only");

    assertThat(events.stream(CustomerMerged.class))
        .containsExactly(new CustomerMerged(company, pair.duplicate(), pair.kept()));

    var own = history.of(company, CustomerManagement.ENTITY, pair.duplicate(), 10).entries();
    assertThat(own.get(0).action()).isEqualTo(CustomerLifecycle.MERGED);
    assertThat(own.get(0).changes())
        .anySatisfy(
            c -> {
              assertThat(c.field()).isEqualTo("mergedInto");
              assertThat(c.newValue()).isEqualTo(kept.code() + " " + pair.name());
            });

    var timeline = merge.timeline(company, pair.kept(), 50).entries();
    var received =
        timeline.stream()
            .filter(e -> e.action().equals(CustomerLifecycle.MERGED_FROM))
            .findFirst()
            .orElseThrow();
    assertThat(received.entityId()).isEqualTo(pair.kept().toString());
    assertThat(received.changes())
        .anySatisfy(c -> assertThat(c.field()).isEqualTo("mergedFrom"))
        .anySatisfy(
            c -> {
              assertThat(c.field()).isEqualTo("contacts");
              assertThat(c.newValue()).contains("Marc Petit");
            });
    // the duplicate's own history (its creation and its tag change) is on the kept timeline
    assertThat(timeline)
        .filteredOn(e -> e.entityId().equals(pair.duplicate().toString()))
        .extracting(ChangeHistory.Entry::action)
        .contains(ChangeHistory.CREATED, ChangeHistory.UPDATED, CustomerLifecycle.MERGED);
    assertThat(timeline)
        .filteredOn(e -> e.entityId().equals(pair.kept().toString()))
        .extracting(ChangeHistory.Entry::action)
        .contains(ChangeHistory.CREATED, CustomerLifecycle.MERGED_FROM);

    assertThat(
            jdbc.sql(
                    "SELECT summary FROM audit_event WHERE company_id = :c AND action = :a"
                        + " AND target_id = :t")
                .param("c", company.value())
                .param("a", CustomerMerge.AUDIT_ACTION)
                .param("t", pair.duplicate().toString())
                .query(String.class)
                .single())
        .contains(pair.name() + " SARL")
        .contains("→");
  }

  @Test
  void aMergeIsRefusedIntoItselfAcrossKindsAndForARecordAlreadyMerged() {
    var company = fixtures.nursery();
    var pair = pair(company);
    String u = unique();
    var person =
        customers.create(
            company, CustomerTestData.individual("Léa", "Doublon" + u, u + "@mail.test"), true);
    assertThatThrownBy(() -> merge.merge(company, pair.kept(), pair.kept()))
        .extracting(e -> ((InvalidValue) e).code())
        .isEqualTo("customer.merge-same");
    assertThatThrownBy(() -> merge.merge(company, person, pair.kept()))
        .extracting(e -> ((InvalidValue) e).code())
        .isEqualTo("customer.merge-kind");
    merge.merge(company, pair.duplicate(), pair.kept());
    assertThatThrownBy(() -> merge.merge(company, pair.kept(), pair.duplicate()))
        .extracting(e -> ((InvalidValue) e).code())
        .isEqualTo("customer.read-only");
    assertThat(customers.get(company, pair.kept()).status()).isEqualTo(CustomerStatus.ACTIVE);
  }

  @Test
  void theFormMergesForAManagerAndShowsTheErrorNextToTheField() throws Exception {
    var company = fixtures.nursery();
    var pair = pair(company);
    String keptCode = customers.get(company, pair.kept()).code();

    var sophie = WebSession.login(mvc, "sophie");
    var refused =
        sophie.perform(
            post("/customers/{id}/merge", pair.duplicate())
                .param("kept", keptCode)
                .param("confirm", "on"));
    assertThat(refused.getResponse().getStatus()).isEqualTo(403);

    var paul = WebSession.login(mvc, "paul");
    var unconfirmed =
        paul.perform(post("/customers/{id}/merge", pair.duplicate()).param("kept", keptCode));
    assertThat(unconfirmed.getResponse().getRedirectedUrl())
        .isEqualTo("/customers/" + pair.duplicate() + "#merge");
    assertThat(unconfirmed.getFlashMap().get("mergeError"))
        .isEqualTo("error.customer.merge-confirm");
    assertThat(customers.get(company, pair.duplicate()).status()).isEqualTo(CustomerStatus.ACTIVE);

    // the block of the page shows the message next to the field, in French
    var viewer =
        new Member(fixtures.user("paul"), "paul", "Paul", Set.of(Role.ADMIN, Role.MANAGER));
    var block =
        sections.of(company, pair.duplicate().value(), viewer).stream()
            .filter(s -> s.template().equals("customers/merge-section"))
            .findFirst()
            .orElseThrow();
    String html =
        sections.render(
            block,
            Map.of(
                "mergeError", "error.customer.merge-kept-unknown",
                "mergeErrorArgs", new Object[] {"ZZ99"},
                "mergeKept", "ZZ99"));
    assertThat(html)
        .contains("id=\"merge-form\"")
        .contains("Aucun tiers de la société n&#39;a le code « ZZ99 ».")
        .contains(keptCode)
        .contains("même SIREN");

    var done =
        paul.perform(
            post("/customers/{id}/merge", pair.duplicate())
                .param("kept", keptCode.toLowerCase())
                .param("confirm", "on"));
    assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/customers/" + pair.kept());
    assertThat(customers.get(company, pair.duplicate()).mergedInto()).isEqualTo(pair.kept());

    var keptBlock =
        sections.of(company, pair.kept().value(), viewer).stream()
            .filter(s -> s.template().equals("customers/merge-section"))
            .findFirst()
            .orElseThrow();
    assertThat(sections.render(keptBlock, Map.of()))
        .contains("id=\"merged-records\"")
        .contains(pair.name() + " SARL");
    var mergedBlock =
        sections.of(company, pair.duplicate().value(), viewer).stream()
            .filter(s -> s.template().equals("customers/merge-section"))
            .findFirst()
            .orElseThrow();
    assertThat(sections.render(mergedBlock, Map.of()))
        .contains("id=\"merged-into\"")
        .doesNotContain("id=\"merge-form\"");
  }

  @Test
  void theApiMergesAndAnswersProblemsInFrench() throws Exception {
    var company = fixtures.nursery();
    var pair = pair(company);
    String keptCode = customers.get(company, pair.kept()).code();

    var unknown =
        mvc.perform(
                post("/api/v1/customers/{id}/merge", pair.duplicate())
                    .with(fixtures.bearer("paul", company))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"keptCode\": \"ZZ99\"}"))
            .andReturn()
            .getResponse();
    assertThat(unknown.getStatus()).isBetween(400, 422);
    assertThat(unknown.getContentType()).startsWith("application/problem+json");
    assertThat(unknown.getContentAsString(StandardCharsets.UTF_8))
        .contains("customer.merge-kept-unknown")
        .contains("Aucun tiers de la société n'a le code « ZZ99 ».");

    // a user of another company gets 404 and nothing changes
    TenantIsolation.assertNotFoundFor(
        mvc,
        fixtures.bearer("paul", fixtures.jardins()),
        () -> customers.get(company, pair.duplicate()),
        post("/api/v1/customers/{id}/merge", pair.duplicate())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"keptId\": \"" + pair.kept() + "\"}"));

    var done =
        mvc.perform(
                post("/api/v1/customers/{id}/merge", pair.duplicate())
                    .with(fixtures.bearer("paul", company))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"keptId\": \"" + pair.kept() + "\"}"))
            .andReturn()
            .getResponse();
    assertThat(done.getStatus()).isEqualTo(200);
    assertThat(done.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"keptCode\":\"" + keptCode + "\"")
        .contains("\"kept\":\"" + pair.kept() + "\"")
        .contains("\"merged\":\"" + pair.duplicate() + "\"")
        .contains("Marc Petit");
    assertThat(customers.get(company, pair.duplicate()).status()).isEqualTo(CustomerStatus.MERGED);
  }
}
