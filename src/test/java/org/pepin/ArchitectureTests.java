package org.pepin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;

/** House rules (CONVENTIONS.md) that the build checks. */
@AnalyzeClasses(packages = "org.pepin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  /** Package by business capability: no layer-named packages under the base package. */
  static final Set<String> LAYER_NAMES =
      Set.of(
          "service",
          "services",
          "repository",
          "repositories",
          "controller",
          "controllers",
          "model",
          "models",
          "util",
          "utils",
          "common",
          "entity",
          "entities",
          "dto",
          "dao");

  @ArchTest
  static final ArchRule no_layer_named_top_level_packages =
      classes()
          .should(
              new ArchCondition<JavaClass>("reside in a business-capability package") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                  String[] parts = type.getPackageName().split("\\.");
                  if (parts.length > 2 && LAYER_NAMES.contains(parts[2])) {
                    events.add(
                        SimpleConditionEvent.violated(
                            type, type.getName() + " is in a layer-named top-level package"));
                  }
                }
              });

  /** Business code asks the company clock (ARCHITECTURE §3 "Time"), never the system clock. */
  @ArchTest
  static final ArchRule no_system_clock =
      noClasses()
          .should()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .orShould()
          .callMethod(Instant.class, "now")
          .as("dates come from the company clock, not from the system clock");

  @ArchTest
  static final ArchRule no_field_injection =
      noFields().should().beAnnotatedWith(Autowired.class).as("constructor injection only");

  /** The shared kernel is plain Java: no Spring, no persistence, no web. */
  @ArchTest
  static final ArchRule shared_kernel_is_plain =
      noClasses()
          .that()
          .resideInAPackage("org.pepin.shared..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework.beans..",
              "org.springframework.context..",
              "org.springframework.data..",
              "org.springframework.jdbc..",
              "org.springframework.web..",
              "jakarta..",
              "org.pepin.platform..");
}
