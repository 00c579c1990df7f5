package org.pepin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of ARCHITECTURE §2, checked by the build: every module only uses the modules
 * its {@code package-info.java} allows, through their API packages, with no cycle. Writes the
 * module documentation (PlantUML diagrams and canvases) to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(PepinApplication.class);

  @Test
  void modules_respect_their_declared_dependencies() {
    MODULES.verify();
  }

  @Test
  void the_modules_of_the_walking_skeleton_exist() {
    assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .contains("shared", "platform");
    assertThat(MODULES.getModuleByName("platform").orElseThrow().getDisplayName())
        .isEqualTo("Plateforme");
  }

  @Test
  void writes_the_module_documentation() {
    var folder = java.nio.file.Path.of("target", "spring-modulith-docs");
    new Documenter(MODULES, folder.toString())
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    assertThat(folder.resolve("components.puml")).exists().content().contains("Plateforme");
    assertThat(folder.resolve("module-platform.puml")).exists();
  }
}
