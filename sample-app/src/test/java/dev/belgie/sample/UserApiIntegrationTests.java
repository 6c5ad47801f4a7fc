package dev.belgie.sample;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import dev.belgie.sample.SampleApi.TestUser;
import dev.belgie.sample.accounts.TokenSigningKey;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample app's own accounts over HTTP: sign-up, token and {@code /api/me}. */
class UserApiIntegrationTests extends ApiIntegrationTests {

	@Autowired
	TokenSigningKey signingKey;

	@Test
	void signUpReturnsTheUser() {
		String email = SampleApi.uniqueEmail("ada");
		JsonNode user = this.api
			.post("/api/users", null, Map.of("email", email, "name", "Ada Lovelace", "password", "12345678"))
			.expect(201);
		ApiShapes.assertUser(user);
		assertThat(user.get("email").asString()).isEqualTo(email);
		assertThat(user.get("name").asString()).isEqualTo("Ada Lovelace");
		assertThat(user.get("emailVerified").asBoolean()).isFalse();
	}

	@Test
	void signUpRejectsABadEmail() {
		this.api.post("/api/users", null, Map.of("email", "not-an-email", "name", "Ada", "password", "12345678"))
			.expectInvalid("email");
	}

	@Test
	void signUpRejectsAShortPassword() {
		this.api
			.post("/api/users", null,
					Map.of("email", SampleApi.uniqueEmail("ada"), "name", "Ada", "password", "1234567"))
			.expectInvalid("password");
	}

	@Test
	void signUpAcceptsAPasswordOf128Characters() {
		String email = SampleApi.uniqueEmail("ada");
		String password = "p\u00e4ssw\u00f6rd-".repeat(13) + "12345678901";
		assertThat(password).hasSize(128);
		this.api.post("/api/users", null, Map.of("email", email, "name", "Ada", "password", password)).expect(201);
		String token = this.api.post("/api/auth/token", null, Map.of("email", email, "password", password))
			.expect(200)
			.get("accessToken")
			.asString();
		this.api.get("/api/me", token).expect(200);
		this.api.post("/api/auth/token", null, Map.of("email", email, "password", password.substring(0, 72)))
			.expectProblem(401, "BAD_CREDENTIALS");
	}

	@Test
	void signUpRejectsAPasswordLongerThan128Characters() {
		this.api
			.post("/api/users", null,
					Map.of("email", SampleApi.uniqueEmail("ada"), "name", "Ada", "password", "p".repeat(129)))
			.expectInvalid("password");
	}

	@Test
	void signUpRejectsANameLongerThan100Characters() {
		this.api
			.post("/api/users", null,
					Map.of("email", SampleApi.uniqueEmail("ada"), "name", "N".repeat(101), "password", "12345678"))
			.expectInvalid("name");
	}

	@Test
	void signUpRejectsAMissingField() {
		this.api.post("/api/users", null, Map.of("email", SampleApi.uniqueEmail("ada"), "password", "12345678"))
			.expectInvalid("name");
	}

	@Test
	void signUpRejectsMalformedJson() {
		this.api.post("/api/users", null, "{\"email\": \"ada@example.com\", ").expectBadRequest();
	}

	@Test
	void signUpRejectsATakenEmailInAnyCase() {
		String email = SampleApi.uniqueEmail("grace");
		this.api.signUp(email, "Grace");
		this.api.post("/api/users", null, Map.of("email", email, "name", "Other", "password", "12345678"))
			.expectProblem(409, "EMAIL_TAKEN");
		this.api.post("/api/users", null, Map.of("email", email.toUpperCase(), "name", "Other", "password", "12345678"))
			.expectProblem(409, "EMAIL_TAKEN");
	}

	@Test
	void tokenIsABearerTokenWithItsLifetime() {
		String email = SampleApi.uniqueEmail("alan");
		this.api.signUp(email, "Alan");
		JsonNode token = this.api.post("/api/auth/token", null, Map.of("email", email, "password", SampleApi.PASSWORD))
			.expect(200);
		assertThat(token.propertyNames()).containsExactlyInAnyOrder("accessToken", "tokenType", "expiresIn");
		assertThat(token.get("accessToken").asString()).isNotBlank();
		assertThat(token.get("tokenType").asString()).isEqualTo("Bearer");
		assertThat(token.get("expiresIn").isIntegralNumber()).isTrue();
		assertThat(token.get("expiresIn").asLong()).isEqualTo(3600);
	}

