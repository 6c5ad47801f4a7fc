package dev.belgie.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real HTTP client for the running sample app: signs users up, gets their tokens and
 * sends JSON requests with {@code Authorization: Bearer}. Every user and slug it makes up
 * is unique, so tests that share the application context do not see each other's data.
 */
final class SampleApi {

	static final String PASSWORD = "correct horse battery";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	SampleApi(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/** A made-up address nobody else uses, such as {@code alice-1a2b3c4d@example.com}. */
	static String uniqueEmail(String prefix) {
		return prefix + "-" + unique() + "@example.com";
	}

	/** A made-up valid slug nobody else uses. */
	static String uniqueSlug(String prefix) {
		return prefix + "-" + unique();
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Signs up a user with a unique address, verifies its e-mail with the token of the
	 * verification e-mail (from {@link TestMailServer}), and gets a token for it.
	 */
	TestUser signUp(String name) {
		return signUp(uniqueEmail(name.toLowerCase()), name);
	}

	TestUser signUp(String email, String name) {
		JsonNode user = createUser(email, name);
		verifyEmail(user.get("email").asString());
		return withToken(user);
	}

	/**
	 * Signs up a user with a unique address, leaves its e-mail unverified, and gets a
	 * token for it.
	 */
	TestUser signUpUnverified(String name) {
		return signUpUnverified(uniqueEmail(name.toLowerCase()), name);
	}

	TestUser signUpUnverified(String email, String name) {
		return withToken(createUser(email, name));
	}

	private JsonNode createUser(String email, String name) {
		return post("/api/users", null, Map.of("email", email, "name", name, "password", PASSWORD)).expect(201);
	}

	private TestUser withToken(JsonNode user) {
		String email = user.get("email").asString();
		return new TestUser(user.get("id").asString(), email, user.get("name").asString(), token(email));
	}

	/**
	 * Verifies a signed-up user's e-mail with the token of the latest verification e-mail
	 * sent to it.
	 */
	void verifyEmail(String email) {
		JsonNode verified = post("/api/users/verify-email", null,
				Map.of("token", TestMailServer.verificationToken(email)))
			.expect(200);
		assertThat(verified.get("emailVerified").asBoolean()).as("%s is verified", email).isTrue();
	}

	String token(String email) {
		return post("/api/auth/token", null, Map.of("email", email, "password", PASSWORD)).expect(200)
			.get("accessToken")
			.asString();
	}

	/** Creates an organization with a unique slug; the user becomes its owner. */
	JsonNode createOrganization(TestUser owner, String name) {
		return post("/api/organizations", owner.token(), Map.of("name", name, "slug", uniqueSlug("org"))).expect(201);
	}

	/** Adds a signed-up user to an organization by e-mail; returns the {@code Member}. */
	JsonNode addMember(TestUser caller, String organizationId, TestUser user, String role) {
		return post("/api/organizations/" + organizationId + "/members", caller.token(),
				Map.of("email", user.email(), "role", role))
			.expect(201);
	}

	ApiResponse get(String path, String token) {
		return send("GET", path, token, null);
	}

	ApiResponse post(String path, String token, Object body) {
		return send("POST", path, token, body);
	}

	ApiResponse patch(String path, String token, Object body) {
		return send("PATCH", path, token, body);
	}

	ApiResponse delete(String path, String token) {
		return send("DELETE", path, token, null);
	}

	/**
	 * Sends a request. A {@link String} body is sent as it is (to send malformed JSON);
	 * any other body is written as JSON.
	 */
	ApiResponse send(String method, String path, String token, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "application/json, application/problem+json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			String text = (body instanceof String raw) ? raw : JSON.writeValueAsString(body);
			request.header("Content-Type", "application/json");
			request.method(method, HttpRequest.BodyPublishers.ofString(text));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			JsonNode json = (text == null || text.isEmpty()) ? null : JSON.readTree(text);
			return new ApiResponse(method + " " + path, response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(null),
					response.headers().firstValue("Location").orElse(null), text, json, response.headers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A signed-up user and a valid access token for it. */
	record TestUser(String id, String email, String name, String token) {
	}

	/** A response: status, content type and the body, parsed when there is one. */
	record ApiResponse(String request, int status, String contentType, String location, String text, JsonNode body,
			HttpHeaders headers) {

		/** Asserts the status and a JSON body; returns the body. */
		JsonNode expect(int expectedStatus) {
			assertThat(this.status).as("status of %s, body %s", this.request, this.text).isEqualTo(expectedStatus);
			assertThat(this.contentType).as("Content-Type of %s", this.request).startsWith("application/json");
			return this.body;
		}

		/** Asserts an empty response with the status, such as a 204. */
		void expectEmpty(int expectedStatus) {
			assertThat(this.status).as("status of %s, body %s", this.request, this.text).isEqualTo(expectedStatus);
			assertThat(this.text).as("body of %s", this.request).isEmpty();
		}

		/** Asserts an RFC 9457 problem with the status and code; returns the problem. */
		JsonNode expectProblem(int expectedStatus, String code) {
			assertThat(this.status).as("status of %s, body %s", this.request, this.text).isEqualTo(expectedStatus);
			assertThat(this.contentType).as("Content-Type of %s", this.request).startsWith("application/problem+json");
			assertThat(this.body.path("code").asString()).as("code of %s", this.request).isEqualTo(code);
			assertThat(this.body.path("status").asInt()).as("status member of %s", this.request)
				.isEqualTo(expectedStatus);
			assertThat(this.body.path("type").asString()).as("type of %s", this.request).isNotBlank();
			assertThat(this.body.path("title").asString()).as("title of %s", this.request).isNotBlank();
			assertThat(this.body.path("detail").asString()).as("detail of %s", this.request).isNotBlank();
			return this.body;
		}

		/**
		 * Asserts a 400 {@code VALIDATION_FAILED} problem naming each of the fields in
		 * {@code errors}.
		 */
		JsonNode expectInvalid(String... fields) {
			JsonNode problem = expectProblem(400, "VALIDATION_FAILED");
			assertThat(problem.path("errors").values()).as("errors of %s", this.request)
				.extracting((error) -> error.path("field").asString())
				.contains(fields);
			assertThat(problem.path("errors").values()).allSatisfy(
					(error) -> assertThat(error.path("message").asString()).as("message of %s", error).isNotBlank());
			return problem;
		}

		/**
		 * Asserts a 400 {@code VALIDATION_FAILED} problem for a body that is not valid
		 * JSON.
		 */
		JsonNode expectBadRequest() {
			return expectProblem(400, "VALIDATION_FAILED");
		}

	}

}
