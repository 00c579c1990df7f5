package org.pepin.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pepin.platform.CompanyClock;
import org.pepin.platform.CompanyId;
import org.pepin.platform.PlatformProperties;
import org.pepin.platform.company.CompanyManagement;
import org.pepin.platform.demo.DemoCase;
import org.pepin.platform.security.CompanySwitch;
import org.pepin.platform.security.PepinPrincipal;
import org.pepin.platform.user.UserManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** Login page, home page, company switch and language switch. */
@Controller
class SessionController {

  private final PlatformProperties properties;
  private final CompanyManagement companies;
  private final CompanyClock clock;
  private final CompanySwitch companySwitch;
  private final UserManagement users;
  private final LocaleResolver locales;

  SessionController(
      PlatformProperties properties,
      CompanyManagement companies,
      CompanyClock clock,
      CompanySwitch companySwitch,
      UserManagement users,
      LocaleResolver locales) {
    this.properties = properties;
    this.companies = companies;
    this.clock = clock;
    this.companySwitch = companySwitch;
    this.users = users;
    this.locales = locales;
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("demo", properties.demo().enabled());
    if (properties.demo().enabled()) {
      model.addAttribute("demoPeople", DemoCase.PEOPLE);
      model.addAttribute("demoPassword", DemoCase.PASSWORD);
    }
    return "platform/login";
  }

  @GetMapping("/")
  String home(@AuthenticationPrincipal PepinPrincipal me, Model model) {
    CompanyId company = me.currentCompany();
    if (company == null) {
      return me.systemAdmin() ? "redirect:/admin/companies" : "platform/no-company";
    }
    model.addAttribute("view", companies.view(company));
    model.addAttribute("today", clock.today(company));
    model.addAttribute("roles", me.roles());
    return "platform/home";
  }

  /** Switches to another of the user's companies; another company's id answers 404. */
  @PostMapping("/company/switch")
  String switchCompany(
      @AuthenticationPrincipal PepinPrincipal me,
      @RequestParam("company") CompanyId company,
      HttpServletRequest request,
      HttpServletResponse response) {
    companySwitch.switchTo(me, company, request, response);
    return "redirect:/";
  }

  /** Sets the language (cookie, and the user's profile). */
  @PostMapping("/language")
  String language(
      @AuthenticationPrincipal PepinPrincipal me,
      @RequestParam("lang") String lang,
      @RequestParam(name = "back", required = false) @Nullable String back,
      HttpServletRequest request,
      HttpServletResponse response) {
    users.setLanguage(me.userId(), lang);
    locales.setLocale(request, response, Locale.forLanguageTag(lang));
    return "redirect:"
        + (back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/");
  }
}
