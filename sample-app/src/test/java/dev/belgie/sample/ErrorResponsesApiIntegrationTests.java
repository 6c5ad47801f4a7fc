package dev.belgie.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response with a status of 400 or more is a problem with a code, including those
 * that no controller writes: an uncaught exception, {@code /error} itself, and requests
 * that Spring Security's firewall or Tomcat refuse before the application sees them.
 */
@Import(ErrorResponsesApiIntegrationTests.FailingController.class)
class ErrorResponsesApiIntegrationTests extends ApiIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUncaughtExceptionIsAnInternalErrorWithoutDetails() throws Exception {
		String token = this.api.signUp("Fay").token();
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(uri("/api/test/failure")).header("Authorization", "Bearer " + token).build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode problem = assertProblem(response, 500, "INTERNAL_ERROR");
		assertThat(response.body()).doesNotContain("secret detail")
			.doesNotContain("IllegalStateException")
			.doesNotContain("trace");
		assertThat(problem.path("detail").asString()).isNotBlank();
	}

	@Test
	void anUnauthenticatedRequestIsChallengedForABearerToken() throws Exception {
		HttpResponse<String> response = get("/api/me");
		assertProblem(response, 401, "UNAUTHENTICATED");
		assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
	}

	@Test
	void theErrorPageAskedForDirectlyIsAProblem() throws Exception {
		assertProblem(get("/error"), 404, "NOT_FOUND");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/organizations;jsessionid=x", "/api//organizations", "/api/%2e%2e/api/me",
			"/api/organizations/%2e%2e/x" })
	void aUrlRefusedByTheFirewallIsARejectedRequest(String path) throws Exception {
		assertProblem(get(path), 400, "REQUEST_REJECTED");
	}

	@Test
	void aNulInThePathRefusedByTomcatIsARejectedRequest() throws Exception {
		assertProblem(get("/api/organizations/%00"), 400, "REQUEST_REJECTED");
	}

	@Test
	void headersOverTheLimitRefusedByTomcatAreARejectedRequest() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/api/me")).header("X-Padding", "x".repeat(16 * 1024)).build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertProblem(response, 400, "REQUEST_REJECTED");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as("status, body %s", response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).as("Content-Type")
			.startsWith("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isNotBlank();
		return problem;
	}

	/** A route that fails as a bug would: an exception nothing handles. */
	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class FailingController {

		@GetMapping("/api/test/failure")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

	}

}
