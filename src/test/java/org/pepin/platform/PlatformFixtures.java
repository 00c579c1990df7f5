package org.pepin.platform;

import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.user.UserManagement;
import org.springframework.stereotype.Component;

/** Ids of the demo companies and people, looked up through the platform's services. */
@Component
public class PlatformFixtures {

  private final CompanyManagement companies;
  private final UserManagement users;

  PlatformFixtures(CompanyManagement companies, UserManagement users) {
    this.companies = companies;
    this.users = users;
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
}
