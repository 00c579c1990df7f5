package org.pepin.platform;

import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.token.ApiTokens;
import org.pepin.platform.user.UserManagement;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** Ids of the demo companies and people, and API tokens, through the platform's services. */
@Component
public class PlatformFixtures {

  private final CompanyManagement companies;
  private final UserManagement users;
  private final ApiTokens tokens;
  private final TransactionTemplate transaction;

  PlatformFixtures(
      CompanyManagement companies,
      UserManagement users,
      ApiTokens tokens,
      TransactionTemplate transaction) {
    this.companies = companies;
    this.users = users;
    this.tokens = tokens;
    this.transaction = transaction;
  }

  public CompanyId nursery() {
    return companies.findByName(DemoCase.COMPANY_NAME).orElseThrow();
  }

  public CompanyId jardins() {
    return companies.findByName(DemoCase.SECOND_COMPANY_NAME).orElseThrow();
  }

  public UserId user(String username) {
    return users.findByUsername(username).orElseThrow();
  }

  /** A new personal access token of the user in the company (secret value). */
  public String token(String username, CompanyId company) {
    var principal = users.refresh(user(username), company).orElseThrow();
    return transaction.execute(s -> tokens.create(principal, company, "test", null).secret());
  }

  /** Calls the API with a new token of the user in the company they work in now (last chosen). */
  public RequestPostProcessor bearer(String username) {
    return bearer(username, users.principal(username).orElseThrow().currentCompany());
  }

  /** Calls the API with a new token of the user in the company. */
  public RequestPostProcessor bearer(String username, CompanyId company) {
    String secret = token(username, company);
    return request -> {
      request.addHeader("Authorization", "Bearer " + secret);
      return request;
    };
  }
}
