package dev.belgie.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role rules of shared/API.md, Members, with a custom role that holds one permission:
 * a non-owner changes or removes only members whose permissions it holds all of. And
 * non-members get the answer an unknown id gets, without waiting for the organization's
 * lock.
 */
@TestPropertySource(properties = "belgie.organization.roles.member-manager[0]=member:update")
class RoleRulesApiIntegrationTests extends ApiIntegrationTests {

	@Autowired
	private DataSource dataSource;

	@Test
	void aWeakerRoleCannotDemoteOrRemoveAStrongerOne() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser admin = this.api.signUp("Ada");
		TestUser manager = this.api.signUp("Manny");
		TestUser member = this.api.signUp("Max");
		String id = this.api.createOrganization(owner, "Roles").get("id").asString();
		String adminId = this.api.addMember(owner, id, admin, "admin").get("id").asString();
		String managerId = this.api.addMember(owner, id, manager, "member-manager").get("id").asString();
		String memberId = this.api.addMember(owner, id, member, "member").get("id").asString();

		this.api.patch("/api/organizations/" + id + "/members/" + adminId, manager.token(), Map.of("role", "member"))
			.expectProblem(403, "FORBIDDEN");
		this.api.delete("/api/organizations/" + id + "/members/" + adminId, manager.token())
			.expectProblem(403, "FORBIDDEN");
		assertThat(roleOf(owner, id, adminId)).isEqualTo("admin");

		// what it holds all of, it may change: a plain member, to its own role
		this.api
			.patch("/api/organizations/" + id + "/members/" + memberId, manager.token(),
					Map.of("role", "member-manager"))
			.expect(200);
		assertThat(roleOf(owner, id, memberId)).isEqualTo("member-manager");
		// and a stronger role may change it
		this.api.patch("/api/organizations/" + id + "/members/" + managerId, admin.token(), Map.of("role", "member"))
			.expect(200);
		assertThat(roleOf(owner, id, managerId)).isEqualTo("member");
	}

	@Test
	void aNonMemberCancellingGetsTheSameAnswerForAnExistingAndAnUnknownInvitation() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser stranger = this.api.signUp("Stranger");
		String id = this.api.createOrganization(owner, "Private").get("id").asString();
		String invitationId = this.api
			.post("/api/organizations/" + id + "/invitations", owner.token(),
					Map.of("email", SampleApi.uniqueEmail("guest"), "role", "member"))
			.expect(201)
			.get("id")
			.asString();

		JsonNode existing = this.api
			.delete("/api/organizations/" + id + "/invitations/" + invitationId, stranger.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		JsonNode unknown = this.api
			.delete("/api/organizations/" + id + "/invitations/" + UUID.randomUUID(), stranger.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		JsonNode unknownOrganization = this.api
			.delete("/api/organizations/" + UUID.randomUUID() + "/invitations/" + invitationId, stranger.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		assertThat(withoutInstance(existing)).isEqualTo(withoutInstance(unknown))
			.isEqualTo(withoutInstance(unknownOrganization));
		assertThat(this.api.get("/api/invitations/" + invitationId, owner.token()).expect(200).get("status").asString())
			.isEqualTo("pending");
	}

	@Test
	void aNonMembersWriteIsRefusedWithoutWaitingForTheOrganizationsLock() throws Exception {
		TestUser owner = this.api.signUp("Olivia");
		TestUser stranger = this.api.signUp("Stranger");
		String id = this.api.createOrganization(owner, "Busy").get("id").asString();

		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement lock = connection
				.prepareStatement("select id from belgie_organization where id = ? for update")) {
				lock.setObject(1, UUID.fromString(id));
				lock.executeQuery().close();
			}
			Instant start = Instant.now();
			this.api.patch("/api/organizations/" + id, stranger.token(), Map.of("name", "Taken over"))
				.expectProblem(404, "ORGANIZATION_NOT_FOUND");
			this.api
				.post("/api/organizations/" + id + "/invitations", stranger.token(),
						Map.of("email", SampleApi.uniqueEmail("x"), "role", "member"))
				.expectProblem(404, "ORGANIZATION_NOT_FOUND");
			assertThat(Duration.between(start, Instant.now()))
				.as("answered while another transaction holds the organization's lock")
				.isLessThan(Duration.ofSeconds(5));
			connection.rollback();
		}
		assertThat(this.api.get("/api/organizations/" + id, owner.token()).expect(200).get("name").asString())
			.isEqualTo("Busy");
	}

	/** The problem without its {@code instance}, the request's own path. */
	private static Map<String, String> withoutInstance(JsonNode problem) {
		return Map.of("type", problem.get("type").asString(), "title", problem.get("title").asString(), "status",
				problem.get("status").asString(), "detail", problem.get("detail").asString(), "code",
				problem.get("code").asString());
	}

	private String roleOf(TestUser reader, String organizationId, String memberId) {
		JsonNode members = this.api.get("/api/organizations/" + organizationId + "/members", reader.token())
			.expect(200);
		return members.get("items")
			.values()
			.stream()
			.filter((member) -> member.get("id").asString().equals(memberId))
			.findFirst()
			.orElseThrow()
			.get("role")
			.asString();
	}

}
