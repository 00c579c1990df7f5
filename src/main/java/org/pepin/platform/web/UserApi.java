package org.pepin.platform.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PageQuery;
import org.pepin.platform.PageQuery.ApiPage;
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

  /** The company's users; sort by {@code username}, {@code displayName} or {@code createdAt}. */
  @GetMapping("/users")
  ApiPage<UserView> users(
      CompanyId company,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "sort", required = false) @Nullable String sort) {
    return PageQuery.of(page, size, sort, List.copyOf(USER_SORTS.keySet()), "displayName")
        .page(users.list(company), USER_SORTS);
  }

  private static final Map<String, Comparator<UserView>> USER_SORTS =
      Map.of(
          "username", Comparator.comparing(UserView::username),
          "displayName", Comparator.comparing(UserView::displayName, String.CASE_INSENSITIVE_ORDER),
          "createdAt", Comparator.comparing(UserView::createdAt));

  @GetMapping("/users/{id}")
  UserView user(CompanyId company, @PathVariable("id") UserId id) {
    return users.view(company, id);
  }

  @PostMapping("/users")
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

  /** The audit log, newest first by default ({@code sort=occurredAt,asc} for oldest first). */
  @GetMapping("/audit-events")
  ApiPage<AuditEntry> auditEvents(
      CompanyId company,
      @RequestParam(name = "action", required = false) @Nullable String action,
      @RequestParam(name = "user", required = false) @Nullable String user,
      @RequestParam(name = "q", required = false) @Nullable String text,
      @RequestParam(name = "from", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate from,
      @RequestParam(name = "to", required = false) @DateTimeFormat(pattern = "yyyy-MM-dd")
          @Nullable LocalDate to,
      @RequestParam(name = "page", required = false) @Nullable Integer page,
      @RequestParam(name = "size", required = false) @Nullable Integer size,
      @RequestParam(name = "sort", required = false) @Nullable String sort) {
    var filter = new AuditFilter(null, action, user, text, from, to);
    var query = PageQuery.of(page, size, sort, List.of("occurredAt"), "occurredAt,desc");
    return new ApiPage<>(
        audit.search(company, filter, query.offset(), query.size(), query.ascending()),
        query.page(),
        query.size(),
        audit.count(company, filter));
  }

  @GetMapping("/audit-events/{id}")
  AuditEntry auditEvent(CompanyId company, @PathVariable("id") UUID id) {
    return audit.find(company, id).orElseThrow(() -> new ResourceNotFound("audit", id));
  }

  private static String nonNull(@Nullable String text) {
    return text == null ? "" : text;
  }

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
