package dev.belgie.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import dev.belgie.sample.SampleApi.ApiResponse;
import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A mail server that refuses every connection (so not the shared test server of
 * {@link ApiIntegrationTests}): invitations keep working, and an operator sees the
 * e-mails failing in the outbox's health (DOWN once they have failed for longer than
 * {@code unhealthy-after}), in the {@code organizations} endpoint and in the e-mail
 * counters.
 */
@ActiveProfiles("operations")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"belgie.organization.mail.outbox.poll-interval=200ms", "belgie.organization.mail.outbox.initial-backoff=200ms",
		"belgie.organization.mail.outbox.max-backoff=500ms", "belgie.organization.mail.outbox.max-attempts=1000",
		"belgie.organization.mail.outbox.unhealthy-after=2s" })
class InvitationOutboxHealthIntegrationTests {

	private static final String HEALTH = "/actuator/health/invitationOutbox";

	@Value("${local.server.port}")
	int port;

	@Autowired
	DataSource dataSource;

	SampleApi api;

	@BeforeEach
	void client() {
		this.api = new SampleApi(this.port);
	}

	@DynamicPropertySource
	static void refusingMailServer(DynamicPropertyRegistry registry) {
		// a database of its own: no other test context's outbox worker may send these
		// e-mails
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:mem:outbox-health-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", InvitationOutboxHealthIntegrationTests::closedPort);
	}

	@Test
	void theOutboxGoesDownWhenEmailsKeepFailingAndTheOperatorSeesWhy() {
		assertThat(this.api.get(HEALTH, null).expect(200).path("status").asString()).isEqualTo("UP");
		// no verification e-mail can arrive: the owner's address is marked verified in
		// the
		// database (inviting needs a verified inviter), and its token issued afterwards
		TestUser unverified = this.api.signUpUnverified("Olivia");
		JdbcClient.create(this.dataSource)
			.sql("update app_user set email_verified = true where id = ?")
			.param(UUID.fromString(unverified.id()))
			.update();
		TestUser owner = new TestUser(unverified.id(), unverified.email(), unverified.name(),
				this.api.token(unverified.email()));
		String id = this.api.createOrganization(owner, "Unlucky").get("id").asString();
		this.api
			.post("/api/organizations/" + id + "/invitations", owner.token(),
					Map.of("email", SampleApi.uniqueEmail("guest"), "role", "member"))
			.expect(201);
		JsonNode down = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.api.get(HEALTH, null), (response) -> response.status() == 503)
			.body();
		assertThat(down.path("status").asString()).isEqualTo("DOWN");
		assertThat(down.at("/details/pending").asLong()).isOne();
		assertThat(down.at("/details/mostAttempts").asInt()).isPositive();
		assertThat(Duration.parse(down.at("/details/oldestPendingAge").asString()))
			.isGreaterThan(Duration.ofSeconds(2));
		assertThat(this.api.get("/actuator/health", null).status()).isEqualTo(503);
		assertThat(this.api.get("/actuator/organizations", owner.token()).expect(200).at("/outbox/pending").asLong())
			.isOne();
		ApiResponse retried = this.api
			.get("/actuator/metrics/belgie.organization.invitation.emails?tag=outcome:retried", owner.token());
		assertThat(retried.expect(200).at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1);
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
