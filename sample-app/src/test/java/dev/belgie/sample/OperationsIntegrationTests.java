package dev.belgie.sample;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees over Actuator, with the endpoints exposed as the
 * {@code operations} profile does.
 */
@ActiveProfiles("operations")
class OperationsIntegrationTests extends ApiIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void theOrganizationsEndpointCountsWhatTheApiDid() {
		JsonNode before = totals();
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Counted").get("id").asString();
		this.api.addMember(owner, id, this.api.signUp("Sam"), "member");
		String path = "/api/organizations/" + id + "/invitations";
		this.api.post(path, owner.token(), Map.of("email", SampleApi.uniqueEmail("pending"), "role", "member"))
			.expect(201);
		String lapsed = this.api
			.post(path, owner.token(), Map.of("email", SampleApi.uniqueEmail("lapsed"), "role", "member"))
			.expect(201)
			.get("id")
			.asString();
		JdbcClient.create(this.dataSource)
			.sql("update belgie_invitation set expires_at = ? where id = ?")
			.params(Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC), UUID.fromString(lapsed))
			.update();
		JsonNode after = totals();
		assertThat(after.get("organizations").asLong()).isEqualTo(before.get("organizations").asLong() + 1);
		assertThat(after.get("memberships").asLong()).isEqualTo(before.get("memberships").asLong() + 2);
		assertThat(after.at("/invitations/pending").asLong()).isEqualTo(before.at("/invitations/pending").asLong() + 1);
		assertThat(after.at("/invitations/expired").asLong()).isEqualTo(before.at("/invitations/expired").asLong() + 1);
		assertThat(after.get("teams").asLong()).as("teams: the sample app has the team module")
			.isEqualTo(before.get("teams").asLong());
		// created, member added, two invitations: four entries of this organization
		assertThat(after.at("/auditLog/entries").asLong())
			.isGreaterThanOrEqualTo(before.at("/auditLog/entries").asLong() + 4);
		assertThat(after.at("/outbox/backlog").isNumber()).isTrue();
	}

	@Test
	void operationTimingsAndOutcomesAreMetrics() {
		TestUser owner = this.api.signUp("Olivia");
		this.api.createOrganization(owner, "Timed");
		this.api.get("/api/organizations/" + UUID.randomUUID(), owner.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		String timer = "/actuator/metrics/belgie.organization.operation";
		JsonNode created = this.api.get(timer + "?tag=operation:create&tag=outcome:SUCCESS", owner.token()).expect(200);
		assertThat(created.at("/measurements/0/statistic").asString()).isEqualTo("COUNT");
		assertThat(created.at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1);
		assertThat(this.api.get(timer + "?tag=operation:details&tag=outcome:ORGANIZATION_NOT_FOUND", owner.token())
			.expect(200)
			.at("/measurements/0/value")
			.asDouble()).isGreaterThanOrEqualTo(1);
		assertThat(this.api.get(timer, owner.token()).expect(200).path("availableTags").values())
			.extracting((tag) -> tag.path("tag").asString())
			.contains("operation", "outcome")
			// Micrometer's own: the exception's class of an unexpected failure, "none"
			// otherwise
			.isSubsetOf("operation", "outcome", "error");
	}

	private JsonNode totals() {
		// Actuator's endpoints other than health need an authenticated caller
		return this.api.get("/actuator/organizations", this.api.signUp("Operator").token()).expect(200);
	}

}
