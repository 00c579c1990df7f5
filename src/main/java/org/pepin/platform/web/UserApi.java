package org.pepin.platform.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.ResourceNotFound;
import org.pepin.platform.Role;
import org.pepin.platform.UserId;
import org.pepin.platform.audit.AuditEntry;
import org.pepin.platform.audit.JdbcAuditLog;
import org.pepin.platform.audit.JdbcAuditLog.AuditFilter;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.user.UserManagement;
import org.pepin.platform.user.UserManagement.NewUser;
import org.pepin.platform.user.UserManagement.UserUpdate;
import org.pepin.platform.user.UserManagement.UserView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API: the company's users (administrators) and its audit log. */
@RestController
@RequestMapping("/api/v1")
class UserApi {

  private final UserManagement users;
  private final JdbcAuditLog audit;

  UserApi(UserManagement users, JdbcAuditLog audit) {
    this.users = users;
    this.audit = audit;
  }

  @GetMapping("/users")
  @PreAuthorize("hasRole('ADMIN')")
  List<UserView> users(CompanyId company) {
    return users.list(company);
  }

  @GetMapping("/users/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  UserView user(CompanyId company, @PathVariable("id") UserId id) {
    return users.view(company, id);
  }

  @PostMapping("/users")
  @PreAuthorize("hasRole('ADMIN')")
  @ResponseStatus(HttpStatus.CREATED)
  UserView create(CompanyId company, @RequestBody NewUserRequest request) {
    UserId id =
        users.create(
            company,
            new NewUser(
                nonNull(request.username()),
                nonNull(request.displayName()),
                request.email(),
                nonNull(request.password()),
                request.roles() == null ? Set.of() : request.roles()));
    return users.view(company, id);
  }

  @PutMapping("/users/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  UserView update(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @PathVariable("id") UserId id,
      @RequestBody UpdateUserRequest request) {
    users.view(company, id);
    users.update(
        me,
        company,
        id,
        request.version(),
        new UserUpdate(
            nonNull(request.displayName()),
            request.email(),
            request.enabled(),
            request.roles() == null ? Set.of() : request.roles()));
    return users.view(company, id);
  }

  @GetMapping("/audit-events")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  Page<AuditEntry> auditEvents(
      CompanyId company,
      @RequestParam(name = "action", required = false) @Nullable String action,
      @RequestParam(name = "user", required = false) @Nullable String user,
      @RequestParam(name = "q", required = false) @Nullable String text,
      @RequestParam(name = "from", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate from,
      @RequestParam(name = "to", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate to,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "50") int size) {
    var filter = new AuditFilter(null, action, user, text, from, to);
    int pageSize = Math.min(Math.max(size, 1), 500);
    int pageNumber = Math.max(page, 0);
    return new Page<>(
        audit.search(company, filter, pageNumber * pageSize, pageSize),
        pageNumber,
        pageSize,
        audit.count(company, filter));
  }

  @GetMapping("/audit-events/{id}")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  AuditEntry auditEvent(CompanyId company, @PathVariable("id") UUID id) {
    return audit.find(company, id).orElseThrow(() -> new ResourceNotFound("audit", id));
  }

  private static String nonNull(@Nullable String text) {
    return text == null ? "" : text;
  }

  /** A page of results. */
  record Page<T>(List<T> content, int page, int size, long totalElements) {}

  /** A new user of the company. */
  record NewUserRequest(
      @Nullable String username,
      @Nullable String displayName,
      @Nullable String email,
      @Nullable String password,
      @Nullable Set<Role> roles) {}

  /** Changes to a user, as of {@code version}. */
  record UpdateUserRequest(
      int version,
      @Nullable String displayName,
      @Nullable String email,
      boolean enabled,
      @Nullable Set<Role> roles) {}
}
