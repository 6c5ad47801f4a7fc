package dev.belgie.organization.autoconfigure.client;

import dev.belgie.organization.invitation.AcceptedInvitation;
import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.invitation.InvitationSent;
import dev.belgie.organization.membership.AddMemberRequest;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.organization.OrganizationSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.spi.OrganizationUser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every rule of {@link OrganizationClient} about invitations, each call as a user would
 * make it, on the real auto-configuration and database; a test clock moves time past the
 * expiry ({@code invitation-expires-in} is 3 days in these tests).
 */
class InvitationClientIntegrationTests extends ClientTestSupport {

	@Autowired
	private ClientTestApplication.LinkTokens linkTokens;

	private static final Duration EXPIRES_IN = Duration.ofDays(3);

	@Test
	void anInvitationIsPendingUntilTheConfiguredExpiry() {
		OrganizationUser owner = user("Owner");
		OrganizationUser bob = user("Bob");
		UUID organizationId = organizationOf(owner);
		Instant sentAt = this.clock.instant();

		InvitationSent sent = client(owner).invite(organizationId,
				InvitationRequest.of(bob.email().toUpperCase(), "Member"));

		Invitation invitation = sent.invitation();
		assertThat(sent.resent()).isFalse();
		assertThat(invitation.email()).isEqualTo(bob.email());
		assertThat(invitation.role()).isEqualTo("member");
		assertThat(invitation.status()).isEqualTo("pending");
		assertThat(invitation.inviterId()).isEqualTo(owner.id());
		assertThat(invitation.organizationId()).isEqualTo(organizationId);
		assertThat(invitation.createdAt()).isEqualTo(sentAt);
		assertThat(invitation.expiresAt()).isEqualTo(sentAt.plus(EXPIRES_IN));
		assertThat(client(bob).invitation(invitation.id())).isEqualTo(invitation);

		this.clock.advance(EXPIRES_IN.minusSeconds(1));
		assertThat(client(bob).invitation(invitation.id()).status()).isEqualTo("pending");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(client(bob).invitation(invitation.id()).status()).isEqualTo("expired");
		assertThat(client(owner).invitation(invitation.id()).status()).isEqualTo("expired");
	}

	@Test
	void anExpiredInvitationCanNeitherBeAcceptedNorRejected() {
		OrganizationUser owner = user("Owner");
		OrganizationUser bob = user("Bob");
		UUID organizationId = organizationOf(owner);
		UUID invitationId = invite(owner, organizationId, bob.email(), "member");

		this.clock.advance(EXPIRES_IN.plusMinutes(1));

		assertFails(OrganizationErrorCode.INVITATION_EXPIRED, () -> client(bob).acceptInvitation(invitationId));
		assertFails(OrganizationErrorCode.INVITATION_EXPIRED, () -> client(bob).rejectInvitation(invitationId));
		assertThat(memberRows(organizationId)).isEqualTo(1);
		assertThat(client(owner).invitations(organizationId, 0, 50).items()).isEmpty();
		assertThat(client(bob).individualInvitations()).isEmpty();
		// the address may be invited afresh
		InvitationSent again = client(owner).invite(organizationId, InvitationRequest.of(bob.email(), "member"));
		assertThat(again.invitation().id()).isNotEqualTo(invitationId);
		assertThat(again.resent()).isFalse();
	}

