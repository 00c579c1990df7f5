package org.pepin.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.security.Problems;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the API's POSTs (draft-ietf-httpapi-idempotency-key-header): the first
 * request with a key is processed and its answer stored; the same key replayed by the same user —
 * even concurrently, even on another instance — gets that stored answer (header {@code
 * Idempotent-Replayed: true}) and creates nothing more. A concurrent duplicate waits for the first
 * to finish (polling the database, at most {@link #WAIT}), then replays it; the same key with
 * another payload is refused (422). A failed first request (5xx or exception) releases the key.
 * Keys are kept 24 hours.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  static final int MAX_BODY = 1024 * 1024;
  static final Duration WAIT = Duration.ofSeconds(10);
  static final Duration POLL = Duration.ofMillis(50);
  static final Duration STALE = Duration.ofMinutes(5);
  static final Duration KEEP = Duration.ofHours(24);
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

  private final JdbcClient jdbc;
  private final Clock clock;
  private final MessageSource messages;
  private final LocaleResolver locales;

  IdempotencyFilter(JdbcClient jdbc, Clock clock, MessageSource messages, LocaleResolver locales) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || request.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof PepinPrincipal user)) {
      chain.doFilter(request, response);
      return;
    }
    String key = request.getHeader(HEADER);
    if (!KEY.matcher(key).matches()) {
      problem(request, response, HttpStatus.BAD_REQUEST, "error.idempotency.key");
      return;
    }
    byte[] body;
    HttpServletRequest forwarded;
    if (isMultipart(request)) {
      // an upload: the servlet container parses (and size-limits) the parts; their content is
      // hashed, and the request goes on untouched so that the controller reads the same parts
      try {
        body = partsDigest(request);
      } catch (IOException | ServletException | RuntimeException e) {
        chain.doFilter(request, response); // the multipart resolver reports the same failure
        return;
      }
      forwarded = request;
    } else {
      body = request.getInputStream().readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        problem(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "error.payload-too-large");
        return;
      }
      forwarded = new CachedBodyRequest(request, body);
    }
    String hash = hash(request, body);
    UUID userId = user.userId().value();
    Instant deadline = clock.instant().plus(WAIT);
    while (clock.instant().isBefore(deadline)) {
      if (claim(userId, key, user, hash)) {
        process(forwarded, response, chain, userId, key);
        return;
      }
      Optional<Stored> stored = find(userId, key);
      if (stored.isEmpty()) {
        continue;
      }
      if (!stored.get().hash().equals(hash)) {
        problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "error.idempotency.mismatch");
        return;
      }
      if (stored.get().status() != null) {
        replay(stored.get(), response);
        return;
      }
      if (stored.get().createdAt().isBefore(clock.instant().minus(STALE))) {
        release(userId, key);
        continue;
      }
      pause();
    }
    response.setHeader("Retry-After", "1");
    problem(request, response, HttpStatus.CONFLICT, "error.idempotency.pending");
  }

  private void process(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      UUID userId,
      String key)
      throws ServletException, IOException {
    var captured = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, captured);
    } catch (ServletException | IOException | RuntimeException e) {
      release(userId, key);
      throw e;
    }
    if (captured.getStatus() >= 500) {
      release(userId, key);
    } else {
      jdbc.sql(
              "UPDATE idempotency_record SET status = 'COMPLETED', response_status = :status,"
                  + " content_type = :type, location = :location, response_body = :body,"
                  + " completed_at = :at WHERE app_user = :user AND idempotency_key = :key")
          .param("status", captured.getStatus())
          .param("type", captured.getContentType())
          .param("location", captured.getHeader("Location"))
          .param("body", new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8))
          .param("at", Timestamp.from(clock.instant()))
          .param("user", userId)
          .param("key", key)
          .update();
    }
    captured.copyBodyToResponse();
  }

  /** Inserts the key as in progress; false if it exists already. */
  private boolean claim(UUID user, String key, PepinPrincipal principal, String hash) {
    jdbc.sql("DELETE FROM idempotency_record WHERE created_at < :limit")
        .param("limit", Timestamp.from(clock.instant().minus(KEEP)))
        .update();
    try {
      jdbc.sql(
              "INSERT INTO idempotency_record (app_user, idempotency_key, company_id,"
                  + " request_hash, status, created_at)"
                  + " VALUES (:user, :key, :company, :hash, 'IN_PROGRESS', :at)")
          .param("user", user)
          .param("key", key)
          .param(
              "company",
              principal.currentCompany() == null ? null : principal.currentCompany().value())
          .param("hash", hash)
          .param("at", Timestamp.from(clock.instant()))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private record Stored(
      String hash,
      @Nullable Integer status,
      @Nullable String contentType,
      @Nullable String location,
      @Nullable String body,
      Instant createdAt) {}

  private Optional<Stored> find(UUID user, String key) {
    return jdbc.sql(
            "SELECT request_hash, response_status, content_type, location, response_body,"
                + " created_at FROM idempotency_record WHERE app_user = :user"
                + " AND idempotency_key = :key")
        .param("user", user)
        .param("key", key)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getString(1),
                    (Integer) rs.getObject(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getTimestamp(6).toInstant()))
        .optional();
  }

  private void release(UUID user, String key) {
    jdbc.sql(
            "DELETE FROM idempotency_record WHERE app_user = :user AND idempotency_key = :key"
                + " AND status = 'IN_PROGRESS'")
        .param("user", user)
        .param("key", key)
        .update();
  }

  private static void replay(Stored stored, HttpServletResponse response) throws IOException {
    response.setStatus(stored.status());
    response.setHeader("Idempotent-Replayed", "true");
    if (stored.location() != null) {
      response.setHeader("Location", stored.location());
    }
    if (stored.contentType() != null) {
      response.setContentType(stored.contentType());
    }
    if (stored.body() != null) {
      response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Waits before looking again at a request in progress elsewhere (this instance or another): the
   * database is the only place both can see.
   */
  private static void pause() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void problem(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
      throws IOException {
    Problems.write(
        response, status, messages.getMessage(key, null, key, locales.resolveLocale(request)));
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  /** A digest of the parts of an upload: names, file names and contents, in order. */
  private static byte[] partsDigest(HttpServletRequest request)
      throws IOException, ServletException {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      for (var part : request.getParts()) {
        digest.update(
            (part.getName() + "\0" + part.getSubmittedFileName() + "\0")
                .getBytes(StandardCharsets.UTF_8));
        try (var in = part.getInputStream()) {
          digest.update(in.readAllBytes());
        }
      }
      var files =
          org.springframework.web.util.WebUtils.getNativeRequest(
              request, org.springframework.web.multipart.MultipartHttpServletRequest.class);
      if (files != null) { // MockMvc's uploads, whose files are not servlet parts
        for (var file : files.getMultiFileMap().entrySet()) {
          for (var f : file.getValue()) {
            digest.update(
                (file.getKey() + "\0" + f.getOriginalFilename() + "\0")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(f.getBytes());
          }
        }
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hash(HttpServletRequest request, byte[] body) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(
          (request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString())
              .getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The request with its body already read, served again to the controllers. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(
          new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
