package org.pepin.platform;

import java.util.List;
import java.util.Optional;

/** Read access to the members of a company, for modules that pick or show a user. */
public interface Members {

  /** The enabled members of the company, by display name. */
  List<Member> of(CompanyId company);

  /** The member, if the user belongs to the company (enabled or not). */
  Optional<Member> find(CompanyId company, UserId user);
}
