package org.pepin.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.NavigationContribution;
import org.pepin.platform.NavigationEntry;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.security.PepinPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Fills what the page frame shows around every screen (UI.md "Frame"): the user, the company they
 * act for and its date, the companies they can switch to, and the navigation entries their roles
 * allow.
 */
@Component
class LayoutInterceptor implements HandlerInterceptor {

  private final CompanyManagement companies;
  private final CompanyClock clock;
  private final ObjectProvider<NavigationContribution> contributions;

  LayoutInterceptor(
      CompanyManagement companies,
      CompanyClock clock,
      ObjectProvider<NavigationContribution> contributions) {
    this.companies = companies;
    this.clock = clock;
    this.contributions = contributions;
  }

  @Override
  public void postHandle(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      @Nullable ModelAndView mav) {
    if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
      return;
    }
    mav.addObject("requestPath", request.getRequestURI());
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof PepinPrincipal me)) {
      return;
    }
    mav.addObject("me", me);
    List<CompanyChoice> choices = new ArrayList<>();
    for (CompanyId id : me.memberships().keySet()) {
      choices.add(new CompanyChoice(id, companies.identity(id).name()));
    }
    choices.sort(Comparator.comparing(CompanyChoice::name));
    mav.addObject("myCompanies", choices);
    CompanyId current = me.currentCompany();
    if (current != null) {
      var view = companies.view(current);
      mav.addObject("currentCompany", new CompanyChoice(current, view.identity().name()));
      mav.addObject("companyDemo", view.demo());
      mav.addObject("companyToday", clock.today(current));
      mav.addObject("clockMoved", !view.clockOffset().isZero());
    }
    mav.addObject("navigation", navigation(me, request.getRequestURI()));
  }

  private List<NavGroup> navigation(PepinPrincipal me, String path) {
    Map<String, NavGroup> groups = new LinkedHashMap<>();
    List<NavigationEntry> entries =
        contributions
            .orderedStream()
            .flatMap(c -> c.navigationEntries().stream())
            .filter(e -> visible(e, me))
            .toList();
    // the page is under the entry with the longest path that starts it (« À livrer »,
    // /livraisons/a-livrer, rather than « Bons de livraison », /livraisons)
    String current =
        entries.stream()
            .map(NavigationEntry::path)
            .filter(path::startsWith)
            .max(Comparator.comparingInt(String::length))
            .orElse(null);
    entries.stream()
        .sorted(
            Comparator.comparingInt(NavigationEntry::groupOrder)
                .thenComparingInt(NavigationEntry::order))
        .forEach(
            e ->
                groups
                    .computeIfAbsent(e.group(), g -> new NavGroup(g, new ArrayList<>()))
                    .links()
                    .add(new NavLink(e.label(), e.path(), e.path().equals(current))));
    return List.copyOf(groups.values());
  }

  private static boolean visible(NavigationEntry entry, PepinPrincipal me) {
    if (entry.systemAdminOnly()) {
      return me.systemAdmin();
    }
    if (me.currentCompany() == null) {
      return false;
    }
    return entry.roles().isEmpty() || entry.roles().stream().anyMatch(me::hasRole);
  }

  /** A company in the switcher. */
  public record CompanyChoice(CompanyId id, String name) {}

  /** A group of the left navigation. */
  public record NavGroup(String label, List<NavLink> links) {}

  /** A link of the left navigation; {@code active} when the page is under it. */
  public record NavLink(String label, String path, boolean active) {}
}
