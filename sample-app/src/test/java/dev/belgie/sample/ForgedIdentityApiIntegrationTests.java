package dev.belgie.sample;

import java.time.Instant;
import java.util.Map;

import javax.sql.DataSource;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.belgie.sample.SampleApi.TestUser;
import dev.belgie.sample.accounts.TokenSigningKey;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identities that cannot be forged: a token must be signed with the app's secret and
 * carry {@code exp}, a non-blank {@code sub} and the app's issuer; claims too long for
 * the starter's columns are a 4xx, never a 500; and nothing of a refused request is
 * written.
 */
class ForgedIdentityApiIntegrationTests extends ApiIntegrationTests {

	@Autowired
	TokenSigningKey signingKey;

	@Autowired
	DataSource dataSource;

	@Test
	void issuedTokensCarryTheIssuerTheExpiryAndWhetherTheEmailIsVerified() {
		TestUser user = this.api.signUpUnverified("Ivy");
		JsonNode claims = TestTokens.claims(user.token());
		assertThat(claims.get("iss").asString()).isEqualTo(TestTokens.ISSUER);
		assertThat(claims.get("sub").asString()).isEqualTo(user.id());
		assertThat(claims.get("email").asString()).isEqualTo(user.email());
		assertThat(claims.get("name").asString()).isEqualTo("Ivy");
		assertThat(claims.get("email_verified").asBoolean(true)).isFalse();
		assertThat(claims.get("exp").asLong()).isGreaterThan(Instant.now().getEpochSecond());
	}

	@Test
	void aTokenWithoutAnExpiryIsUnauthenticated() {
		TestUser user = this.api.signUp("Eve");
		String token = sign(TestTokens.claimsOf(user).expirationTime(null));
		assertRefusedEverywhere(token, user);
	}

	@Test
	void aTokenWithoutASubjectOrWithABlankOneIsUnauthenticated() {
		TestUser user = this.api.signUp("Eve");
		assertRefusedEverywhere(sign(TestTokens.claimsOf(user).subject(null)), user);
		assertRefusedEverywhere(sign(TestTokens.claimsOf(user).subject("")), user);
		assertRefusedEverywhere(sign(TestTokens.claimsOf(user).subject("   ")), user);
	}

	@Test
	void aTokenOfAnotherIssuerOrOfNoneIsUnauthenticated() {
		TestUser user = this.api.signUp("Eve");
		assertRefusedEverywhere(sign(TestTokens.claimsOf(user).issuer("https://issuer.example.com")), user);
		assertRefusedEverywhere(sign(TestTokens.claimsOf(user).issuer(null)), user);
		// the same claims with the app's issuer pass: the issuer alone is what fails
		this.api.get("/api/me", sign(TestTokens.claimsOf(user))).expect(200);
	}

	@Test
	void aTokenSignedWithAnotherSecretIsUnauthenticated() {
		TestUser user = this.api.signUp("Eve");
		byte[] otherSecret = new byte[32];
		assertRefusedEverywhere(TestTokens.sign(otherSecret, TestTokens.claimsOf(user).build()), user);
	}

	@Test
	void aSubjectLongerThanTheColumnIsRefusedNotAnError() {
		TestUser user = this.api.signUp("Eve");
		String token = sign(TestTokens.claimsOf(user).subject("s".repeat(300)));
		this.api.get("/api/me", token).expectProblem(401, "UNAUTHENTICATED");
		this.api.get("/api/organizations", token).expectProblem(401, "UNAUTHENTICATED");
		String name = "Long Sub " + SampleApi.unique();
		this.api.post("/api/organizations", token, Map.of("name", name)).expectProblem(401, "UNAUTHENTICATED");
		assertThat(organizationsNamed(name)).isZero();
	}

	@Test
	void anEmailClaimLongerThanTheColumnIsRefusedNotAnError() {
		TestUser user = this.api.signUp("Eve");
		String token = sign(TestTokens.claimsOf(user).claim("email", "e".repeat(388) + "@example.com"));
		this.api.get("/api/organizations", token).expectProblem(401, "UNAUTHENTICATED");
		String name = "Long Email " + SampleApi.unique();
		this.api.post("/api/organizations", token, Map.of("name", name)).expectProblem(401, "UNAUTHENTICATED");
		assertThat(organizationsNamed(name)).isZero();
		assertThat(jdbc().queryForObject("select count(*) from belgie_member where user_id = ?", Long.class, user.id()))
			.isZero();
	}

	@Test
	void aNulInTheEmailAtSignUpIsABadRequestAndWritesNothing() {
		String unique = SampleApi.uniqueEmail("nul");
		this.api.post("/api/users", null, Map.of("email", "\u0000" + unique, "name", "Nul", "password", "12345678"))
			.expectInvalid("email");
		this.api
			.post("/api/users", null,
					Map.of("email", unique.replace("@", "\u0000@"), "name", "Nul", "password", "12345678"))
			.expectInvalid("email");
		assertThat(usersWithEmailLike("%" + unique.substring(4))).isZero();
	}

	@Test
	void aNulOrControlCharacterInTheEmailAtSignInIsABadRequest() {
		TestUser user = this.api.signUp("Nina");
		this.api.post("/api/auth/token", null, Map.of("email", user.email() + "\u0000", "password", SampleApi.PASSWORD))
			.expectInvalid("email");
		this.api.post("/api/auth/token", null, Map.of("email", "\u0000", "password", SampleApi.PASSWORD))
			.expectInvalid("email");
		this.api.post("/api/auth/token", null, Map.of("email", "a\u202e" + user.email(), "password", "x"))
			.expectInvalid("email");
	}

	@Test
	void anEmailThatGrowsPastTheColumnWhenLowerCasedIsABadRequestNotTaken() {
		// 'İ' lower-cases to two characters: 320 characters as sent (a valid address: a
		// local part of 64, a
		// domain of 255), 321 as stored
		String unique = SampleApi.unique();
		String email = "\u0130" + "x".repeat(55) + unique + "@" + "a".repeat(63) + "." + "b".repeat(63) + "."
				+ "c".repeat(63) + "." + "d".repeat(63);
		assertThat(email).hasSize(320);
		this.api.post("/api/users", null, Map.of("email", email, "name", "Long", "password", "12345678"))
			.expectInvalid("email");
		assertThat(usersWithEmailLike("%" + unique + "%")).isZero();
		this.api.post("/api/auth/token", null, Map.of("email", email, "password", "12345678")).expectInvalid("email");
	}

	/**
	 * Refused on a route of the app's own ({@code /api/me}) and on one of the starter's
	 * client.
	 */
	private void assertRefusedEverywhere(String token, TestUser user) {
		this.api.get("/api/me", token).expectProblem(401, "UNAUTHENTICATED");
		String name = "Forged " + SampleApi.unique();
		this.api.post("/api/organizations", token, Map.of("name", name)).expectProblem(401, "UNAUTHENTICATED");
		assertThat(organizationsNamed(name)).isZero();
		// the user's own token still works: only the forged one is refused
		this.api.get("/api/me", user.token()).expect(200);
	}

	private String sign(JWTClaimsSet.Builder claims) {
		return TestTokens.sign(this.signingKey.key().getEncoded(), claims.build());
	}

	private long organizationsNamed(String name) {
		return jdbc().queryForObject("select count(*) from belgie_organization where name = ?", Long.class, name);
	}

	private long usersWithEmailLike(String pattern) {
		return jdbc().queryForObject("select count(*) from app_user where email like ?", Long.class, pattern);
	}

	private JdbcTemplate jdbc() {
		return new JdbcTemplate(this.dataSource);
	}

}
