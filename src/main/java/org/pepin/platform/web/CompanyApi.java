package org.pepin.platform.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.CompanyIdentity;
import org.pepin.platform.InputRejected;
import org.pepin.platform.Inputs;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.Role;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.company.CompanyManagement.CompanyView;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.user.UserManagement;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API: the logged-in user, the companies they belong to, and company administration. */
@RestController
@RequestMapping("/api/v1")
class CompanyApi {

  private final CompanyManagement companies;
  private final UserManagement users;
  private final CompanyClock clock;
  private final TransactionTemplate transaction;

  CompanyApi(
      CompanyManagement companies,
      UserManagement users,
      CompanyClock clock,
      TransactionTemplate transaction) {
    this.companies = companies;
    this.users = users;
    this.clock = clock;
    this.transaction = transaction;
  }

  @GetMapping("/me")
  Me me(@AuthenticationPrincipal PepinPrincipal me) {
    return new Me(
        me.getUsername(),
        me.displayName(),
        me.systemAdmin(),
        me.currentCompany(),
        me.roles(),
        me.memberships().entrySet().stream()
            .map(
                e ->
                    new Membership(e.getKey(), companies.identity(e.getKey()).name(), e.getValue()))
            .toList());
  }

  /** The company the user acts for. */
  @GetMapping("/company")
  CompanyResource current(CompanyId company) {
    return resource(companies.view(company));
  }

  @PutMapping("/company")
  CompanyResource update(CompanyId company, @RequestBody CompanyForm request) {
    var errors = new DirectFieldBindingResult(request, "company");
    CompanyIdentity identity = request.toIdentity(errors);
    if (request.version() == null) {
      errors.rejectValue("version", "error.required");
    }
    Inputs.check(errors);
    companies.updateIdentity(company, request.version(), identity);
    return resource(companies.view(company));
  }

  /** One of the user's companies; any other answers 404. */
  @GetMapping("/companies/{id}")
  CompanyResource company(
      @AuthenticationPrincipal PepinPrincipal me, @PathVariable("id") CompanyId id) {
    if (!me.memberships().containsKey(id)) {
      throw new ResourceNotFound("company", id);
    }
    return resource(companies.view(id));
  }

  @GetMapping("/admin/companies")
  List<CompanyResource> all() {
    return companies.list().stream().map(this::resource).toList();
  }

  @PostMapping("/admin/companies")
  @ResponseStatus(HttpStatus.CREATED)
  CompanyResource create(
      @AuthenticationPrincipal PepinPrincipal me, @RequestBody CompanyForm request) {
    var errors = new DirectFieldBindingResult(request, "company");
    CompanyIdentity identity = request.toIdentity(errors);
    if (identity == null) {
      throw new InputRejected(errors);
    }
    CompanyId id =
        transaction.execute(
            s -> {
              var created = companies.create(identity, false);
              users.grant(me.userId(), created, EnumSet.of(Role.ADMIN, Role.MANAGER));
              return created;
            });
    return resource(companies.view(id));
  }

  private CompanyResource resource(CompanyView view) {
    return new CompanyResource(
        view.id(),
        view.version(),
        CompanyForm.of(view.version(), view.identity()),
        view.demo(),
        clock.today(view.id()));
  }

  /** The user and their companies. */
  record Me(
      String username,
      String displayName,
      boolean systemAdmin,
      @Nullable CompanyId currentCompany,
      Set<Role> roles,
      List<Membership> companies) {}

  /** A company the user belongs to, with their roles there. */
  record Membership(CompanyId id, String name, Set<Role> roles) {}

  /** A company: its identity in the same fields as the update request, its date. */
  record CompanyResource(
      CompanyId id, int version, CompanyForm identity, boolean demo, LocalDate today) {}
}
