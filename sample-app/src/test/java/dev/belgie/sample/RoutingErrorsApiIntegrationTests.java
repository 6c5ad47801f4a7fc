package dev.belgie.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors raised before any controller runs are problem details with a code too. */
class RoutingErrorsApiIntegrationTests extends ApiIntegrationTests {

	@Test
	void anUnknownRouteIsNotFound() {
		TestUser user = this.api.signUp("Rita");
		this.api.get("/api/no-such-route", user.token()).expectProblem(404, "NOT_FOUND");
	}

	@Test
	void aWrongMethodIsNotAllowed() throws Exception {
		TestUser user = this.api.signUp("Rita");
		this.api.send("PUT", "/api/organizations", user.token(), "{}").expectProblem(405, "METHOD_NOT_ALLOWED");
		HttpResponse<String> response = raw("PUT", "application/json", "{}", user);
		assertThat(response.headers().firstValue("Allow").orElse("")).contains("GET").contains("POST");
	}

	@Test
	void aBodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
		TestUser user = this.api.signUp("Rita");
		HttpResponse<String> response = raw("POST", "text/plain", "Acme", user);
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(JsonMapper.builder().build().readTree(response.body()).get("code").asString())
			.isEqualTo("UNSUPPORTED_MEDIA_TYPE");
		assertThat(this.api.get("/api/organizations", user.token()).expect(200).values()).isEmpty();
	}

	private HttpResponse<String> raw(String method, String contentType, String body, TestUser user) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/organizations"))
			.header("Authorization", "Bearer " + user.token())
			.header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
