package dev.belgie.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's gaps, by the probe's own requests: nobody joins, is joined or is mailed
 * without consent.
 */
class ConsentApiIntegrationTests extends ApiIntegrationTests {

	@Test
	void anUnverifiedAddressCannotBeAddedAndIsAnsweredLikeAnUnknownOne() {
		TestUser admin = this.api.signUp("Olivia");
		String organizationId = this.api.createOrganization(admin, "Corp").get("id").asString();
		TestUser impostor = this.api.signUpUnverified("newhire");
		String path = "/api/organizations/" + organizationId + "/members";
		JsonNode unverified = this.api.post(path, admin.token(), Map.of("email", impostor.email(), "role", "admin"))
			.expectProblem(404, "USER_NOT_FOUND");
		JsonNode byId = this.api.post(path, admin.token(), Map.of("userId", impostor.id(), "role", "admin"))
			.expectProblem(404, "USER_NOT_FOUND");
		JsonNode unknown = this.api
			.post(path, admin.token(), Map.of("email", SampleApi.uniqueEmail("nobody"), "role", "admin"))
			.expectProblem(404, "USER_NOT_FOUND");
		assertThat(unverified.get("detail")).isEqualTo(unknown.get("detail")).isEqualTo(byId.get("detail"));
		assertThat(this.api.get("/api/organizations/" + organizationId, admin.token())
			.expect(200)
			.get("memberCount")
			.asInt()).isOne();
	}

	@Test
	void anUnverifiedAccountSendsNoInvitations() {
		TestUser spammer = this.api.signUpUnverified("Spammer");
		String organizationId = this.api.createOrganization(spammer, "URGENT Your account is locked")
			.get("id")
			.asString();
		this.api
			.post("/api/organizations/" + organizationId + "/invitations", spammer.token(),
					Map.of("email", SampleApi.uniqueEmail("victim"), "role", "member"))
			.expectProblem(403, "EMAIL_NOT_VERIFIED");
		assertThat(this.api.get("/api/organizations/" + organizationId + "/invitations", spammer.token())
			.expect(200)
			.get("total")
			.asInt()).isZero();
	}

	@Test
	void signUpRefusesAddressesTheStarterRefuses() {
		for (String email : new String[] { "x@[127.0.0.1]", "\"quoted\"@example.com" }) {
			this.api.post("/api/users", null, Map.of("email", email, "name", "X", "password", SampleApi.PASSWORD))
				.expectInvalid("email");
		}
	}

	@Test
	void braceInputsOnTheInvitationPageAreNeverServerErrors() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + this.port + "/invitations/" + UUID.randomUUID() + "?token=%7Bx%7D"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'"));
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
	}

}
