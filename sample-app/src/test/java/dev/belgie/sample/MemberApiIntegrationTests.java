package dev.belgie.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The Members routes of shared/API.md over HTTP. */
class MemberApiIntegrationTests extends ApiIntegrationTests {

	@Test
	void membersArePagedOldestFirst() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Paged").get("id").asString();
		List<String> userIds = new ArrayList<>(List.of(owner.id()));
		for (int i = 0; i < 4; i++) {
			TestUser user = this.api.signUp("User" + i);
			this.api.addMember(owner, id, user, "member");
			userIds.add(user.id());
		}
		String path = "/api/organizations/" + id + "/members";

		JsonNode all = this.api.get(path, owner.token()).expect(200);
		assertThat(all.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total");
		assertThat(all.get("page").asInt()).isZero();
		assertThat(all.get("size").asInt()).isEqualTo(50);
		assertThat(all.get("total").asLong()).isEqualTo(5);
		all.get("items").values().forEach(ApiShapes::assertMember);
		assertThat(all.get("items").values()).extracting((m) -> m.get("userId").asString())
			.containsExactlyElementsOf(userIds);

		JsonNode first = this.api.get(path + "?page=0&size=2", owner.token()).expect(200);
		assertThat(first.get("page").asInt()).isZero();
		assertThat(first.get("size").asInt()).isEqualTo(2);
		assertThat(first.get("total").asLong()).isEqualTo(5);
		assertThat(first.get("items").values()).extracting((m) -> m.get("userId").asString())
			.containsExactlyElementsOf(userIds.subList(0, 2));
		JsonNode second = this.api.get(path + "?page=1&size=2", owner.token()).expect(200);
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("items").values()).extracting((m) -> m.get("userId").asString())
			.containsExactlyElementsOf(userIds.subList(2, 4));
		JsonNode last = this.api.get(path + "?page=2&size=2", owner.token()).expect(200);
		assertThat(last.get("items").values()).extracting((m) -> m.get("userId").asString())
			.containsExactly(userIds.get(4));
		JsonNode beyond = this.api.get(path + "?page=3&size=2", owner.token()).expect(200);
		assertThat(beyond.get("items").values()).isEmpty();
		assertThat(beyond.get("total").asLong()).isEqualTo(5);
		assertThat(this.api.get(path + "?size=200", owner.token()).expect(200).get("items").size()).isEqualTo(5);
	}

	@Test
	void membersRejectBadPaging() {
		TestUser owner = this.api.signUp("Olivia");
		String path = "/api/organizations/" + this.api.createOrganization(owner, "Paged").get("id").asString()
				+ "/members";
		this.api.get(path + "?size=0", owner.token()).expectInvalid("size");
		this.api.get(path + "?size=201", owner.token()).expectInvalid("size");
		this.api.get(path + "?page=-1", owner.token()).expectInvalid("page");
		this.api.get(path + "?size=abc", owner.token()).expectInvalid("size");
		this.api.get(path + "?size=2.5", owner.token()).expectInvalid("size");
		this.api.get(path + "?page=abc", owner.token()).expectInvalid("page");
		this.api.get(path + "?page=-1&size=0", owner.token()).expectInvalid("page", "size");
		this.api.get("/api/organizations/not-a-uuid/members", owner.token()).expectInvalid("organizationId");
	}

	@Test
	void membersAreHiddenFromNonMembers() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser stranger = this.api.signUp("Stranger");
		String id = this.api.createOrganization(owner, "Private").get("id").asString();
		this.api.get("/api/organizations/" + id + "/members", stranger.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.get("/api/organizations/" + UUID.randomUUID() + "/members", owner.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
	}

	@Test
	void addByUserIdAndByEmail() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser byId = this.api.signUp("Ida");
		TestUser byEmail = this.api.signUp("Emma");
		String id = this.api.createOrganization(owner, "Growing").get("id").asString();
		String path = "/api/organizations/" + id + "/members";

		JsonNode first = this.api.post(path, owner.token(), Map.of("userId", byId.id(), "role", "admin")).expect(201);
		ApiShapes.assertMember(first);
		assertThat(first.get("organizationId").asString()).isEqualTo(id);
		assertThat(first.get("userId").asString()).isEqualTo(byId.id());
		assertThat(first.get("email").asString()).isEqualTo(byId.email());
		assertThat(first.get("name").asString()).isEqualTo("Ida");
		assertThat(first.get("role").asString()).isEqualTo("admin");

		JsonNode second = this.api
			.post(path, owner.token(),
					Map.of("email", byEmail.email().toUpperCase(), "role", List.of("Member", " ADMIN ", "admin")))
			.expect(201);
		assertThat(second.get("userId").asString()).isEqualTo(byEmail.id());
		assertThat(second.get("email").asString()).isEqualTo(byEmail.email());
		assertThat(second.get("role").asString()).isEqualTo("admin,member");

		assertThat(this.api.get(path, owner.token()).expect(200).get("items").values())
			.extracting((m) -> m.get("userId").asString() + ":" + m.get("role").asString())
			.containsExactly(owner.id() + ":owner", byId.id() + ":admin", byEmail.id() + ":admin,member");
		assertThat(this.api.get("/api/organizations/" + id, byEmail.token()).expect(200).get("memberCount").asLong())
			.isEqualTo(3);
	}

	@Test
	void aRoleStringIsNormalized() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser user = this.api.signUp("Nora");
		String id = this.api.createOrganization(owner, "Normal").get("id").asString();
		JsonNode member = this.api
			.post("/api/organizations/" + id + "/members", owner.token(),
					Map.of("userId", user.id(), "role", " member , Admin,member"))
			.expect(201);
		assertThat(member.get("role").asString()).isEqualTo("admin,member");
	}

	@Test
	void aPlainMemberMayNotAdd() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		TestUser newcomer = this.api.signUp("Nick");
		String id = this.api.createOrganization(owner, "Closed").get("id").asString();
		this.api.addMember(owner, id, member, "member");
		this.api
			.post("/api/organizations/" + id + "/members", member.token(),
					Map.of("userId", newcomer.id(), "role", "member"))
			.expectProblem(403, "FORBIDDEN");
		assertThat(this.api.get("/api/organizations", newcomer.token()).expect(200).values()).isEmpty();
	}

	@Test
	void anAdminMayNotGrantOwner() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser admin = this.api.signUp("Adam");
		TestUser newcomer = this.api.signUp("Nick");
		String id = this.api.createOrganization(owner, "Closed").get("id").asString();
		this.api.addMember(owner, id, admin, "admin");
		this.api
			.post("/api/organizations/" + id + "/members", admin.token(),
					Map.of("userId", newcomer.id(), "role", "owner"))
			.expectProblem(403, "FORBIDDEN");
		this.api
			.post("/api/organizations/" + id + "/members", admin.token(),
					Map.of("userId", newcomer.id(), "role", "member"))
			.expect(201);
	}

	@Test
	void addRejectsAnUnknownUser() {
		TestUser owner = this.api.signUp("Olivia");
		String path = "/api/organizations/" + this.api.createOrganization(owner, "Lonely").get("id").asString()
				+ "/members";
		this.api.post(path, owner.token(), Map.of("email", SampleApi.uniqueEmail("ghost"), "role", "member"))
			.expectProblem(404, "USER_NOT_FOUND");
		this.api.post(path, owner.token(), Map.of("userId", UUID.randomUUID().toString(), "role", "member"))
			.expectProblem(404, "USER_NOT_FOUND");
	}

	@Test
	void addRejectsAnExistingMember() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		String id = this.api.createOrganization(owner, "Once").get("id").asString();
		this.api.addMember(owner, id, member, "member");
		this.api
			.post("/api/organizations/" + id + "/members", owner.token(),
					Map.of("userId", member.id(), "role", "admin"))
			.expectProblem(409, "ALREADY_MEMBER");
		this.api
			.post("/api/organizations/" + id + "/members", owner.token(),
					Map.of("userId", owner.id(), "role", "member"))
			.expectProblem(409, "ALREADY_MEMBER");
	}

	@Test
	void addRejectsBadInput() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser user = this.api.signUp("Uma");
		String path = "/api/organizations/" + this.api.createOrganization(owner, "Strict").get("id").asString()
				+ "/members";
		this.api.post(path, owner.token(), Map.of("userId", user.id())).expectInvalid("role");
		this.api.post(path, owner.token(), Map.of("userId", user.id(), "role", "superhero")).expectInvalid("role");
		this.api.post(path, owner.token(), Map.of("userId", user.id(), "role", List.of())).expectInvalid("role");
		this.api.post(path, owner.token(), Map.of("userId", user.id(), "role", 7)).expectInvalid("role");
		this.api.post(path, owner.token(), Map.of("userId", user.id(), "email", user.email(), "role", "member"))
			.expectInvalid("userId");
		this.api.post(path, owner.token(), Map.of("role", "member")).expectInvalid("userId");
		this.api.post(path, owner.token(), Map.of("userId", 5, "role", "member")).expectInvalid("userId");
		this.api.post(path, owner.token(), Map.of("userId", user.id(), "role", "member", "teamId", "not-a-uuid"))
			.expectInvalid("teamId");
		this.api.post(path, owner.token(), "{\"userId\": ").expectBadRequest();
		assertThat(this.api.get(path, owner.token()).expect(200).get("total").asLong()).isEqualTo(1);
	}

	@Test
	void updateRole() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		String id = this.api.createOrganization(owner, "Promotions").get("id").asString();
		String memberId = this.api.addMember(owner, id, member, "member").get("id").asString();
		String path = "/api/organizations/" + id + "/members/" + memberId;

		JsonNode promoted = this.api.patch(path, owner.token(), Map.of("role", "admin")).expect(200);
		ApiShapes.assertMember(promoted);
		assertThat(promoted.get("id").asString()).isEqualTo(memberId);
		assertThat(promoted.get("userId").asString()).isEqualTo(member.id());
		assertThat(promoted.get("role").asString()).isEqualTo("admin");
		JsonNode both = this.api.patch(path, owner.token(), Map.of("role", List.of("member", "admin"))).expect(200);
		assertThat(both.get("role").asString()).isEqualTo("admin,member");
		assertThat(find(this.api.get("/api/organizations", member.token()).expect(200), id).get("role").asString())
			.isEqualTo("admin,member");

		this.api.patch(path, owner.token(), Map.of("role", "nobody")).expectInvalid("role");
		this.api.patch(path, owner.token(), Map.of()).expectInvalid("role");
		this.api.patch(path, owner.token(), Map.of("role", 1)).expectInvalid("role");
		this.api.patch("/api/organizations/" + id + "/members/not-a-uuid", owner.token(), Map.of("role", "admin"))
			.expectInvalid("memberId");
	}

	@Test
	void anAdminMayNotChangeAnOwner() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser admin = this.api.signUp("Adam");
		String id = this.api.createOrganization(owner, "Hierarchy").get("id").asString();
		this.api.addMember(owner, id, admin, "admin");
		String ownerMemberId = ownerMemberId(owner, id);
		this.api
			.patch("/api/organizations/" + id + "/members/" + ownerMemberId, admin.token(), Map.of("role", "member"))
			.expectProblem(403, "FORBIDDEN");
		assertThat(find(this.api.get("/api/organizations", owner.token()).expect(200), id).get("role").asString())
			.isEqualTo("owner");
	}

	@Test
	void aPlainMemberMayNotChangeRoles() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		String id = this.api.createOrganization(owner, "Hierarchy").get("id").asString();
		String memberId = this.api.addMember(owner, id, member, "member").get("id").asString();
		this.api.patch("/api/organizations/" + id + "/members/" + memberId, member.token(), Map.of("role", "admin"))
			.expectProblem(403, "FORBIDDEN");
	}

	@Test
	void updateRoleOfAnUnknownMember() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser stranger = this.api.signUp("Stranger");
		String id = this.api.createOrganization(owner, "Small").get("id").asString();
		this.api
			.patch("/api/organizations/" + id + "/members/" + UUID.randomUUID(), owner.token(), Map.of("role", "admin"))
			.expectProblem(404, "MEMBER_NOT_FOUND");
		this.api
			.patch("/api/organizations/" + id + "/members/" + ownerMemberId(owner, id), stranger.token(),
					Map.of("role", "member"))
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
	}

	@Test
	void theOnlyOwnerMayNotDemoteItself() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Solo").get("id").asString();
		this.api
			.patch("/api/organizations/" + id + "/members/" + ownerMemberId(owner, id), owner.token(),
					Map.of("role", "admin"))
			.expectProblem(409, "LAST_OWNER");
		// with a second owner it may
		TestUser second = this.api.signUp("Sam");
		this.api.addMember(owner, id, second, "owner");
		assertThat(this.api
			.patch("/api/organizations/" + id + "/members/" + ownerMemberId(owner, id), owner.token(),
					Map.of("role", "admin"))
			.expect(200)
			.get("role")
			.asString()).isEqualTo("admin");
	}

	@Test
	void removeByMemberIdAndByEmail() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser first = this.api.signUp("Fred");
		TestUser second = this.api.signUp("Sue");
		String id = this.api.createOrganization(owner, "Shrinking").get("id").asString();
		String firstId = this.api.addMember(owner, id, first, "member").get("id").asString();
		this.api.addMember(owner, id, second, "member");
		String path = "/api/organizations/" + id + "/members/";

		this.api.delete(path + firstId, owner.token()).expectEmpty(204);
		this.api.delete(path + second.email().toUpperCase(), owner.token()).expectEmpty(204);

		JsonNode members = this.api.get("/api/organizations/" + id + "/members", owner.token()).expect(200);
		assertThat(members.get("total").asLong()).isEqualTo(1);
		assertThat(members.get("items").values()).extracting((m) -> m.get("userId").asString())
			.containsExactly(owner.id());
		this.api.get("/api/organizations/" + id, first.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.get("/api/organizations/" + id, second.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.delete(path + firstId, owner.token()).expectProblem(404, "MEMBER_NOT_FOUND");
	}

	@Test
	void removeIsForbiddenToAPlainMemberAndToAnAdminForAnOwner() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser admin = this.api.signUp("Adam");
		TestUser member = this.api.signUp("Max");
		String id = this.api.createOrganization(owner, "Guarded").get("id").asString();
		String adminId = this.api.addMember(owner, id, admin, "admin").get("id").asString();
		this.api.addMember(owner, id, member, "member");
		String path = "/api/organizations/" + id + "/members/";
		this.api.delete(path + adminId, member.token()).expectProblem(403, "FORBIDDEN");
		this.api.delete(path + owner.email(), admin.token()).expectProblem(403, "FORBIDDEN");
		assertThat(
				this.api.get("/api/organizations/" + id + "/members", owner.token()).expect(200).get("total").asLong())
			.isEqualTo(3);
		this.api.delete(path + member.email(), admin.token()).expectEmpty(204);
	}

	@Test
	void removeAnUnknownMember() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser outsider = this.api.signUp("Otto");
		String id = this.api.createOrganization(owner, "Small").get("id").asString();
		String path = "/api/organizations/" + id + "/members/";
		this.api.delete(path + UUID.randomUUID(), owner.token()).expectProblem(404, "MEMBER_NOT_FOUND");
		this.api.delete(path + outsider.email(), owner.token()).expectProblem(404, "MEMBER_NOT_FOUND");
		this.api.delete(path + "neither-an-id-nor-an-email", owner.token()).expectInvalid("memberIdOrEmail");
		this.api.delete(path + ownerMemberId(owner, id), outsider.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
	}

	@Test
	void theOnlyOwnerCannotBeRemoved() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Solo").get("id").asString();
		this.api.delete("/api/organizations/" + id + "/members/" + ownerMemberId(owner, id), owner.token())
			.expectProblem(409, "LAST_OWNER");
		this.api.delete("/api/organizations/" + id + "/members/" + owner.email(), owner.token())
			.expectProblem(409, "LAST_OWNER");
		this.api.get("/api/organizations/" + id, owner.token()).expect(200);
	}

	@Test
	void leave() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		String id = this.api.createOrganization(owner, "Revolving").get("id").asString();
		this.api.addMember(owner, id, member, "admin");
		this.api.post("/api/organizations/" + id + "/leave", member.token(), null).expectEmpty(204);
		assertThat(this.api.get("/api/organizations", member.token()).expect(200).values()).isEmpty();
		this.api.get("/api/organizations/" + id, member.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		assertThat(this.api.get("/api/organizations/" + id, owner.token()).expect(200).get("memberCount").asLong())
			.isEqualTo(1);
	}

	@Test
	void theOnlyOwnerMayNotLeave() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Solo").get("id").asString();
		this.api.post("/api/organizations/" + id + "/leave", owner.token(), null).expectProblem(409, "LAST_OWNER");
		this.api.get("/api/organizations/" + id, owner.token()).expect(200);
	}

	@Test
	void aNonMemberCannotLeave() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser stranger = this.api.signUp("Stranger");
		String id = this.api.createOrganization(owner, "Solo").get("id").asString();
		this.api.post("/api/organizations/" + id + "/leave", stranger.token(), null)
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.post("/api/organizations/" + UUID.randomUUID() + "/leave", stranger.token(), null)
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
	}

	@Test
	void everyRouteNeedsAToken() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Locked").get("id").asString();
		String memberId = ownerMemberId(owner, id);
		String path = "/api/organizations/" + id;
		this.api.get(path + "/members", null).expectProblem(401, "UNAUTHENTICATED");
		this.api.post(path + "/members", null, Map.of("email", owner.email(), "role", "member"))
			.expectProblem(401, "UNAUTHENTICATED");
		this.api.patch(path + "/members/" + memberId, null, Map.of("role", "member"))
			.expectProblem(401, "UNAUTHENTICATED");
		this.api.delete(path + "/members/" + memberId, null).expectProblem(401, "UNAUTHENTICATED");
		this.api.post(path + "/leave", null, null).expectProblem(401, "UNAUTHENTICATED");
	}

	private String ownerMemberId(TestUser owner, String organizationId) {
		JsonNode members = this.api.get("/api/organizations/" + organizationId + "/members", owner.token()).expect(200);
		return members.get("items")
			.values()
			.stream()
			.filter((m) -> m.get("userId").asString().equals(owner.id()))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
	}

	private static JsonNode find(JsonNode list, String id) {
		return list.values().stream().filter((o) -> o.get("id").asString().equals(id)).findFirst().orElseThrow();
	}

}
