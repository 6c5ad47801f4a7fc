package dev.belgie.sample;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.belgie.sample.SampleApi.TestUser;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail verification through the running sample app and a real SMTP server: sign-up
 * e-mails a link whose single-use token (stored only as its hash, valid 24 hours)
 * verifies the address; a fresh link may be asked for at most once a minute and voids the
 * previous one. The database is checked after every refusal.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "belgie.organization.base-url=https://app.example.com")
class EmailVerificationApiIntegrationTests extends ApiIntegrationTests {

	private static final String SUBJECT = TestMailServer.VERIFICATION_SUBJECT;

	private static final Pattern LINK = Pattern
		.compile("https://app\\.example\\.com/verify-email\\?token=([A-Za-z0-9_-]{43})\\s");

	@Autowired
	DataSource dataSource;

	@Test
	void signUpEmailsALinkWhoseTokenVerifiesTheEmail() throws Exception {
		TestUser user = this.api.signUpUnverified("Vera");
		assertThat(this.api.get("/api/me", user.token()).expect(200).get("emailVerified").asBoolean()).isFalse();

		MimeMessage message = MailBox.await(TestMailServer.greenMail(), user.email(), SUBJECT);
		assertThat(message.getFrom()[0].toString()).isEqualTo("no-reply@sample.example");
		String token = tokenIn(message);
		// only the token's hash is stored
		assertThat(row(user).get("verification_token_hash")).isEqualTo(sha256(token)).isNotEqualTo(token);

		JsonNode verified = this.api.post("/api/users/verify-email", null, Map.of("token", token)).expect(200);
		ApiShapes.assertUser(verified);
		assertThat(verified.get("id").asString()).isEqualTo(user.id());
		assertThat(verified.get("emailVerified").asBoolean()).isTrue();
		assertThat(this.api.get("/api/me", user.token()).expect(200).get("emailVerified").asBoolean()).isTrue();
		assertThat(row(user)).containsEntry("email_verified", true).containsEntry("verification_token_hash", null);

		// a token issued before verification keeps saying false; a new one says true
		assertThat(TestTokens.claims(user.token()).get("email_verified").asBoolean(true)).isFalse();
		assertThat(TestTokens.claims(this.api.token(user.email())).get("email_verified").asBoolean()).isTrue();
	}

	@Test
	void aTokenIsSingleUse() throws Exception {
		TestUser user = this.api.signUpUnverified("Vera");
		String token = tokenIn(MailBox.await(TestMailServer.greenMail(), user.email(), SUBJECT));
		this.api.post("/api/users/verify-email", null, Map.of("token", token)).expect(200);
		this.api.post("/api/users/verify-email", null, Map.of("token", token)).expectProblem(400, "INVALID_TOKEN");
	}

	@Test
	void anUnknownTokenIsInvalidAndVerifiesNobody() throws Exception {
		TestUser user = this.api.signUpUnverified("Vera");
		String token = tokenIn(MailBox.await(TestMailServer.greenMail(), user.email(), SUBJECT));
		String unknown = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
		this.api.post("/api/users/verify-email", null, Map.of("token", unknown)).expectProblem(400, "INVALID_TOKEN");
		this.api.post("/api/users/verify-email", null, Map.of("token", "\u0000")).expectProblem(400, "INVALID_TOKEN");
		this.api.post("/api/users/verify-email", null, Map.of()).expectInvalid("token");
		assertThat(row(user)).containsEntry("email_verified", false)
			.containsEntry("verification_token_hash", sha256(token));
	}

	@Test
	void anExpiredTokenIsInvalid() throws Exception {
		TestUser user = this.api.signUpUnverified("Vera");
		String token = tokenIn(MailBox.await(TestMailServer.greenMail(), user.email(), SUBJECT));
		Instant expiresAt = jdbc()
			.queryForObject("select verification_token_expires_at from app_user where id = ?", OffsetDateTime.class,
					UUID.fromString(user.id()))
			.toInstant();
		assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofHours(23), Duration.ofHours(24));
		// a day passes
		jdbc().update("update app_user set verification_token_expires_at = ? where id = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), UUID.fromString(user.id()));
		this.api.post("/api/users/verify-email", null, Map.of("token", token)).expectProblem(400, "INVALID_TOKEN");
		assertThat(row(user)).containsEntry("email_verified", false);
	}

	@Test
	void aFreshEmailIsSentAtMostOnceAMinuteAndVoidsThePreviousLink() throws Exception {
		TestUser user = this.api.signUpUnverified("Vera");
		String first = tokenIn(MailBox.await(TestMailServer.greenMail(), user.email(), SUBJECT));
		Map<String, Object> before = row(user);

		SampleApi.ApiResponse tooSoon = this.api.post("/api/users/verification-email", user.token(), null);
		tooSoon.expectProblem(429, "TOO_MANY_REQUESTS");
		assertThat(Long.parseLong(tooSoon.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(row(user)).isEqualTo(before);

		// a minute passes
		jdbc().update("update app_user set verification_sent_at = ? where id = ?",
				Timestamp.from(Instant.now().minusSeconds(61)), UUID.fromString(user.id()));
		this.api.post("/api/users/verification-email", user.token(), null).expectEmpty(202);
		List<MimeMessage> messages = MailBox.await(TestMailServer.greenMail(), user.email(), SUBJECT, 2);
		String second = tokenIn(messages.get(1));
		assertThat(second).isNotEqualTo(first);

		this.api.post("/api/users/verify-email", null, Map.of("token", first)).expectProblem(400, "INVALID_TOKEN");
		this.api.post("/api/users/verify-email", null, Map.of("token", second)).expect(200);
	}

	@Test
	void aFreshEmailOnceVerifiedIsAConflict() throws Exception {
		TestUser user = this.api.signUpUnverified("Vera");
		String token = tokenIn(MailBox.await(TestMailServer.greenMail(), user.email(), SUBJECT));
		this.api.post("/api/users/verify-email", null, Map.of("token", token)).expect(200);
		this.api.post("/api/users/verification-email", user.token(), null).expectProblem(409, "EMAIL_ALREADY_VERIFIED");
	}

	@Test
	void aFreshEmailNeedsABearerToken() {
		this.api.post("/api/users/verification-email", null, null).expectProblem(401, "UNAUTHENTICATED");
	}

	private static String tokenIn(MimeMessage message) throws Exception {
		Matcher link = LINK.matcher(message.getContent().toString());
		assertThat(link.find()).as("the e-mail contains the verification link").isTrue();
		return link.group(1);
	}

	private Map<String, Object> row(TestUser user) {
		return jdbc().queryForMap("select email_verified, verification_token_hash, verification_token_expires_at, "
				+ "verification_sent_at from app_user where id = ?", UUID.fromString(user.id()));
	}

	private JdbcTemplate jdbc() {
		return new JdbcTemplate(this.dataSource);
	}

	private static String sha256(String token) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}

}
