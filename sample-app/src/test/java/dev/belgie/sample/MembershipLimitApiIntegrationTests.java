package dev.belgie.sample;

import java.util.Map;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configured limits over HTTP: members per organization, organizations per user,
 * pending invitations.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "belgie.organization.membership-limit=2",
		"belgie.organization.organization-limit=1", "belgie.organization.invitation-limit=1" })
class MembershipLimitApiIntegrationTests extends ApiIntegrationTests {

	@Test
	void addingAMemberBeyondTheLimitIsRefused() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser second = this.api.signUp("Sam");
		TestUser third = this.api.signUp("Tom");
		String id = this.api.createOrganization(owner, "Small").get("id").asString();
		this.api.addMember(owner, id, second, "member");
		this.api
			.post("/api/organizations/" + id + "/members", owner.token(),
					Map.of("email", third.email(), "role", "member"))
			.expectProblem(409, "MEMBERSHIP_LIMIT_REACHED");
		assertThat(
				this.api.get("/api/organizations/" + id + "/members", owner.token()).expect(200).get("total").asLong())
			.isEqualTo(2);
		// a place freed is a place taken again
		this.api.delete("/api/organizations/" + id + "/members/" + second.email(), owner.token()).expectEmpty(204);
		this.api.addMember(owner, id, third, "member");
	}

	@Test
	void acceptingAnInvitationBeyondTheLimitIsRefused() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser second = this.api.signUp("Sam");
		String id = this.api.createOrganization(owner, "Small").get("id").asString();
		String email = SampleApi.uniqueEmail("guest");
		String invitationId = this.api
			.post("/api/organizations/" + id + "/invitations", owner.token(), Map.of("email", email, "role", "member"))
			.expect(201)
			.get("id")
			.asString();
		this.api.addMember(owner, id, second, "member");
		TestUser guest = this.api.signUp(email, "Guest");
		this.api.post("/api/invitations/" + invitationId + "/accept", guest.token(), withLinkToken(invitationId))
			.expectProblem(409, "MEMBERSHIP_LIMIT_REACHED");
		assertThat(this.api.get(invitationLink(invitationId), guest.token()).expect(200).get("status").asString())
			.isEqualTo("pending");
		this.api.get("/api/organizations/" + id, guest.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
	}

	@Test
	void creatingAnOrganizationBeyondTheLimitIsRefused() {
		TestUser owner = this.api.signUp("Olivia");
		this.api.createOrganization(owner, "Only");
		this.api.post("/api/organizations", owner.token(), Map.of("name", "One too many"))
			.expectProblem(409, "ORGANIZATION_LIMIT_REACHED");
		assertThat(this.api.get("/api/organizations", owner.token()).expect(200).values()).hasSize(1);
	}

	@Test
	void aMemberOfAnotherOrganizationHasReachedTheLimitToo() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		String id = this.api.createOrganization(owner, "Theirs").get("id").asString();
		this.api.addMember(owner, id, member, "member");
		this.api.post("/api/organizations", member.token(), Map.of("name", "Mine"))
			.expectProblem(409, "ORGANIZATION_LIMIT_REACHED");
		this.api.post("/api/organizations/" + id + "/leave", member.token(), null).expectEmpty(204);
		this.api.post("/api/organizations", member.token(), Map.of("name", "Mine")).expect(201);
	}

	@Test
	void invitingBeyondTheLimitIsRefused() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Small").get("id").asString();
		String path = "/api/organizations/" + id + "/invitations";
		String first = this.api
			.post(path, owner.token(), Map.of("email", SampleApi.uniqueEmail("one"), "role", "member"))
			.expect(201)
			.get("id")
			.asString();
		this.api.post(path, owner.token(), Map.of("email", SampleApi.uniqueEmail("two"), "role", "member"))
			.expectProblem(409, "INVITATION_LIMIT_REACHED");
		this.api.delete(path + "/" + first, owner.token()).expect(200);
		this.api.post(path, owner.token(), Map.of("email", SampleApi.uniqueEmail("two"), "role", "member")).expect(201);
	}

}
