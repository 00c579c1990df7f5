package org.pepin.platform.user;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pepin.platform.CompanyId;
import org.pepin.platform.Member;
import org.pepin.platform.Members;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.UserId;
import org.springframework.stereotype.Component;

/** The members of a company, read from the users and their roles. */
@Component
class CompanyMembers implements Members {

  private final UserManagement users;

  CompanyMembers(UserManagement users) {
    this.users = users;
  }

  @Override
  public List<Member> of(CompanyId company) {
    return users.list(company).stream()
        .filter(UserManagement.UserView::enabled)
        .map(CompanyMembers::member)
        .sorted(Comparator.comparing(Member::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  @Override
  public Optional<Member> find(CompanyId company, UserId user) {
    try {
      return Optional.of(member(users.view(company, user)));
    } catch (ResourceNotFound e) {
      return Optional.empty();
    }
  }

  private static Member member(UserManagement.UserView view) {
    return new Member(view.id(), view.username(), view.displayName(), view.roles());
  }
}
