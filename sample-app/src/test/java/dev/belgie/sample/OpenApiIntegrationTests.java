package dev.belgie.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.belgie.organization.autoconfigure.web.WebErrorCode;
import dev.belgie.organization.error.ErrorCode;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.team.TeamErrorCode;
import dev.belgie.sample.web.openapi.ErrorCatalog;
import dev.belgie.sample.web.openapi.ProblemResponses;
import dev.belgie.sample.api.SampleErrorCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published contract ({@code /v3/api-docs}) against the running app: every route it
 * serves is documented with its error codes, every documented code is one the app
 * defines, and the document says truly which routes need a token.
 */
class OpenApiIntegrationTests extends ApiIntegrationTests {

	/**
	 * The codes the app can answer with: the starter's, its web layer's and the sample's
	 * own.
	 */
	private static final ErrorCatalog APP_CODES = ErrorCatalog.of(OrganizationErrorCode.class, WebErrorCode.class,
			SampleErrorCode.class, TeamErrorCode.class);

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void theContractAndSwaggerUiAreServedWithoutAToken() throws Exception {
		JsonNode document = document();
		assertThat(document.path("openapi").asString()).startsWith("3.1");
		assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		HttpResponse<String> ui = browser.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/swagger-ui.html")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).contains("swagger-ui");
	}

	@Test
	void everyApiRouteTheAppServesIsDocumentedWithItsErrors() {
		JsonNode paths = document().path("paths");
		List<String> routes = new ArrayList<>();
		this.handlerMapping.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("dev.belgie.sample")
					|| routes(info).stream().noneMatch((route) -> route.contains(" /api/"))) {
				return;
			}
			assertThat(handler.hasMethodAnnotation(ProblemResponses.class))
				.as("%s declares its error codes with @ProblemResponses", handler)
				.isTrue();
			for (String route : routes(info)) {
				String[] methodAndPath = route.split(" ", 2);
				JsonNode operation = paths.path(methodAndPath[1]).path(methodAndPath[0].toLowerCase(Locale.ROOT));
				assertThat(operation.isObject()).as("%s is in /v3/api-docs", route).isTrue();
				assertThat(problemCodes(operation)).as("error codes of %s", route).isNotEmpty();
				routes.add(route);
			}
		});
		assertThat(routes).contains("POST /api/organizations", "POST /api/users",
				"POST /api/invitations/{invitationId}/accept");
	}

	@Test
	void everyDocumentedErrorCodeIsOneTheAppDefinesWithThatStatus() {
		forEachOperation(document(), (route, operation) -> operation.path("responses").properties().forEach((entry) -> {
			for (String name : codesOf(entry.getValue())) {
				ErrorCode code = APP_CODES.get(name, route);
				assertThat(entry.getKey()).as("status of %s on %s", name, route)
					.isEqualTo(String.valueOf(code.status()));
			}
		}));
	}

	@Test
	void aRouteNeedsATokenExactlyWhenTheContractSaysSo() {
		forEachOperation(document(), (route, operation) -> {
			boolean open = operation.has("security") && operation.path("security").isEmpty();
			String[] methodAndPath = route.split(" ", 2);
			String path = methodAndPath[1].replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
			SampleApi.ApiResponse response = this.api.send(methodAndPath[0], path, null,
					operation.has("requestBody") ? Map.of() : null);
			if (open) {
				assertThat(response.status()).as("%s is open to everyone: %s", route, response.text())
					.isNotEqualTo(401);
			}
			else {
				response.expectProblem(401, "UNAUTHENTICATED");
				assertThat(problemCodes(operation)).as("documented errors of %s", route).contains("UNAUTHENTICATED");
			}
		});
	}

	@Test
	void requestAndResponseBodiesHaveSchemas() {
		JsonNode create = document().at("/paths/~1api~1organizations/post");
		assertThat(create.at("/requestBody/content/application~1json/schema/$ref").asString())
			.endsWith("/CreateOrganizationRequest");
		assertThat(create.at("/responses/201/content/application~1json/schema/$ref").asString())
			.endsWith("/Organization");
		JsonNode organization = document().at("/components/schemas/Organization/properties");
		assertThat(organization.propertyNames()).contains("id", "name", "slug", "createdAt");
	}

	private JsonNode document() {
		return this.api.get("/v3/api-docs", null).expect(200);
	}

	/** {@code GET /api/organizations/{organizationId}}, one per method of a mapping. */
	private static List<String> routes(RequestMappingInfo info) {
		List<String> routes = new ArrayList<>();
		info.getMethodsCondition()
			.getMethods()
			.forEach((method) -> info.getPathPatternsCondition()
				.getPatternValues()
				.forEach((pattern) -> routes.add(method.name() + " " + pattern)));
		return routes;
	}

	private static void forEachOperation(JsonNode document, java.util.function.BiConsumer<String, JsonNode> action) {
		document.path("paths")
			.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((operation) -> action.accept(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
						operation.getValue())));
	}

	private static List<String> problemCodes(JsonNode operation) {
		List<String> codes = new ArrayList<>();
		operation.path("responses").properties().forEach((entry) -> codes.addAll(codesOf(entry.getValue())));
		return codes;
	}

	/** The {@code code} enum of a problem+json response. */
	private static List<String> codesOf(JsonNode response) {
		List<String> codes = new ArrayList<>();
		response.at("/content/application~1problem+json/schema/allOf")
			.values()
			.forEach((part) -> part.at("/properties/code/enum").values().forEach((code) -> codes.add(code.asString())));
		return codes;
	}

}
