package dev.belgie.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The Invitations routes of shared/API.md over HTTP. */
class InvitationApiIntegrationTests extends ApiIntegrationTests {

	@Test
	void inviteReturnsThePendingInvitation() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Inviting").get("id").asString();
		String email = SampleApi.uniqueEmail("guest");
		Instant before = Instant.now();
		JsonNode invitation = invite(owner, id, email, "admin").expect(201);
		ApiShapes.assertInvitation(invitation);
		assertThat(invitation.get("organizationId").asString()).isEqualTo(id);
		assertThat(invitation.get("organizationName").asString()).isEqualTo("Inviting");
		assertThat(invitation.get("email").asString()).isEqualTo(email);
		assertThat(invitation.get("role").asString()).isEqualTo("admin");
		assertThat(invitation.get("status").asString()).isEqualTo("pending");
		assertThat(invitation.get("inviterId").asString()).isEqualTo(owner.id());
		assertThat(invitation.get("teamId").isNull()).isTrue();
		Instant createdAt = ApiShapes.assertUtcTimestamp(invitation.get("createdAt"));
		Instant expiresAt = ApiShapes.assertUtcTimestamp(invitation.get("expiresAt"));
		assertThat(createdAt).isBetween(before.minusSeconds(5), Instant.now().plusSeconds(5));
		// belgie.organization.invitation-expires-in: 48h
		assertThat(Duration.between(createdAt, expiresAt)).isEqualTo(Duration.ofHours(48));
	}

	@Test
	void resendRefreshesThePendingInvitation() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Inviting").get("id").asString();
		String email = SampleApi.uniqueEmail("guest");
		JsonNode first = invite(owner, id, email, "member").expect(201);

		this.api
			.post("/api/organizations/" + id + "/invitations", owner.token(),
					Map.of("email", email, "role", "admin", "resend", true))
			.expect(200);
		JsonNode resent = this.api
			.post("/api/organizations/" + id + "/invitations", owner.token(),
					Map.of("email", email.toUpperCase(), "role", "admin", "resend", true))
			.expect(200);
		ApiShapes.assertInvitation(resent);
		assertThat(resent.get("id").asString()).isEqualTo(first.get("id").asString());
		assertThat(resent.get("status").asString()).isEqualTo("pending");
		assertThat(resent.get("role").asString()).isEqualTo("admin");
		assertThat(this.api.get("/api/organizations/" + id + "/invitations", owner.token())
			.expect(200)
			.get("items")
			.values()).singleElement()
			.satisfies(
					(invitation) -> assertThat(invitation.get("id").asString()).isEqualTo(first.get("id").asString()));
	}

	@Test
	void inviteRejectsASecondPendingInvitation() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Inviting").get("id").asString();
		String email = SampleApi.uniqueEmail("guest");
		invite(owner, id, email, "member").expect(201);
		invite(owner, id, email, "member").expectProblem(409, "INVITATION_ALREADY_PENDING");
		invite(owner, id, email.toUpperCase(), "admin").expectProblem(409, "INVITATION_ALREADY_PENDING");
		this.api
			.post("/api/organizations/" + id + "/invitations", owner.token(),
					Map.of("email", email, "role", "member", "resend", false))
			.expectProblem(409, "INVITATION_ALREADY_PENDING");
	}

	@Test
	void inviteRejectsAMember() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		String id = this.api.createOrganization(owner, "Inviting").get("id").asString();
		this.api.addMember(owner, id, member, "member");
		invite(owner, id, member.email(), "member").expectProblem(409, "ALREADY_MEMBER");
		invite(owner, id, owner.email().toUpperCase(), "member").expectProblem(409, "ALREADY_MEMBER");
	}

	@Test
	void inviteRejectsBadInput() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Inviting").get("id").asString();
		invite(owner, id, "not-an-email", "member").expectInvalid("email");
		this.api.post("/api/organizations/" + id + "/invitations", owner.token(), Map.of("role", "member"))
			.expectInvalid("email");
		invite(owner, id, SampleApi.uniqueEmail("guest"), "wizard").expectInvalid("role");
		this.api
			.post("/api/organizations/" + id + "/invitations", owner.token(),
					Map.of("email", SampleApi.uniqueEmail("guest"), "role", "member", "teamId", "not-a-uuid"))
			.expectInvalid("teamId");
		this.api.post("/api/organizations/" + id + "/invitations", owner.token(), Map.of("email", 42, "role", "member"))
			.expectInvalid("email");
		this.api
			.post("/api/organizations/" + id + "/invitations", owner.token(),
					Map.of("email", SampleApi.uniqueEmail("guest"), "role", "member", "resend", "yes"))
			.expectInvalid("resend");
		this.api.post("/api/organizations/" + id + "/invitations", owner.token(), "{\"email\":").expectBadRequest();
		assertThat(this.api.get("/api/organizations/" + id + "/invitations", owner.token())
			.expect(200)
			.get("items")
			.values()).isEmpty();
	}

	@Test
	void organizationInvitationsAreForMembersOnly() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		TestUser stranger = this.api.signUp("Stranger");
		String id = this.api.createOrganization(owner, "Inviting").get("id").asString();
		this.api.addMember(owner, id, member, "member");
		JsonNode first = invite(owner, id, SampleApi.uniqueEmail("one"), "member").expect(201);
		JsonNode second = invite(owner, id, SampleApi.uniqueEmail("two"), "admin").expect(201);
		JsonNode canceled = invite(owner, id, SampleApi.uniqueEmail("three"), "admin").expect(201);
		cancel(owner, id, canceled.get("id").asString()).expect(200);

		JsonNode list = this.api.get("/api/organizations/" + id + "/invitations", member.token()).expect(200);
		assertThat(list.propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "total");
		assertThat(list.get("total").asLong()).isEqualTo(2);
		assertThat(list.get("page").asInt()).isZero();
		assertThat(list.get("size").asInt()).isEqualTo(50);
		list.get("items").values().forEach(ApiShapes::assertInvitation);
		assertThat(list.get("items").values()).extracting((i) -> i.get("id").asString())
			.as("oldest first")
			.containsExactly(first.get("id").asString(), second.get("id").asString());
		JsonNode secondPage = this.api.get("/api/organizations/" + id + "/invitations?page=1&size=1", member.token())
			.expect(200);
		assertThat(secondPage.get("items").values()).extracting((i) -> i.get("id").asString())
			.containsExactly(second.get("id").asString());
		this.api.get("/api/organizations/" + id + "/invitations?size=201", member.token()).expectInvalid("size");
		this.api.get("/api/organizations/" + id + "/invitations?page=20000000&size=200", member.token())
			.expectInvalid("page");
		this.api.get("/api/organizations/" + id + "/invitations", stranger.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
		this.api.get("/api/organizations/" + UUID.randomUUID() + "/invitations", owner.token())
			.expectProblem(404, "ORGANIZATION_NOT_FOUND");
	}

	@Test
	void cancel() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Inviting").get("id").asString();
		String email = SampleApi.uniqueEmail("guest");
		String invitationId = invite(owner, id, email, "member").expect(201).get("id").asString();

		JsonNode canceled = cancel(owner, id, invitationId).expect(200);
		ApiShapes.assertInvitation(canceled);
		assertThat(canceled.get("id").asString()).isEqualTo(invitationId);
		assertThat(canceled.get("status").asString()).isEqualTo("canceled");
		cancel(owner, id, invitationId).expectProblem(409, "INVITATION_NOT_PENDING");
		// a canceled invitation no longer blocks a new one
		invite(owner, id, email, "member").expect(201);
		TestUser recipient = this.api.signUp(email, "Guest");
		this.api.post("/api/invitations/" + invitationId + "/accept", recipient.token(), withLinkToken(invitationId))
			.expectProblem(409, "INVITATION_NOT_PENDING");
	}

	@Test
	void cancelAnUnknownInvitation() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Inviting").get("id").asString();
		String otherId = this.api.createOrganization(owner, "Other").get("id").asString();
		cancel(owner, id, UUID.randomUUID().toString()).expectProblem(404, "INVITATION_NOT_FOUND");
		String elsewhere = invite(owner, otherId, SampleApi.uniqueEmail("guest"), "member").expect(201)
			.get("id")
			.asString();
		cancel(owner, id, elsewhere).expectProblem(404, "INVITATION_NOT_FOUND");
		cancel(owner, id, "not-a-uuid").expectInvalid("invitationId");
	}

	@Test
	void aPlainMemberMayNotCancel() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser member = this.api.signUp("Max");
		String id = this.api.createOrganization(owner, "Inviting").get("id").asString();
		this.api.addMember(owner, id, member, "member");
		String invitationId = invite(owner, id, SampleApi.uniqueEmail("guest"), "member").expect(201)
			.get("id")
			.asString();
		cancel(member, id, invitationId).expectProblem(403, "FORBIDDEN");
		assertThat(this.api.get("/api/invitations/" + invitationId, owner.token()).expect(200).get("status").asString())
			.isEqualTo("pending");
	}

	@Test
	void listingMyInvitationsNeedsAVerifiedEmail() {
		TestUser alice = this.api.signUp("Alice");
		String email = SampleApi.uniqueEmail("carol");
		String first = this.api.createOrganization(alice, "First").get("id").asString();
		invite(alice, first, email.toUpperCase(), "member").expect(201);

		// Carol signed up with the invited address but never proved it is hers: no one
		// else's invitations leak
		TestUser carol = this.api.signUpUnverified(email, "Carol");
		this.api.get("/api/invitations", carol.token()).expectProblem(403, "EMAIL_NOT_VERIFIED");

		// once verified, a new access token (one issued before verification keeps saying
		// unverified) lists it
		this.api.verifyEmail(carol.email());
		this.api.get("/api/invitations", carol.token()).expectProblem(403, "EMAIL_NOT_VERIFIED");
		JsonNode mine = this.api.get("/api/invitations", this.api.token(carol.email())).expect(200);
		assertThat(mine.values()).extracting((invitation) -> invitation.get("email").asString())
			.containsExactly(carol.email());
	}

	@Test
	void aVerifiedRecipientAcceptsWithoutTheLinkToken() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Welcoming").get("id").asString();
		String email = SampleApi.uniqueEmail("guest");
		String invitationId = invite(owner, id, email, "member").expect(201).get("id").asString();
		TestUser recipient = this.api.signUp(email, "Guest");

		assertThat(this.api.get("/api/invitations", recipient.token()).expect(200).values())
			.extracting((invitation) -> invitation.get("id").asString())
			.containsExactly(invitationId);
		this.api.get("/api/invitations/" + invitationId, recipient.token()).expect(200);
		JsonNode accepted = this.api.post("/api/invitations/" + invitationId + "/accept", recipient.token(), null)
			.expect(200);
		assertThat(accepted.get("member").get("userId").asString()).isEqualTo(recipient.id());
	}

	@Test
	void acceptJoinsTheOrganization() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Welcoming").get("id").asString();
		String email = SampleApi.uniqueEmail("guest");
		String invitationId = invite(owner, id, email, List.of("member", "Admin")).expect(201).get("id").asString();
		TestUser recipient = this.api.signUp(email, "Guest");

		JsonNode accepted = this.api
			.post("/api/invitations/" + invitationId + "/accept", recipient.token(), withLinkToken(invitationId))
			.expect(200);
		assertThat(accepted.propertyNames()).containsExactlyInAnyOrder("invitation", "member");
		ApiShapes.assertInvitation(accepted.get("invitation"));
		ApiShapes.assertMember(accepted.get("member"));
		assertThat(accepted.get("invitation").get("id").asString()).isEqualTo(invitationId);
		assertThat(accepted.get("invitation").get("status").asString()).isEqualTo("accepted");
		JsonNode member = accepted.get("member");
		assertThat(member.get("organizationId").asString()).isEqualTo(id);
		assertThat(member.get("userId").asString()).isEqualTo(recipient.id());
		assertThat(member.get("email").asString()).isEqualTo(email);
		assertThat(member.get("name").asString()).isEqualTo("Guest");
		assertThat(member.get("role").asString()).isEqualTo("admin,member");

		assertThat(
				this.api.get("/api/organizations/" + id + "/members", owner.token()).expect(200).get("items").values())
			.extracting((m) -> m.get("id").asString())
			.contains(member.get("id").asString());
		JsonNode details = this.api.get("/api/organizations/" + id, recipient.token()).expect(200);
		assertThat(details.get("memberCount").asLong()).isEqualTo(2);
		assertThat(details.get("invitations").values()).isEmpty();

		this.api.post("/api/invitations/" + invitationId + "/accept", recipient.token(), withLinkToken(invitationId))
			.expectProblem(409, "INVITATION_NOT_PENDING");
	}

	@Test
	void onlyTheRecipientMayAccept() {
		TestUser owner = this.api.signUp("Olivia");
		TestUser other = this.api.signUp("Other");
		String id = this.api.createOrganization(owner, "Welcoming").get("id").asString();
		String invitationId = invite(owner, id, SampleApi.uniqueEmail("guest"), "member").expect(201)
			.get("id")
			.asString();
		this.api.post("/api/invitations/" + invitationId + "/accept", other.token(), null)
			.expectProblem(403, "NOT_INVITATION_RECIPIENT");
		this.api.post("/api/invitations/" + invitationId + "/accept", owner.token(), null)
			.expectProblem(403, "NOT_INVITATION_RECIPIENT");
		this.api.post("/api/invitations/" + invitationId + "/reject", other.token(), null)
			.expectProblem(403, "NOT_INVITATION_RECIPIENT");
		this.api.get("/api/organizations/" + id, other.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		assertThat(this.api.get("/api/invitations/" + invitationId, owner.token()).expect(200).get("status").asString())
			.isEqualTo("pending");
	}

	@Test
	void acceptOrRejectAnUnknownInvitation() {
		TestUser user = this.api.signUp("Uma");
		this.api.post("/api/invitations/" + UUID.randomUUID() + "/accept", user.token(), null)
			.expectProblem(404, "INVITATION_NOT_FOUND");
		this.api.post("/api/invitations/" + UUID.randomUUID() + "/reject", user.token(), null)
			.expectProblem(404, "INVITATION_NOT_FOUND");
		this.api.post("/api/invitations/not-a-uuid/accept", user.token(), null).expectInvalid("invitationId");
	}

	@Test
	void reject() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Welcoming").get("id").asString();
		String email = SampleApi.uniqueEmail("guest");
		String invitationId = invite(owner, id, email, "member").expect(201).get("id").asString();
		TestUser recipient = this.api.signUp(email, "Guest");

		JsonNode rejected = this.api
			.post("/api/invitations/" + invitationId + "/reject", recipient.token(), withLinkToken(invitationId))
			.expect(200);
		ApiShapes.assertInvitation(rejected);
		assertThat(rejected.get("id").asString()).isEqualTo(invitationId);
		assertThat(rejected.get("status").asString()).isEqualTo("rejected");
		this.api.post("/api/invitations/" + invitationId + "/accept", recipient.token(), withLinkToken(invitationId))
			.expectProblem(409, "INVITATION_NOT_PENDING");
		this.api.post("/api/invitations/" + invitationId + "/reject", recipient.token(), withLinkToken(invitationId))
			.expectProblem(409, "INVITATION_NOT_PENDING");
		this.api.get("/api/organizations/" + id, recipient.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
		assertThat(this.api.get("/api/organizations/" + id + "/invitations", owner.token())
			.expect(200)
			.get("items")
			.values()).isEmpty();
	}

	@Test
	void everyRouteNeedsAToken() {
		TestUser owner = this.api.signUp("Olivia");
		String id = this.api.createOrganization(owner, "Locked").get("id").asString();
		String invitationId = invite(owner, id, SampleApi.uniqueEmail("guest"), "member").expect(201)
			.get("id")
			.asString();
		this.api
			.post("/api/organizations/" + id + "/invitations", null,
					Map.of("email", SampleApi.uniqueEmail("guest"), "role", "member"))
			.expectProblem(401, "UNAUTHENTICATED");
		this.api.get("/api/organizations/" + id + "/invitations", null).expectProblem(401, "UNAUTHENTICATED");
		this.api.delete("/api/organizations/" + id + "/invitations/" + invitationId, null)
			.expectProblem(401, "UNAUTHENTICATED");
		this.api.get("/api/invitations", null).expectProblem(401, "UNAUTHENTICATED");
		this.api.get("/api/invitations/" + invitationId, null).expectProblem(401, "UNAUTHENTICATED");
		this.api.post("/api/invitations/" + invitationId + "/accept", null, null).expectProblem(401, "UNAUTHENTICATED");
		this.api.post("/api/invitations/" + invitationId + "/reject", null, null).expectProblem(401, "UNAUTHENTICATED");
		assertThat(this.api.get("/api/invitations/" + invitationId, owner.token()).expect(200).get("status").asString())
			.isEqualTo("pending");
	}

	private SampleApi.ApiResponse invite(TestUser caller, String organizationId, String email, Object role) {
		return this.api.post("/api/organizations/" + organizationId + "/invitations", caller.token(),
				Map.of("email", email, "role", role));
	}

	private SampleApi.ApiResponse cancel(TestUser caller, String organizationId, String invitationId) {
		return this.api.delete("/api/organizations/" + organizationId + "/invitations/" + invitationId, caller.token());
	}

}
