package org.pepin.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/v1} ({@code /v3/api-docs}, Swagger UI at /swagger-ui.html).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  @Bean
  OpenAPI pepinOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Pépin API")
                .version("v1")
                .description(
                    "Gestion commerciale, du devis à l'encaissement. Authentication: a personal"
                        + " access token (Profile › API access tokens) in `Authorization: Bearer"
                        + " <token>`; it acts for the company it was created in, with the user's"
                        + " roles there. Lists take `page` (from 0), `size` (1-500) and `sort`"
                        + " (`field` or `field,desc`). POSTs accept an `Idempotency-Key` header."
                        + " Errors are RFC 9457 problem documents with `errors: [{field, code,"
                        + " message}]`.")
                .license(new License().name("Apache-2.0")))
        .components(
            new Components()
                .addSecuritySchemes(
                    "token",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("Personal access token (pepin_…)")))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }
}
