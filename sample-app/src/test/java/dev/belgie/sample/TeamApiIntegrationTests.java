package dev.belgie.sample;

import java.util.Map;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static dev.belgie.sample.ApiShapes.assertUtcTimestamp;
import static dev.belgie.sample.ApiShapes.assertUuid;
import static org.assertj.core.api.Assertions.assertThat;

/** The Teams section of shared/API.md over HTTP, with a team seat limit of two. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "belgie.team.maximum-members-per-team=2")
class TeamApiIntegrationTests extends ApiIntegrationTests {

	@Test
	void anOwnerCreatesListsRenamesAndDeletesATeam() {
		TestUser owner = this.api.signUp("Olivia");
		String org = organization(owner);
		var created = this.api.post(teams(org), owner.token(), Map.of("name", "  Backend  "));
		JsonNode team = created.expect(201);
		assertTeam(team);
		assertThat(team.get("name").asString()).isEqualTo("Backend");
		assertThat(team.get("organizationId").asString()).isEqualTo(org);
		assertThat(team.get("memberCount").asLong()).isZero();
		assertThat(created.location()).endsWith(teams(org) + "/" + team.get("id").asString());
		String path = teams(org) + "/" + team.get("id").asString();

		assertThat(this.api.get(teams(org), owner.token()).expect(200).values()).singleElement()
			.satisfies((listed) -> assertThat(listed.get("id")).isEqualTo(team.get("id")));
		assertThat(this.api.get(path, owner.token()).expect(200).get("name").asString()).isEqualTo("Backend");
		JsonNode renamed = this.api.patch(path, owner.token(), Map.of("name", "Platform")).expect(200);
		assertTeam(renamed);
		assertThat(renamed.get("name").asString()).isEqualTo("Platform");

		this.api.delete(path, owner.token()).expectEmpty(204);
		this.api.get(path, owner.token()).expectProblem(404, "TEAM_NOT_FOUND");
		assertThat(this.api.get(teams(org), owner.token()).expect(200).values()).isEmpty();
	}

	@Test
	void teamMembersAreAddedListedChangedAndRemoved() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		String org = organization(owner);
		this.api.addMember(owner, org, member, "member");
		String path = teams(org) + "/" + team(owner, org, "Backend");

		JsonNode added = this.api.post(path + "/members", owner.token(), Map.of("userId", member.id())).expect(201);
		assertThat(added.propertyNames()).containsExactlyInAnyOrder("id", "teamId", "userId", "role", "createdAt");
		assertUuid(added.get("id"));
		assertUtcTimestamp(added.get("createdAt"));
		assertThat(added.get("userId").asString()).isEqualTo(member.id());
		assertThat(added.get("role").asString()).isEqualTo("member");
		assertThat(this.api.get(path + "/members", owner.token()).expect(200).values()).singleElement()
			.satisfies((listed) -> assertThat(listed).isEqualTo(added));
		assertThat(this.api.get(path, member.token()).expect(200).get("memberCount").asLong()).isOne();

		JsonNode changed = this.api.patch(path + "/members/" + member.id(), owner.token(), Map.of("role", "maintainer"))
			.expect(200);
		assertThat(changed.get("role").asString()).isEqualTo("maintainer");
		JsonNode mine = this.api.get("/api/teams", member.token()).expect(200);
		assertThat(mine.values()).singleElement().satisfies((entry) -> {
			assertThat(entry.propertyNames()).containsExactlyInAnyOrder("id", "organizationId", "name", "memberCount",
					"createdAt", "role");
			assertThat(entry.get("role").asString()).isEqualTo("maintainer");
			assertThat(entry.get("memberCount").asLong()).isOne();
		});

		this.api.post(path + "/members", owner.token(), Map.of("userId", member.id()))
			.expectProblem(409, "ALREADY_TEAM_MEMBER");
		this.api.delete(path + "/members/" + member.id(), owner.token()).expectEmpty(204);
		this.api.delete(path + "/members/" + member.id(), owner.token()).expectProblem(404, "MEMBER_NOT_FOUND");
		assertThat(this.api.get("/api/teams", member.token()).expect(200).values()).isEmpty();
		// the organization membership stays
		assertThat(this.api.get("/api/organizations/" + org, member.token()).expect(200).get("memberCount").asLong())
			.isEqualTo(2);
	}

	@Test
	void theCallersTeamsSpanOrganizations() {
		TestUser alice = this.api.signUp("Alice");
		String first = organization(alice);
		String second = organization(alice);
		String backend = team(alice, first, "Backend");
		String design = team(alice, second, "Design");
		this.api
			.post(teams(first) + "/" + backend + "/members", alice.token(),
					Map.of("userId", alice.id(), "role", "maintainer"))
			.expect(201);
		this.api.post(teams(second) + "/" + design + "/members", alice.token(), Map.of("userId", alice.id()))
			.expect(201);
		TestUser stranger = this.api.signUp("Stranger");

		assertThat(this.api.get("/api/teams", alice.token()).expect(200).values())
			.extracting((team) -> team.get("name").asString() + ":" + team.get("role").asString())
			.containsExactly("Backend:maintainer", "Design:member");
		assertThat(this.api.get("/api/teams", stranger.token()).expect(200).values()).isEmpty();
		this.api.get("/api/teams", null).expectProblem(401, "UNAUTHENTICATED");
	}

	@Test
	void badTeamRequestsAreRefusedAndChangeNothing() {
		TestUser owner = this.api.signUp("Olivia");
		String org = organization(owner);
		String path = teams(org) + "/" + team(owner, org, "Backend");
		this.api.post(teams(org), owner.token(), Map.of("name", "backend")).expectProblem(409, "TEAM_NAME_TAKEN");
		this.api.post(teams(org), owner.token(), Map.of("name", "  ")).expectInvalid("name");
		this.api.post(teams(org), owner.token(), Map.of()).expectInvalid("name");
		this.api.post(teams(org), owner.token(), Map.of("name", "x".repeat(101))).expectInvalid("name");
		this.api.post(teams(org), owner.token(), Map.of("name", "Bad\u202Ename")).expectInvalid("name");
		this.api.post(teams(org), owner.token(), "{\"name\":").expectBadRequest();
		String other = team(owner, org, "Frontend");
		this.api.patch(teams(org) + "/" + other, owner.token(), Map.of("name", "BACKEND"))
			.expectProblem(409, "TEAM_NAME_TAKEN");
		this.api.post(path + "/members", owner.token(), Map.of("userId", "not-a-uuid")).expectBadRequest();
		this.api.post(path + "/members", owner.token(), Map.of()).expectInvalid("userId");
		this.api.post(path + "/members", owner.token(), Map.of("userId", owner.id(), "role", "boss"))
			.expectInvalid("role");
		this.api.patch(path + "/members/" + owner.id(), owner.token(), Map.of()).expectInvalid("role");
		this.api.get(teams(org) + "/not-a-uuid", owner.token()).expectBadRequest();
		assertThat(this.api.get(teams(org), owner.token()).expect(200).values())
			.extracting((team) -> team.get("name").asString())
			.containsExactly("Backend", "Frontend");
	}

	@Test
	void onlyTeamManagersChangeTeamsAndOutsidersSeeNoOrganization() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		TestUser outsider = this.api.signUp("Eve");
		String org = organization(owner);
		this.api.addMember(owner, org, member, "member");
		String path = teams(org) + "/" + team(owner, org, "Backend");

		this.api.post(teams(org), member.token(), Map.of("name", "Mine")).expectProblem(403, "FORBIDDEN");
		this.api.delete(path, member.token()).expectProblem(403, "FORBIDDEN");
		this.api.patch(path, member.token(), Map.of("name", "Mine")).expectProblem(403, "FORBIDDEN");
		assertThat(this.api.get(teams(org), member.token()).expect(200).values()).hasSize(1);

		this.api.get(teams(org), outsider.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.get(path, outsider.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.post(teams(org), outsider.token(), Map.of("name", "Mine"))
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.post(path + "/members", outsider.token(), Map.of("userId", outsider.id()))
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
	}

	@Test
	void aMaintainerManagesItsTeamOnlyAndOnlyWithOrganizationMembers() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser maintainer = this.api.signUp("Mia");
		TestUser colleague = this.api.signUp("Carl");
		TestUser outsider = this.api.signUp("Eve");
		String org = organization(owner);
		this.api.addMember(owner, org, maintainer, "member");
		this.api.addMember(owner, org, colleague, "member");
		String backend = team(owner, org, "Backend");
		String frontend = team(owner, org, "Frontend");
		String path = teams(org) + "/" + backend;
		this.api.post(path + "/members", owner.token(), Map.of("userId", maintainer.id(), "role", "maintainer"))
			.expect(201);

		this.api.patch(path, maintainer.token(), Map.of("name", "Backend guild")).expect(200);
		this.api.post(path + "/members", maintainer.token(), Map.of("userId", outsider.id()))
			.expectProblem(409, "NOT_ORGANIZATION_MEMBER");
		this.api.post(path + "/members", maintainer.token(), Map.of("userId", colleague.id())).expect(201);
		this.api.patch(path + "/members/" + colleague.id(), maintainer.token(), Map.of("role", "maintainer"))
			.expect(200);
		this.api.patch(path + "/members/" + colleague.id(), maintainer.token(), Map.of("role", "member")).expect(200);
		this.api.delete(path, maintainer.token()).expectProblem(403, "FORBIDDEN");
		this.api.post(teams(org), maintainer.token(), Map.of("name", "Mine")).expectProblem(403, "FORBIDDEN");
		// a maintainer of one team has no rights in another, known or not
		this.api.post(teams(org) + "/" + frontend + "/members", maintainer.token(), Map.of("userId", colleague.id()))
			.expectProblem(403, "FORBIDDEN");
		this.api.patch(teams(org) + "/" + frontend, maintainer.token(), Map.of("name", "Taken over"))
			.expectProblem(403, "FORBIDDEN");

		// a team member cannot add anyone, even to its own team
		this.api.post(path + "/members", colleague.token(), Map.of("userId", owner.id()))
			.expectProblem(403, "FORBIDDEN");
		this.api.patch(path, colleague.token(), Map.of("name", "Mine")).expectProblem(403, "FORBIDDEN");
		this.api.delete(path + "/members/" + maintainer.id(), colleague.token()).expectProblem(403, "FORBIDDEN");
		assertThat(this.api.get(path + "/members", colleague.token()).expect(200).values()).hasSize(2);

		this.api.delete(path + "/members/" + colleague.id(), maintainer.token()).expectEmpty(204);
	}

	@Test
	void aTeamOfAnotherOrganizationIsAnUnknownTeamUnderEveryRoute() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		String org = organization(owner);
		String otherOrg = organization(owner);
		String foreign = team(owner, otherOrg, "Elsewhere");
		this.api.addMember(owner, org, member, "member");
		String path = teams(org) + "/" + foreign;

		this.api.get(path, owner.token()).expectProblem(404, "TEAM_NOT_FOUND");
		this.api.patch(path, owner.token(), Map.of("name", "Mine")).expectProblem(404, "TEAM_NOT_FOUND");
		this.api.delete(path, owner.token()).expectProblem(404, "TEAM_NOT_FOUND");
		this.api.get(path + "/members", owner.token()).expectProblem(404, "TEAM_NOT_FOUND");
		this.api.post(path + "/members", owner.token(), Map.of("userId", member.id()))
			.expectProblem(404, "TEAM_NOT_FOUND");
		this.api.patch(path + "/members/" + owner.id(), owner.token(), Map.of("role", "member"))
			.expectProblem(404, "TEAM_NOT_FOUND");
		this.api.delete(path + "/members/" + owner.id(), owner.token()).expectProblem(404, "TEAM_NOT_FOUND");
		TestUser newcomer = this.api.signUp("Nina");
		this.api
			.post("/api/organizations/" + org + "/members", owner.token(),
					Map.of("email", newcomer.email(), "role", "member", "teamId", foreign))
			.expectProblem(404, "TEAM_NOT_FOUND");
		this.api
			.post("/api/organizations/" + org + "/invitations", owner.token(),
					Map.of("email", newcomer.email(), "role", "member", "teamId", foreign))
			.expectProblem(404, "TEAM_NOT_FOUND");
		assertThat(this.api.get("/api/organizations/" + org, owner.token()).expect(200).get("memberCount").asLong())
			.isEqualTo(2);
		assertThat(this.api.get(teams(otherOrg) + "/" + foreign, owner.token()).expect(200).get("memberCount").asLong())
			.isZero();
	}

	@Test
	void addingAndInvitingWithATeamJoinTheTeam() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser added = this.api.signUp("Max");
		String org = organization(owner);
		String team = team(owner, org, "Backend");
		this.api
			.post("/api/organizations/" + org + "/members", owner.token(),
					Map.of("userId", added.id(), "role", "member", "teamId", team))
			.expect(201);
		String email = SampleApi.uniqueEmail("guest");
		String invitation = this.api
			.post("/api/organizations/" + org + "/invitations", owner.token(),
					Map.of("email", email, "role", "member", "teamId", team))
			.expect(201)
			.get("id")
			.asString();
		TestUser guest = this.api.signUp(email, "Guest");
		this.api.post("/api/invitations/" + invitation + "/accept", guest.token(), withLinkToken(invitation))
			.expect(200);

		assertThat(this.api.get(teams(org) + "/" + team + "/members", owner.token()).expect(200).values())
			.extracting((member) -> member.get("userId").asString() + ":" + member.get("role").asString())
			.containsExactly(added.id() + ":member", guest.id() + ":member");
	}

	@Test
	void everyPathIntoAFullTeamIsRefused() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser first = this.api.signUp("Ann");
		TestUser second = this.api.signUp("Bob");
		TestUser third = this.api.signUp("Cid");
		String org = organization(owner);
		String team = team(owner, org, "Small");
		String members = teams(org) + "/" + team + "/members";
		this.api.addMember(owner, org, first, "member");
		this.api.addMember(owner, org, second, "member");
		this.api.addMember(owner, org, third, "member");
		String email = SampleApi.uniqueEmail("late");
		// invited while there is room
		String invitation = this.api
			.post("/api/organizations/" + org + "/invitations", owner.token(),
					Map.of("email", email, "role", "member", "teamId", team))
			.expect(201)
			.get("id")
			.asString();
		this.api.post(members, owner.token(), Map.of("userId", first.id())).expect(201);
		this.api.post(members, owner.token(), Map.of("userId", second.id())).expect(201);

		// 1. the team route
		this.api.post(members, owner.token(), Map.of("userId", third.id()))
			.expectProblem(409, "TEAM_MEMBER_LIMIT_REACHED");
		// 2. adding an organization member with the team: no organization membership
		// either
		TestUser newcomer = this.api.signUp("Nina");
		this.api
			.post("/api/organizations/" + org + "/members", owner.token(),
					Map.of("userId", newcomer.id(), "role", "member", "teamId", team))
			.expectProblem(409, "TEAM_MEMBER_LIMIT_REACHED");
		this.api.get("/api/organizations/" + org, newcomer.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		// 3. inviting with the team is refused up front
		this.api
			.post("/api/organizations/" + org + "/invitations", owner.token(),
					Map.of("email", SampleApi.uniqueEmail("more"), "role", "member", "teamId", team))
			.expectProblem(409, "TEAM_MEMBER_LIMIT_REACHED");
		// 4. accepting an invitation made while there was room: still pending, no
		// membership left behind
		TestUser late = this.api.signUp(email, "Late");
		this.api.post("/api/invitations/" + invitation + "/accept", late.token(), withLinkToken(invitation))
			.expectProblem(409, "TEAM_MEMBER_LIMIT_REACHED");
		assertThat(this.api.get(invitationLink(invitation), late.token()).expect(200).get("status").asString())
			.isEqualTo("pending");
		this.api.get("/api/organizations/" + org, late.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		assertThat(this.api.get(teams(org) + "/" + team, owner.token()).expect(200).get("memberCount").asLong())
			.isEqualTo(2);

		// a seat freed is a seat taken again
		this.api.delete(members + "/" + second.id(), owner.token()).expectEmpty(204);
		this.api.post("/api/invitations/" + invitation + "/accept", late.token(), withLinkToken(invitation))
			.expect(200);
	}

	@Test
	void leavingTheOrganizationLeavesItsTeamsAndDeletingItDeletesThem() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		String org = organization(owner);
		JsonNode added = this.api.addMember(owner, org, member, "member");
		String team = team(owner, org, "Backend");
		this.api.post(teams(org) + "/" + team + "/members", owner.token(), Map.of("userId", member.id())).expect(201);
		this.api.post(teams(org) + "/" + team + "/members", owner.token(), Map.of("userId", owner.id())).expect(201);

		this.api.delete("/api/organizations/" + org + "/members/" + added.get("id").asString(), owner.token())
			.expectEmpty(204);
		assertThat(this.api.get("/api/teams", member.token()).expect(200).values()).isEmpty();
		assertThat(this.api.get(teams(org) + "/" + team + "/members", owner.token()).expect(200).values())
			.extracting((m) -> m.get("userId").asString())
			.containsExactly(owner.id());

		this.api.delete("/api/organizations/" + org, owner.token()).expectEmpty(204);
		assertThat(this.api.get("/api/teams", owner.token()).expect(200).values()).isEmpty();
	}

	private String organization(TestUser owner) {
		return this.api.createOrganization(owner, "Teams").get("id").asString();
	}

	private String team(TestUser caller, String organizationId, String name) {
		return this.api.post(teams(organizationId), caller.token(), Map.of("name", name))
			.expect(201)
			.get("id")
			.asString();
	}

	private static String teams(String organizationId) {
		return "/api/organizations/" + organizationId + "/teams";
	}

	private static void assertTeam(JsonNode team) {
		assertThat(team.propertyNames()).containsExactlyInAnyOrder("id", "organizationId", "name", "memberCount",
				"createdAt");
		assertUuid(team.get("id"));
		assertUuid(team.get("organizationId"));
		assertUtcTimestamp(team.get("createdAt"));
	}

}