	@Test
	void tokenAcceptsTheEmailInAnotherCase() {
		String email = SampleApi.uniqueEmail("alan");
		TestUser user = this.api.signUp(email, "Alan");
		String token = this.api
			.post("/api/auth/token", null, Map.of("email", email.toUpperCase(), "password", SampleApi.PASSWORD))
			.expect(200)
			.get("accessToken")
			.asString();
		assertThat(this.api.get("/api/me", token).expect(200).get("id").asString()).isEqualTo(user.id());
	}

	@Test
	void tokenRejectsAWrongPassword() {
		String email = SampleApi.uniqueEmail("alan");
		this.api.signUp(email, "Alan");
		this.api.post("/api/auth/token", null, Map.of("email", email, "password", "wrong password"))
			.expectProblem(401, "BAD_CREDENTIALS");
	}

	@Test
	void tokenRejectsAnUnknownEmail() {
		this.api
			.post("/api/auth/token", null,
					Map.of("email", SampleApi.uniqueEmail("nobody"), "password", SampleApi.PASSWORD))
			.expectProblem(401, "BAD_CREDENTIALS");
	}

	@Test
	void tokenRejectsAMissingPassword() {
		this.api.post("/api/auth/token", null, Map.of("email", SampleApi.uniqueEmail("alan")))
			.expectInvalid("password");
	}

	@Test
	void meReturnsTheCaller() {
		TestUser user = this.api.signUp("Barbara");
		JsonNode me = this.api.get("/api/me", user.token()).expect(200);
		ApiShapes.assertUser(me);
		assertThat(me.get("id").asString()).isEqualTo(user.id());
		assertThat(me.get("email").asString()).isEqualTo(user.email());
		assertThat(me.get("name").asString()).isEqualTo("Barbara");
	}

	@Test
	void meWithoutATokenIsUnauthenticated() {
		this.api.get("/api/me", null).expectProblem(401, "UNAUTHENTICATED");
	}

	@Test
	void meWithAMalformedTokenIsUnauthenticated() {
		this.api.get("/api/me", "not.a.jwt").expectProblem(401, "UNAUTHENTICATED");
	}

	@Test
	void meWithATokenSignedWithAnotherSecretIsUnauthenticated() {
		TestUser user = this.api.signUp("Mallory");
		String forged = TestTokens.sign(
				"another-secret-of-at-least-32-bytes-0123456789".getBytes(StandardCharsets.UTF_8),
				TestTokens.claimsOf(user).build());
		this.api.get("/api/me", forged).expectProblem(401, "UNAUTHENTICATED");
	}

	@Test
	void meWithAValidTokenForNoSuchUserIsUnauthenticated() {
		TestUser ghost = new TestUser(UUID.randomUUID().toString(), "ghost@example.com", "Ghost", null);
		this.api.get("/api/me", sign(ghost, Instant.now().plus(1, ChronoUnit.HOURS)))
			.expectProblem(401, "UNAUTHENTICATED");
		TestUser notAUuid = new TestUser("not-a-uuid", "ghost@example.com", "Ghost", null);
		this.api.get("/api/me", sign(notAUuid, Instant.now().plus(1, ChronoUnit.HOURS)))
			.expectProblem(401, "UNAUTHENTICATED");
	}

	@Test
	void meWithAnExpiredTokenIsUnauthenticated() {
		TestUser user = this.api.signUp("Rip");
		String expired = sign(user, Instant.now().minus(1, ChronoUnit.HOURS));
		this.api.get("/api/me", expired).expectProblem(401, "UNAUTHENTICATED");
		// the same claims, still valid, pass: the expiry alone is what fails
		String valid = sign(user, Instant.now().plus(1, ChronoUnit.HOURS));
		this.api.get("/api/me", valid).expect(200);
	}

	private String sign(TestUser user, Instant expiresAt) {
		return TestTokens.sign(this.signingKey.key().getEncoded(), TestTokens.claimsOf(user, expiresAt).build());
	}

}