	@Test
	void onlyRolesWithInvitationCreateInviteAndOnlyOwnersInviteOwners() {
		OrganizationUser owner = user("Owner");
		OrganizationUser admin = user("Admin");
		OrganizationUser member = user("Member");
		UUID organizationId = organizationOf(owner);
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(admin.id(), "admin"));
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(member.id(), "member"));

		assertFails(OrganizationErrorCode.FORBIDDEN,
				() -> client(member).invite(organizationId, InvitationRequest.of("friend@example.com", "member")));
		assertFails(OrganizationErrorCode.FORBIDDEN,
				() -> client(admin).invite(organizationId, InvitationRequest.of("boss@example.com", "owner")));
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, () -> client(user("Mallory")).invite(organizationId,
				InvitationRequest.of("friend@example.com", "member")));
		assertInvalid("role",
				() -> client(owner).invite(organizationId, InvitationRequest.of("x@example.com", "boss")));
		assertInvalid("email", () -> client(owner).invite(organizationId, InvitationRequest.of("not-mail", "member")));
		assertThat(invitationRows(organizationId)).isZero();

		assertThat(client(admin).invite(organizationId, InvitationRequest.of("friend@example.com", "admin"))
			.invitation()
			.role()).isEqualTo("admin");
		assertThat(client(owner).invite(organizationId, InvitationRequest.of("boss@example.com", "owner"))
			.invitation()
			.role()).isEqualTo("owner");
		assertThat(invitationRows(organizationId)).isEqualTo(2);
	}

	@Test
	void aMemberCannotBeInvited() {
		OrganizationUser owner = user("Owner");
		OrganizationUser bob = user("Bob");
		UUID organizationId = organizationOf(owner);
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(bob.id(), "member"));

		assertFails(OrganizationErrorCode.ALREADY_MEMBER,
				() -> client(owner).invite(organizationId, InvitationRequest.of(bob.email().toUpperCase(), "admin")));
		assertFails(OrganizationErrorCode.ALREADY_MEMBER,
				() -> client(owner).invite(organizationId, InvitationRequest.of(owner.email(), "member")));
		assertThat(invitationRows(organizationId)).isZero();
	}

	@Test
	void aSecondInvitationToAPendingAddressNeedsResend() {
		OrganizationUser owner = user("Owner");
		OrganizationUser bob = user("Bob");
		UUID organizationId = organizationOf(owner);
		Invitation first = client(owner).invite(organizationId, InvitationRequest.of(bob.email(), "member"))
			.invitation();

		assertFails(OrganizationErrorCode.INVITATION_ALREADY_PENDING,
				() -> client(owner).invite(organizationId, InvitationRequest.of(bob.email(), "admin")));
		assertFails(OrganizationErrorCode.INVITATION_ALREADY_PENDING,
				() -> client(owner).invite(organizationId, new InvitationRequest(bob.email(), "admin", null, false)));

		this.clock.advance(Duration.ofHours(5));
		InvitationSent resent = client(owner).invite(organizationId,
				new InvitationRequest(bob.email().toUpperCase(), "admin", null, true));

		assertThat(resent.resent()).isTrue();
		assertThat(resent.invitation().id()).isEqualTo(first.id());
		assertThat(resent.invitation().role()).isEqualTo("admin");
		assertThat(resent.invitation().status()).isEqualTo("pending");
		assertThat(resent.invitation().expiresAt()).isEqualTo(this.clock.instant().plus(EXPIRES_IN))
			.isAfter(first.expiresAt());
		assertThat(invitationRows(organizationId)).isEqualTo(1);
		assertThat(client(owner).invitations(organizationId, 0, 50).items())
			.extracting(Invitation::id, Invitation::expiresAt)
			.containsExactly(tuple(first.id(), resent.invitation().expiresAt()));
	}

	@Test
	void resendWithoutAPendingInvitationSendsANewOne() {
		OrganizationUser owner = user("Owner");
		UUID organizationId = organizationOf(owner);

		InvitationSent sent = client(owner).invite(organizationId,
				new InvitationRequest(user("Bob").email(), "member", null, true));

		assertThat(sent.resent()).isFalse();
		assertThat(sent.invitation().status()).isEqualTo("pending");
		assertThat(invitationRows(organizationId)).isEqualTo(1);
	}

	@Test
	void acceptingAfterJoiningOtherwiseLeavesTheInvitationPending() {
		OrganizationUser owner = user("Owner");
		OrganizationUser bob = user("Bob");
		UUID organizationId = organizationOf(owner);
		UUID invitationId = invite(owner, organizationId, bob.email(), "admin");
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(bob.id(), "member"));

		assertFails(OrganizationErrorCode.ALREADY_MEMBER, () -> client(bob).acceptInvitation(invitationId));

		assertThat(storedRole(organizationId, bob.id())).isEqualTo("member");
		assertThat(client(bob).invitation(invitationId).status()).isEqualTo("pending");
	}

	@Test
	void onlyTheRecipientAcceptsAndJoinsWithTheInvitedRole() {
		OrganizationUser owner = user("Owner");
		UUID organizationId = organizationOf(owner);
		String id = UUID.randomUUID().toString();
		// the recipient signs in with another spelling of the address it was invited at
		OrganizationUser bob = new OrganizationUser(id, "Bob." + id.substring(0, 8) + "@Example.COM", "Bob", true);
		UUID invitationId = invite(owner, organizationId, bob.email().toLowerCase(), "admin,member");
		OrganizationUser mallory = user("Mallory");

		assertFails(OrganizationErrorCode.NOT_INVITATION_RECIPIENT,
				() -> client(mallory).acceptInvitation(invitationId));
		assertFails(OrganizationErrorCode.NOT_INVITATION_RECIPIENT, () -> client(owner).acceptInvitation(invitationId));
		assertFails(OrganizationErrorCode.NOT_INVITATION_RECIPIENT,
				() -> client(mallory).rejectInvitation(invitationId));
		assertThat(client(bob).invitation(invitationId).status()).isEqualTo("pending");

		AcceptedInvitation accepted = client(bob).acceptInvitation(invitationId);

		assertThat(accepted.invitation().status()).isEqualTo("accepted");
		Member member = accepted.member();
		assertThat(member.userId()).isEqualTo(bob.id());
		assertThat(member.role()).isEqualTo("admin,member");
		assertThat(member.organizationId()).isEqualTo(organizationId);
		assertThat(storedRole(organizationId, bob.id())).isEqualTo("admin,member");
		assertThat(client(bob).forIndividual()).extracting(OrganizationSummary::id, OrganizationSummary::role)
			.containsExactly(tuple(organizationId, "admin,member"));
		assertThat(client(owner).invitations(organizationId, 0, 50).items()).isEmpty();

		assertFails(OrganizationErrorCode.INVITATION_NOT_PENDING, () -> client(bob).acceptInvitation(invitationId));
		assertFails(OrganizationErrorCode.INVITATION_NOT_PENDING, () -> client(bob).rejectInvitation(invitationId));
		assertFails(OrganizationErrorCode.INVITATION_NOT_PENDING,
				() -> client(owner).cancelInvitation(organizationId, invitationId));
		assertThat(memberRows(organizationId)).isEqualTo(2);
		assertFails(OrganizationErrorCode.INVITATION_NOT_FOUND, () -> client(bob).acceptInvitation(UUID.randomUUID()));
	}

	@Test
	void rejectingIsFinal() {
		OrganizationUser owner = user("Owner");
		OrganizationUser bob = user("Bob");
		UUID organizationId = organizationOf(owner);
		UUID invitationId = invite(owner, organizationId, bob.email(), "member");

		Invitation rejected = client(bob).rejectInvitation(invitationId);

		assertThat(rejected.status()).isEqualTo("rejected");
		assertThat(client(owner).invitation(invitationId).status()).isEqualTo("rejected");
		assertFails(OrganizationErrorCode.INVITATION_NOT_PENDING, () -> client(bob).acceptInvitation(invitationId));
		assertFails(OrganizationErrorCode.INVITATION_NOT_PENDING, () -> client(bob).rejectInvitation(invitationId));
		assertFails(OrganizationErrorCode.INVITATION_NOT_PENDING,
				() -> client(owner).cancelInvitation(organizationId, invitationId));
		assertThat(memberRows(organizationId)).isEqualTo(1);
		assertThat(client(owner).invitations(organizationId, 0, 50).items()).isEmpty();
	}

	@Test
	void cancelingNeedsThePermissionAndIsFinal() {
		OrganizationUser owner = user("Owner");
		OrganizationUser admin = user("Admin");
		OrganizationUser member = user("Member");
		OrganizationUser bob = user("Bob");
		UUID organizationId = organizationOf(owner);
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(admin.id(), "admin"));
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(member.id(), "member"));
		UUID invitationId = invite(owner, organizationId, bob.email(), "member");
		UUID otherOrganizationId = organizationOf(admin);

		assertFails(OrganizationErrorCode.FORBIDDEN,
				() -> client(member).cancelInvitation(organizationId, invitationId));
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND,
				() -> client(bob).cancelInvitation(organizationId, invitationId));
		assertFails(OrganizationErrorCode.INVITATION_NOT_FOUND,
				() -> client(admin).cancelInvitation(otherOrganizationId, invitationId));
		assertThat(client(bob).invitation(invitationId).status()).isEqualTo("pending");

		Invitation canceled = client(admin).cancelInvitation(organizationId, invitationId);

		assertThat(canceled.status()).isEqualTo("canceled");
		assertThat(client(bob).invitation(invitationId).status()).isEqualTo("canceled");
		assertFails(OrganizationErrorCode.INVITATION_NOT_PENDING, () -> client(bob).acceptInvitation(invitationId));
		assertFails(OrganizationErrorCode.INVITATION_NOT_PENDING, () -> client(bob).rejectInvitation(invitationId));
		assertFails(OrganizationErrorCode.INVITATION_NOT_PENDING,
				() -> client(owner).cancelInvitation(organizationId, invitationId));
		assertThat(client(bob).individualInvitations()).isEmpty();
		assertThat(memberRows(organizationId)).isEqualTo(3);
	}

	@Test
	void anInvitationIsVisibleToItsRecipientAndToMembersOnly() {
		OrganizationUser owner = user("Owner");
		OrganizationUser member = user("Member");
		OrganizationUser bob = user("Bob");
		UUID organizationId = organizationOf(owner);
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(member.id(), "member"));
		UUID invitationId = invite(owner, organizationId, bob.email(), "member");

		assertThat(client(bob).invitation(invitationId).id()).isEqualTo(invitationId);
		assertThat(client(member).invitation(invitationId).id()).isEqualTo(invitationId);
		assertThat(client(owner).invitation(invitationId).organizationName())
			.isEqualTo(client(owner).details(organizationId).name());
		assertFails(OrganizationErrorCode.INVITATION_NOT_FOUND, () -> client(user("Mallory")).invitation(invitationId));
		assertFails(OrganizationErrorCode.INVITATION_NOT_FOUND, () -> client(bob).invitation(UUID.randomUUID()));
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND,
				() -> client(bob).invitations(organizationId, 0, 50).items());
	}

	@Test
	void invitationListsShowPendingInvitationsOnly() {
		OrganizationUser owner = user("Owner");
		OrganizationUser otherOwner = user("OtherOwner");
		OrganizationUser bob = user("Bob");
		OrganizationUser carol = user("Carol");
		OrganizationUser dave = user("Dave");
		UUID organizationId = organizationOf(owner);
		UUID otherOrganizationId = organizationOf(otherOwner);
		UUID toBob = invite(owner, organizationId, bob.email(), "member");
		UUID toCarol = invite(owner, organizationId, carol.email(), "member");
		UUID toDave = invite(owner, organizationId, dave.email(), "member");
		UUID otherToBob = invite(otherOwner, otherOrganizationId, bob.email(), "admin");
		UUID otherToCarol = invite(otherOwner, otherOrganizationId, carol.email(), "admin");

		assertThat(client(owner).invitations(organizationId, 0, 50).items()).extracting(Invitation::id)
			.containsExactlyInAnyOrder(toBob, toCarol, toDave);
		assertThat(client(bob).individualInvitations()).extracting(Invitation::id)
			.containsExactlyInAnyOrder(toBob, otherToBob);

		client(carol).rejectInvitation(toCarol);
		client(dave).acceptInvitation(toDave);
		client(otherOwner).cancelInvitation(otherOrganizationId, otherToCarol);

		assertThat(client(owner).invitations(organizationId, 0, 50).items()).extracting(Invitation::id)
			.containsExactly(toBob);
		assertThat(client(dave).invitations(organizationId, 0, 50).items()).extracting(Invitation::id)
			.containsExactly(toBob);
		assertThat(client(otherOwner).invitations(otherOrganizationId, 0, 50).items()).extracting(Invitation::id)
			.containsExactly(otherToBob);
		assertThat(client(carol).individualInvitations()).isEmpty();
		assertThat(client(dave).individualInvitations()).isEmpty();
		assertThat(client(bob).individualInvitations()).extracting(Invitation::id, Invitation::status)
			.containsExactlyInAnyOrder(tuple(toBob, "pending"), tuple(otherToBob, "pending"));
	}

	@Test
	void deletingTheOrganizationRemovesItsInvitations() {
		OrganizationUser owner = user("Owner");
		OrganizationUser bob = user("Bob");
		UUID organizationId = organizationOf(owner);
		UUID invitationId = invite(owner, organizationId, bob.email(), "member");
		assertThat(client(bob).individualInvitations()).extracting(Invitation::id).containsExactly(invitationId);

		client(owner).delete(organizationId);

		assertThat(invitationRows(organizationId)).isZero();
		assertThat(client(bob).individualInvitations()).isEmpty();
		assertFails(OrganizationErrorCode.INVITATION_NOT_FOUND, () -> client(bob).invitation(invitationId));
		assertFails(OrganizationErrorCode.INVITATION_NOT_FOUND, () -> client(bob).acceptInvitation(invitationId));
		assertThat(client(bob).forIndividual()).isEmpty();
	}

	private UUID invite(OrganizationUser inviter, UUID organizationId, String email, Object role) {
		return client(inviter).invite(organizationId, InvitationRequest.of(email, role)).invitation().id();
	}

	@Nested
	@TestPropertySource(properties = { ORGANIZATION_LIMIT, MEMBERSHIP_LIMIT, INVITATION_LIMIT })
	class Limits extends ClientTestSupport {

		@Test
		void invitationLimitCountsPendingInvitations() {
			OrganizationUser owner = user("Owner");
			UUID organizationId = organizationOf(owner);
			OrganizationClient client = client(owner);
			client.invite(organizationId, InvitationRequest.of(user("B").email(), "member"));
			UUID second = client.invite(organizationId, InvitationRequest.of(user("C").email(), "member"))
				.invitation()
				.id();

			String third = user("D").email();
			assertFails(OrganizationErrorCode.INVITATION_LIMIT_REACHED,
					() -> client.invite(organizationId, InvitationRequest.of(third, "member")));
			assertThat(invitationRows(organizationId)).isEqualTo(2);

			// a closed invitation frees its place
			client.cancelInvitation(organizationId, second);
			assertThat(client.invite(organizationId, InvitationRequest.of(third, "member")).invitation().status())
				.isEqualTo("pending");
		}

		@Test
		void resendingAndExpiredInvitationsDoNotCountAgainstTheLimit() {
			OrganizationUser owner = user("Owner");
			UUID organizationId = organizationOf(owner);
			OrganizationClient client = client(owner);
			String bob = user("Bob").email();
			client.invite(organizationId, InvitationRequest.of(bob, "member"));
			client.invite(organizationId, InvitationRequest.of(user("Carol").email(), "member"));

			assertThat(client.invite(organizationId, new InvitationRequest(bob, "admin", null, true)).resent())
				.isTrue();
			String dave = user("Dave").email();
			assertFails(OrganizationErrorCode.INVITATION_LIMIT_REACHED,
					() -> client.invite(organizationId, InvitationRequest.of(dave, "member")));

			this.clock.advance(Duration.ofDays(3));
			assertThat(client.invite(organizationId, InvitationRequest.of(dave, "member")).invitation().status())
				.isEqualTo("pending");
			assertThat(client.invitations(organizationId, 0, 50).items()).extracting(Invitation::email)
				.containsExactly(dave);
		}

		@Test
		void acceptingHonoursTheMembershipLimit() {
			OrganizationUser owner = user("Owner");
			OrganizationUser bob = user("Bob");
			UUID organizationId = organizationOf(owner);
			UUID invitationId = client(owner).invite(organizationId, InvitationRequest.of(bob.email(), "member"))
				.invitation()
				.id();
			client(owner).addMember(organizationId, AddMemberRequest.byUserId(user("B").id(), "member"));
			client(owner).addMember(organizationId, AddMemberRequest.byUserId(user("C").id(), "member"));

			assertFails(OrganizationErrorCode.MEMBERSHIP_LIMIT_REACHED,
					() -> client(bob).acceptInvitation(invitationId));

			assertThat(memberRows(organizationId)).isEqualTo(3);
			assertThat(client(bob).invitation(invitationId).status()).isEqualTo("pending");
			assertThat(client(bob).forIndividual()).isEmpty();
		}

	}

	@Test
	void anUnverifiedRecipientProvesTheMailboxWithTheLinksCurrentToken() {
		OrganizationUser owner = user("Owner");
		UUID organizationId = organizationOf(owner);
		OrganizationUser ivy = this.userDirectory.registerUnverified("Ivy");
		UUID invitationId = invite(owner, organizationId, ivy.email(), "member");
		String firstToken = this.linkTokens.of(invitationId);

		assertFails(OrganizationErrorCode.EMAIL_NOT_VERIFIED, () -> client(ivy).invitation(invitationId));
		assertFails(OrganizationErrorCode.EMAIL_NOT_VERIFIED, () -> client(ivy).acceptInvitation(invitationId));
		assertFails(OrganizationErrorCode.EMAIL_NOT_VERIFIED, client(ivy)::individualInvitations);
		assertFails(OrganizationErrorCode.EMAIL_NOT_VERIFIED,
				() -> client(ivy).acceptInvitation(invitationId, "forged"));
		assertThat(client(ivy).invitation(invitationId, firstToken).status()).isEqualTo("pending");
		assertThat(this.service.invitationByLink(invitationId, firstToken).email()).isEqualTo(ivy.email());
		assertFails(OrganizationErrorCode.INVITATION_NOT_FOUND, () -> this.service.invitationByLink(invitationId, "x"));

		// a resend issues a new link and voids the old one
		client(owner).invite(organizationId, new InvitationRequest(ivy.email(), "member", null, true));
		String secondToken = this.linkTokens.of(invitationId);
		assertThat(secondToken).isNotEqualTo(firstToken);
		assertFails(OrganizationErrorCode.EMAIL_NOT_VERIFIED,
				() -> client(ivy).acceptInvitation(invitationId, firstToken));
		assertFails(OrganizationErrorCode.INVITATION_NOT_FOUND,
				() -> this.service.invitationByLink(invitationId, firstToken));

		assertThat(client(ivy).acceptInvitation(invitationId, secondToken).member().userId()).isEqualTo(ivy.id());
		assertThat(jdbc().queryForObject("select token_hash from belgie_invitation where id = ?", String.class,
				invitationId))
			.as("only the token's hash is stored")
			.isNotEqualTo(secondToken)
			.hasSize(64);
	}

}
