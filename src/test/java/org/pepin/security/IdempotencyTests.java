package org.pepin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.pepin.PepinIntegrationTest;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.PlatformFixtures;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.user.UserManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code Idempotency-Key}: the same POST replayed, even concurrently, creates one resource. */
@PepinIntegrationTest
class IdempotencyTests {

  @Autowired MockMvc mvc;
  @Autowired PlatformFixtures fixtures;
  @Autowired UserManagement users;
  @Autowired CompanyManagement companies;
  @Autowired TransactionTemplate transaction;

  private CompanyId company;
  private String token;

  private void setUp() {
    String admin = "idem" + System.nanoTime() % 1_000_000;
    company =
        transaction.execute(
            s -> {
              var c = companies.create(CompanyIdentity.named("Idempotence " + admin), false);
              users.create(
                  c,
                  new UserManagement.NewUser(
                      admin, "Admin", null, "un-long-mot-de-passe", EnumSet.of(Role.ADMIN)));
              return c;
            });
    token = fixtures.token(admin, company);
  }

  private MockHttpServletResponse createUser(String key, String username) throws Exception {
    return mvc.perform(
            post("/api/v1/users")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"username\":\""
                        + username
                        + "\",\"displayName\":\"Nouveau\",\"password\":\"mot-de-passe-solide\","
                        + "\"roles\":[\"SALES\"]}"))
        .andReturn()
        .getResponse();
  }

  @Test
  void ten_concurrent_posts_with_one_key_create_one_user_and_answer_the_same() throws Exception {
    setUp();
    int before = users.list(company).size();
    var start = new CountDownLatch(1);
    List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      calls.add(
          () -> {
            start.await();
            return createUser("cle-unique-1", "concurrent");
          });
    }
    var pool = Executors.newFixedThreadPool(10);
    try {
      var futures = calls.stream().map(pool::submit).toList();
      start.countDown();
      List<MockHttpServletResponse> responses = new ArrayList<>();
      for (var future : futures) {
        responses.add(future.get());
      }
      assertThat(users.list(company)).hasSize(before + 1);
      assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsOnly(201);
      var bodies = responses.stream().map(r -> content(r)).distinct().toList();
      assertThat(bodies).singleElement().asString().contains("\"username\":\"concurrent\"");
      assertThat(responses)
          .filteredOn(r -> "true".equals(r.getHeader("Idempotent-Replayed")))
          .hasSize(9);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_key_reused_with_another_payload_is_refused_and_other_keys_are_independent()
      throws Exception {
    setUp();
    assertThat(createUser("cle-2", "premier").getStatus()).isEqualTo(201);
    var reused = createUser("cle-2", "second");
    assertThat(reused.getStatus()).isEqualTo(422);
    assertThat(content(reused)).contains("a déjà servi pour une autre requête");
    assertThat(createUser("cle-3", "second").getStatus()).isEqualTo(201);
    var failed = createUser("cle-4", "premier");
    assertThat(failed.getStatus()).as("username taken").isEqualTo(400);
    assertThat(createUser("cle-4", "premier").getHeader("Idempotent-Replayed"))
        .as("a 4xx answer is replayed too")
        .isEqualTo("true");
    assertThat(users.list(company))
        .extracting(UserManagement.UserView::username)
        .contains("premier", "second");
  }

  private static String content(MockHttpServletResponse response) {
    try {
      return response.getContentAsString(StandardCharsets.UTF_8);
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
