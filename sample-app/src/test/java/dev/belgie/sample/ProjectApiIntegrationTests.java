package dev.belgie.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Projects routes of shared/API.md over HTTP: permissions, isolation, counts,
 * deletion and transfer.
 */
class ProjectApiIntegrationTests extends ApiIntegrationTests {

	@Test
	void permissionMatrixOfEveryRoleOverHttp() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Matrix").get("id").asString();
		Map<String, Boolean> mayChange = Map.of("owner", true, "admin", true, "member", false, "viewer", false);
		String seed = createProject(owner, id, "Seed").get("id").asString();
		mayChange.forEach((role, allowed) -> {
			TestUser user = "owner".equals(role) ? owner : this.api.signUp(role);
			if (!"owner".equals(role)) {
				this.api.addMember(owner, id, user, role);
			}
			SampleApi.ApiResponse created = this.api.post(projects(id), user.token(), Map.of("name", "By " + role));
			assertThat(this.api.get(projects(id), user.token()).expect(200).values()).as(role).isNotEmpty();
			this.api.get(projects(id) + "/" + seed, user.token()).expect(200);
			if (allowed) {
				String projectId = created.expect(201).get("id").asString();
				this.api.delete(projects(id) + "/" + projectId, user.token()).expectEmpty(204);
			}
			else {
				assertThat(created.expectProblem(403, "FORBIDDEN").get("detail").asString()).contains("project:create");
				assertThat(this.api.delete(projects(id) + "/" + seed, user.token())
					.expectProblem(403, "FORBIDDEN")
					.get("detail")
					.asString()).contains("project:delete");
			}
		});
		assertThat(this.api.get(projects(id), owner.token()).expect(200).values())
			.extracting((p) -> p.get("id").asString())
			.containsExactly(seed);
	}

	@Test
	void projectsHaveTheirShapeAndAreListedOldestFirst() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Shapes").get("id").asString();
		SampleApi.ApiResponse response = this.api.post(projects(id), owner.token(),
				Map.of("name", "  Apollo  ", "description", "To the moon"));
		JsonNode apollo = response.expect(201);
		assertThat(apollo.propertyNames()).containsExactlyInAnyOrder("id", "organizationId", "name", "description",
				"createdAt");
		ApiShapes.assertUuid(apollo.get("id"));
		ApiShapes.assertUtcTimestamp(apollo.get("createdAt"));
		assertThat(apollo.get("name").asString()).isEqualTo("Apollo");
		assertThat(apollo.get("organizationId").asString()).isEqualTo(id);
		assertThat(response.location()).endsWith(projects(id) + "/" + apollo.get("id").asString());
		JsonNode gemini = createProject(owner, id, "Gemini");
		assertThat(gemini.get("description").isNull()).isTrue();
		assertThat(this.api.get(projects(id), owner.token()).expect(200).values())
			.extracting((p) -> p.get("name").asString())
			.containsExactly("Apollo", "Gemini");
		assertThat(this.api.get(projects(id) + "/" + apollo.get("id").asString(), owner.token()).expect(200))
			.isEqualTo(apollo);
	}

	@Test
	void badProjectInputIsRefusedAndChangesNothing() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Inputs").get("id").asString();
		this.api.post(projects(id), owner.token(), Map.of()).expectInvalid("name");
		this.api.post(projects(id), owner.token(), Map.of("name", "   ")).expectInvalid("name");
		this.api.post(projects(id), owner.token(), Map.of("name", "x".repeat(101))).expectInvalid("name");
		this.api.post(projects(id), owner.token(), Map.of("name", "Bad\u202Ename")).expectInvalid("name");
		this.api.post(projects(id), owner.token(), Map.of("name", "ok", "description", "d".repeat(1001)))
			.expectInvalid("description");
		this.api.post(projects(id), owner.token(), Map.of("name", 12)).expectProblem(400, "VALIDATION_FAILED");
		this.api.post(projects(id), owner.token(), "{not json").expectProblem(400, "VALIDATION_FAILED");
		this.api.get(projects(id) + "/not-a-uuid", owner.token()).expectInvalid("projectId");
		assertThat(this.api.get(projects(id), owner.token()).expect(200).values()).isEmpty();
	}

	@Test
	void noMemberOfOneOrganizationReachesAProjectOfAnother() {
		TestUser alice = this.api.signUp("Alice");
		TestUser bob = this.api.signUp("Bob");
		String a = this.api.createOrganization(alice, "A").get("id").asString();
		String b = this.api.createOrganization(bob, "B").get("id").asString();
		String secret = createProject(bob, b, "Secret").get("id").asString();

		// under her own organization's path, B's project is unknown, exactly like a
		// random id
		JsonNode unknown = this.api.get(projects(a) + "/" + UUID.randomUUID(), alice.token())
			.expectProblem(404, "PROJECT_NOT_FOUND");
		JsonNode guessed = this.api.get(projects(a) + "/" + secret, alice.token())
			.expectProblem(404, "PROJECT_NOT_FOUND");
		assertThat(guessed.get("detail")).isEqualTo(unknown.get("detail"));
		this.api.delete(projects(a) + "/" + secret, alice.token()).expectProblem(404, "PROJECT_NOT_FOUND");
		// under B's path, B does not exist for her
		this.api.get(projects(b), alice.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.get(projects(b) + "/" + secret, alice.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.delete(projects(b) + "/" + secret, alice.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.post(projects(b), alice.token(), Map.of("name", "Intruder"))
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		// an organizationId in a body is ignored: the project goes to the organization of
		// the path
		JsonNode mine = this.api.post(projects(a), alice.token(), Map.of("name", "Mine", "organizationId", b))
			.expect(201);
		assertThat(mine.get("organizationId").asString()).isEqualTo(a);

		assertThat(this.api.get(projects(b), bob.token()).expect(200).values())
			.extracting((p) -> p.get("name").asString())
			.containsExactly("Secret");
		assertThat(this.api.get("/api/projects", alice.token()).expect(200).values())
			.extracting((p) -> p.get("name").asString())
			.containsExactly("Mine");
	}

	@Test
	void everyProjectOfEveryOrganizationOfTheCallerIsListedWithCounts() {
		TestUser alice = this.api.signUp("Alice");
		TestUser bob = this.api.signUp("Bob");
		String a = this.api.createOrganization(alice, "A").get("id").asString();
		String b = this.api.createOrganization(bob, "B").get("id").asString();
		String c = this.api.createOrganization(bob, "C").get("id").asString();
		this.api.addMember(bob, b, alice, "viewer");
		createProject(alice, a, "A1");
		createProject(bob, b, "B1");
		createProject(bob, b, "B2");
		createProject(bob, c, "C1");

		assertThat(this.api.get("/api/projects", alice.token()).expect(200).values())
			.extracting((p) -> p.get("name").asString())
			.containsExactlyInAnyOrder("A1", "B1", "B2");
		JsonNode organizations = this.api.get("/api/organizations", alice.token()).expect(200);
		organizations.values().forEach(ApiShapes::assertOrganizationSummary);
		assertThat(organizations.values())
			.extracting((o) -> o.get("id").asString() + "=" + o.get("projectCount").asLong())
			.containsExactlyInAnyOrder(a + "=1", b + "=2");
		TestUser loner = this.api.signUp("Loner");
		String empty = this.api.createOrganization(loner, "Empty").get("id").asString();
		assertThat(this.api.get("/api/organizations", loner.token()).expect(200).values())
			.extracting((o) -> o.get("id").asString() + "=" + o.get("projectCount").asLong())
			.containsExactly(empty + "=0");
		assertThat(this.api.get("/api/projects", loner.token()).expect(200).values()).isEmpty();
	}

	@Test
	void anOrganizationWithProjectsIsDeletedOnlyWithCascade() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Busy").get("id").asString();
		createProject(owner, id, "Keep");
		this.api.delete("/api/organizations/" + id, owner.token()).expectProblem(409, "ORGANIZATION_DELETION_VETOED");
		this.api.delete("/api/organizations/" + id + "?cascade=false", owner.token())
			.expectProblem(409, "ORGANIZATION_DELETION_VETOED");
		assertThat(this.api.get(projects(id), owner.token()).expect(200).values()).hasSize(1);
		this.api.delete("/api/organizations/" + id + "?cascade=true", owner.token()).expectEmpty(204);
		this.api.get("/api/organizations/" + id, owner.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		assertThat(this.api.get("/api/projects", owner.token()).expect(200).values()).isEmpty();
		String empty = this.api.createOrganization(owner, "Idle").get("id").asString();
		this.api.delete("/api/organizations/" + empty, owner.token()).expectEmpty(204);
	}

	@Test
	void anOwnerTransfersOwnershipAndKeepsAdmin() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser heir = this.api.signUp("Henry");
		String id = this.api.createOrganization(owner, "Heritage").get("id").asString();
		String heirMemberId = this.api.addMember(owner, id, heir, "member").get("id").asString();
		String path = "/api/organizations/" + id + "/transfer-ownership";

		JsonNode members = this.api.post(path, owner.token(), Map.of("memberId", heirMemberId)).expect(200);
		members.values().forEach(ApiShapes::assertMember);
		assertThat(members.values()).extracting((m) -> m.get("userId").asString() + ":" + m.get("role").asString())
			.containsExactly(heir.id() + ":member,owner", owner.id() + ":admin");
		// the previous owner is an admin now: it may not delete the organization nor
		// transfer again
		this.api.delete("/api/organizations/" + id, owner.token()).expectProblem(403, "FORBIDDEN");
		this.api.post(path, owner.token(), Map.of("memberId", heirMemberId)).expectProblem(403, "FORBIDDEN");
		assertThat(this.api.get("/api/organizations", heir.token()).expect(200).get(0).get("role").asString())
			.isEqualTo("member,owner");
	}

	@Test
	void ownershipGoesOnlyFromAnOwnerToAnotherMemberOfTheOrganization() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser admin = this.api.signUp("Adam");
		TestUser stranger = this.api.signUp("Stranger");
		String id = this.api.createOrganization(owner, "Guarded").get("id").asString();
		String other = this.api.createOrganization(stranger, "Other").get("id").asString();
		String adminMemberId = this.api.addMember(owner, id, admin, "admin").get("id").asString();
		String strangerMemberId = this.api.get("/api/organizations/" + other + "/members", stranger.token())
			.expect(200)
			.get("items")
			.get(0)
			.get("id")
			.asString();
		String ownerMemberId = this.api.get("/api/organizations/" + id + "/members", owner.token())
			.expect(200)
			.get("items")
			.get(0)
			.get("id")
			.asString();
		String path = "/api/organizations/" + id + "/transfer-ownership";

		this.api.post(path, admin.token(), Map.of("memberId", adminMemberId)).expectProblem(403, "FORBIDDEN");
		this.api.post(path, stranger.token(), Map.of("memberId", strangerMemberId))
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.post(path, owner.token(), Map.of("memberId", strangerMemberId)).expectProblem(404, "MEMBER_NOT_FOUND");
		this.api.post(path, owner.token(), Map.of("memberId", UUID.randomUUID()))
			.expectProblem(404, "MEMBER_NOT_FOUND");
		this.api.post(path, owner.token(), Map.of("memberId", ownerMemberId)).expectInvalid("memberId");
		this.api.post(path, owner.token(), Map.of()).expectInvalid("memberId");
		this.api.post(path, owner.token(), Map.of("memberId", "not-a-uuid")).expectProblem(400, "VALIDATION_FAILED");
		assertThat(
				this.api.get("/api/organizations/" + id + "/members", owner.token()).expect(200).get("items").values())
			.extracting((m) -> m.get("role").asString())
			.containsExactly("owner", "admin");
	}

	private JsonNode createProject(TestUser user, String organizationId, String name) {
		return this.api.post(projects(organizationId), user.token(), Map.of("name", name)).expect(201);
	}

	private static String projects(String organizationId) {
		return "/api/organizations/" + organizationId + "/projects";
	}

}
