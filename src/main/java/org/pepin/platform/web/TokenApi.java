package org.pepin.platform.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyId;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.token.ApiTokens;
import org.pepin.platform.token.ApiTokens.NewToken;
import org.pepin.platform.token.ApiTokens.TokenView;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API: the caller's personal access tokens in the current company. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApi {

  private final ApiTokens tokens;

  TokenApi(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping
  List<TokenView> list(CompanyId company, @AuthenticationPrincipal PepinPrincipal me) {
    return tokens.list(me.userId(), company);
  }

  /** Creates a token; its secret is in this answer only. */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  NewToken create(
      CompanyId company,
      @AuthenticationPrincipal PepinPrincipal me,
      @RequestBody NewTokenRequest request) {
    return tokens.create(
        me, company, request.name() == null ? "" : request.name(), request.expiresOn());
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@AuthenticationPrincipal PepinPrincipal me, @PathVariable("id") UUID id) {
    tokens.revoke(me, id);
  }

  /** A new token: a name, and an optional expiry date (ISO). */
  record NewTokenRequest(@Nullable String name, @Nullable LocalDate expiresOn) {}
}
