package dev.belgie.sample.web.openapi;

import dev.belgie.organization.autoconfigure.web.WebErrorCode;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.team.TeamErrorCode;
import dev.belgie.sample.api.SampleErrorCode;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sample app's published contract ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}): every route needs a bearer token unless it says otherwise,
 * and every error is an RFC 9457 problem with a {@code code}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	/**
	 * Where the app's error codes come from: add a class here when a feature brings codes
	 * of its own.
	 */
	@Bean
	ErrorCatalog errorCatalog() {
		return ErrorCatalog.of(OrganizationErrorCode.class, WebErrorCode.class, SampleErrorCode.class,
				TeamErrorCode.class);
	}

	@Bean
	ProblemResponsesCustomizer problemResponsesCustomizer(ErrorCatalog errorCatalog) {
		return new ProblemResponsesCustomizer(errorCatalog);
	}

	@Bean
	OpenAPI sampleOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Belgie organization sample app")
				.version("1")
				.description("Organizations, members and invitations over the Belgie organization starter."))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("JWT")
							.description("An access token from POST /api/auth/token."))
				.addSchemas(ProblemResponsesCustomizer.PROBLEM_SCHEMA, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	private static ObjectSchema problemSchema() {
		ObjectSchema fieldError = new ObjectSchema();
		fieldError.addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details with a stable code")
			.addProperty("type", new StringSchema().format("uri-reference"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("code", new StringSchema().description("stable UPPER_SNAKE_CASE error code"))
			.addProperty("errors",
					new ArraySchema().items(fieldError).description("the fields that failed validation"));
		problem.setRequired(java.util.List.of("type", "title", "status", "code"));
		return problem;
	}

}
