package dev.belgie.organization.internal;

import dev.belgie.organization.invitation.AcceptedInvitation;
import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.invitation.InvitationAcceptedEvent;
import dev.belgie.organization.invitation.InvitationClosedEvent;
import dev.belgie.organization.invitation.InvitationCreatedEvent;
import dev.belgie.organization.invitation.InvitationPage;
import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.invitation.InvitationSent;
import dev.belgie.organization.membership.Member;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import dev.belgie.organization.Actor;
import dev.belgie.organization.OrganizationSettings;
import dev.belgie.organization.Permissions;
import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.audit.AuditActions;
import dev.belgie.organization.audit.AuditLog;
import dev.belgie.organization.audit.AuditTarget;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.internal.Access;
import dev.belgie.organization.internal.Consent;
import dev.belgie.organization.internal.InputValidator;
import dev.belgie.organization.internal.InvitationEntity;
import dev.belgie.organization.internal.InvitationRepository;
import dev.belgie.organization.internal.InvitationTokens;
import dev.belgie.organization.internal.Invitations;
import dev.belgie.organization.internal.Memberships;
import dev.belgie.organization.internal.Records;
import dev.belgie.organization.internal.Transactions;
import dev.belgie.organization.spi.OrganizationUser;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Invitations by e-mail. An invitation is bound to a mailbox: its recipient (the user
 * whose e-mail matches, case-insensitively) may view, accept or reject it when that
 * e-mail is verified, or when it presents the secret token of the e-mailed link (stored
 * only as a hash; a resend issues a new one).
 * <p>
 * Locks: the organization's row, then the invitation's, in every change (invite, resend,
 * cancel, accept, reject), so that no two of them interleave on one invitation. Created
 * by the auto-configuration; applications use {@code OrganizationClient} or
 * {@code OrganizationService}.
 */
public final class InvitationOperations {

	private final InvitationRepository invitations;

	private final Invitations reads;

	private final Access access;

	private final Memberships memberships;

	private final RolePolicy rolePolicy;

	private final OrganizationSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Transactions transactions;

	private final Consent consent;

	public InvitationOperations(InvitationRepository invitations, Invitations reads, Access access,
			Memberships memberships, RolePolicy rolePolicy, OrganizationSettings settings,
			ApplicationEventPublisher events, Clock clock, Transactions transactions, Consent consent) {
		this.consent = consent;
		this.invitations = invitations;
		this.reads = reads;
		this.access = access;
		this.memberships = memberships;
		this.rolePolicy = rolePolicy;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Invites an e-mail address, or with {@code resend} refreshes the pending invitation
	 * of that address with a new token and expiry. Needs {@code invitation:create}, and
	 * the role must be one the actor may grant; a user inviting needs a verified e-mail
	 * address of its own and is throttled ({@link Consent}). A resend that changes a
	 * pending invitation is a change of it: only someone who could manage a member with
	 * its role may (so a non-owner cannot turn an {@code owner} invitation into another).
	 */
	public InvitationSent invite(Actor actor, OrganizationUser inviter, UUID organizationId,
			InvitationRequest request) {
		InputValidator input = new InputValidator();
		String email = input.email("email", request.email());
		input.throwIfInvalid();
		String role = this.rolePolicy.validate(request.role());
		this.memberships.checkTeamsEnabled(request.teamId());
		return this.access.writeScope(actor, organizationId, Permissions.INVITATION_CREATE, (scope) -> {
			this.rolePolicy.checkCanGrant(scope.membership(), role);
			this.consent.checkInviter(actor, inviter, organizationId);
			if (this.memberships.isMemberByEmail(organizationId, email)) {
				throw new OrganizationException(OrganizationErrorCode.ALREADY_MEMBER,
						"The address belongs to a member of the organization.");
			}
			this.memberships.checkExtensionsAllowJoining(organizationId, request.teamId());
			Instant now = now();
			Instant expiresAt = now.plus(this.settings.invitationExpiresIn());
			String token = InvitationTokens.newToken();
			var pending = this.invitations.lockPendingFor(organizationId, email, now);
			InvitationEntity invitation;
			Map<String, Object> details;
			if (pending.isPresent()) {
				if (!request.isResend()) {
					throw new OrganizationException(OrganizationErrorCode.INVITATION_ALREADY_PENDING,
							"An invitation is already pending for this address; set resend to send it again.");
				}
				invitation = pending.get();
				this.rolePolicy.checkCanManage(scope.membership(), invitation.getRole());
				details = AuditLog.details("email", email, "role", AuditLog.change(invitation.getRole(), role),
						"teamId", Objects.equals(invitation.getTeamId(), request.teamId()) ? text(request.teamId())
								: AuditLog.change(text(invitation.getTeamId()), text(request.teamId())));
				invitation.refresh(role, inviter.id(), request.teamId(), expiresAt, InvitationTokens.hash(token), now);
			}
			else {
				Integer limit = this.settings.invitationLimit();
				if (limit != null && this.invitations.countPending(organizationId, now) >= limit) {
					throw new OrganizationException(OrganizationErrorCode.INVITATION_LIMIT_REACHED,
							"The organization has reached its limit of " + limit + " pending invitations.");
				}
				invitation = new InvitationEntity(scope.organization(), email, role, inviter.id(), request.teamId(),
						expiresAt, InvitationTokens.hash(token), now);
				details = AuditLog.details("email", email, "role", role, "teamId", text(request.teamId()));
			}
			this.invitations.saveAndFlush(invitation);
			Invitation sent = Records.invitation(invitation, now);
			this.events.publishEvent(new InvitationCreatedEvent(sent, inviter, pending.isPresent(), token));
			// never the token: only its hash is stored, and the log is read by every
			// admin
			this.access.record(actor, organizationId,
					pending.isPresent() ? AuditActions.INVITATION_RESENT : AuditActions.INVITATION_CREATED,
					target(sent), details);
			return new InvitationSent(sent, pending.isPresent());
		});
	}

	/**
	 * One page of the organization's pending invitations, oldest first, to any member.
	 */
	public InvitationPage invitations(Actor actor, UUID organizationId, int page, int size) {
		return this.access.readScope(actor, organizationId,
				(scope) -> this.reads.pendingPage(organizationId, page, size));
	}

	/**
	 * Cancels a pending invitation of the organization; needs {@code invitation:cancel}.
	 */
	public Invitation cancel(Actor actor, UUID organizationId, UUID invitationId) {
		return this.access.writeScope(actor, organizationId, Permissions.INVITATION_CANCEL, (scope) -> {
			InvitationEntity invitation = this.invitations.lockById(invitationId)
				.filter((found) -> found.getOrganizationId().equals(organizationId))
				.orElseThrow(InvitationOperations::invitationNotFound);
			return close(actor, invitation, InvitationEntity.CANCELED, AuditActions.INVITATION_CANCELED);
		});
	}

	/**
	 * An invitation, to the members of its organization and to its recipient (with a
	 * verified e-mail or the link's token). Anyone else is told it does not exist.
	 */
	public Invitation invitation(Actor actor, UUID invitationId, String token) {
		return this.transactions.read(() -> {
			InvitationEntity invitation = this.invitations.findWithOrganization(invitationId)
				.orElseThrow(InvitationOperations::invitationNotFound);
			if (actor instanceof Actor.UserActor user
					&& !this.memberships.isMember(invitation.getOrganizationId(), user.user().id())) {
				if (!addressedTo(invitation, user.user())) {
					throw invitationNotFound();
				}
				checkMailbox(invitation, user.user(), token);
			}
			return Records.invitation(invitation, now());
		});
	}

	/**
	 * An invitation to whoever presents its e-mailed link's current token, signed in or
	 * not (for example to pre-fill a sign-up form with the invited address). A wrong or
	 * voided token is told the invitation does not exist.
	 */
	public Invitation invitationByLink(UUID invitationId, String token) {
		return this.transactions.read(() -> {
			InvitationEntity invitation = this.invitations.findWithOrganization(invitationId)
				.filter((found) -> token != null && !token.isEmpty()
						&& found.hasTokenHash(InvitationTokens.hash(token)))
				.orElseThrow(InvitationOperations::invitationNotFound);
			return Records.invitation(invitation, now());
		});
	}

	/**
	 * Accepts an invitation: {@code user} joins the organization with the invitation's
	 * role, within the limits. A user acting must be the recipient, with a verified
	 * e-mail or the link's token.
	 */
	public AcceptedInvitation accept(Actor actor, OrganizationUser user, UUID invitationId, String token) {
		return answer(actor, user, invitationId, token, (invitation) -> {
			checkPending(invitation);
			Member member = this.memberships.join(invitation.getOrganization(), user, invitation.getRole(),
					invitation.getTeamId());
			invitation.close(InvitationEntity.ACCEPTED, now());
			this.invitations.saveAndFlush(invitation);
			Invitation accepted = Records.invitation(invitation, now());
			this.events.publishEvent(new InvitationAcceptedEvent(accepted, member));
			this.access.record(actor, accepted.organizationId(), AuditActions.INVITATION_ACCEPTED, target(accepted),
					AuditLog.details("email", accepted.email(), "role", accepted.role(), "teamId",
							text(accepted.teamId()), "memberId", member.id().toString(), "userId", member.userId()));
			return new AcceptedInvitation(accepted, member);
		});
	}

	/**
	 * Rejects an invitation; a user acting must be its recipient, as for {@link #accept}.
	 */
	public Invitation reject(Actor actor, OrganizationUser user, UUID invitationId, String token) {
		return answer(actor, user, invitationId, token,
				(invitation) -> close(actor, invitation, InvitationEntity.REJECTED, AuditActions.INVITATION_REJECTED));
	}

	/**
	 * The pending invitations addressed to the acting user, who must have a verified
	 * e-mail.
	 */
	public List<Invitation> forRecipient(Actor.UserActor actor) {
		OrganizationUser user = actor.user();
		if (user.email() == null) {
			return List.of();
		}
		if (!user.emailVerified()) {
			throw emailNotVerified();
		}
		return pendingFor(user.email());
	}

	/** The pending invitations addressed to an e-mail address, newest first. */
	public List<Invitation> pendingFor(String email) {
		return this.transactions.read(() -> {
			Instant now = now();
			return this.invitations.findPendingForEmail(email.trim().toLowerCase(Locale.ROOT), now)
				.stream()
				.map((invitation) -> Records.invitation(invitation, now))
				.toList();
		});
	}

	/**
	 * Answers an invitation: the recipient is checked with no lock first, then the
	 * organization and the invitation are locked, in that order, and the recipient
	 * checked again.
	 */
	private <T> T answer(Actor actor, OrganizationUser user, UUID invitationId, String token,
			Function<InvitationEntity, T> work) {
		UUID organizationId = this.transactions.read(() -> {
			InvitationEntity invitation = this.invitations.findById(invitationId)
				.orElseThrow(InvitationOperations::invitationNotFound);
			checkRecipient(actor, invitation, user, token);
			return invitation.getOrganizationId();
		});
		return this.transactions.write(() -> {
			this.access.lock(organizationId);
			InvitationEntity invitation = this.invitations.lockById(invitationId)
				.orElseThrow(InvitationOperations::invitationNotFound);
			checkRecipient(actor, invitation, user, token);
			return work.apply(invitation);
		});
	}

	private void checkRecipient(Actor actor, InvitationEntity invitation, OrganizationUser user, String token) {
		if (user == null) {
			return;
		}
		if (!addressedTo(invitation, user)) {
			throw new OrganizationException(OrganizationErrorCode.NOT_INVITATION_RECIPIENT,
					"The invitation is addressed to someone else.");
		}
		if (actor instanceof Actor.UserActor) {
			checkMailbox(invitation, user, token);
		}
	}

	private static boolean addressedTo(InvitationEntity invitation, OrganizationUser user) {
		return user.email() != null && user.email().equals(invitation.getEmail());
	}

	/**
	 * The recipient proves the mailbox is theirs: a verified e-mail, or the e-mailed
	 * link's token.
	 */
	private static void checkMailbox(InvitationEntity invitation, OrganizationUser user, String token) {
		if (!user.emailVerified()
				&& (token == null || token.isEmpty() || !invitation.hasTokenHash(InvitationTokens.hash(token)))) {
			throw emailNotVerified();
		}
	}

	private Invitation close(Actor actor, InvitationEntity invitation, String status, String action) {
		checkPending(invitation);
		invitation.close(status, now());
		this.invitations.saveAndFlush(invitation);
		Invitation closed = Records.invitation(invitation, now());
		this.events.publishEvent(new InvitationClosedEvent(closed));
		this.access.record(actor, closed.organizationId(), action, target(closed),
				AuditLog.details("email", closed.email(), "role", closed.role()));
		return closed;
	}

	private static AuditTarget target(Invitation invitation) {
		return AuditTarget.of("invitation", invitation.id());
	}

	private static String text(UUID id) {
		return (id != null) ? id.toString() : null;
	}

	private void checkPending(InvitationEntity invitation) {
		String status = invitation.statusAt(now());
		if (InvitationEntity.EXPIRED.equals(status)) {
			throw new OrganizationException(OrganizationErrorCode.INVITATION_EXPIRED, "The invitation has expired.");
		}
		if (!InvitationEntity.PENDING.equals(status)) {
			throw new OrganizationException(OrganizationErrorCode.INVITATION_NOT_PENDING,
					"The invitation is already " + status + ".");
		}
	}

	private Instant now() {
		return Memberships.now(this.clock);
	}

	private static OrganizationException emailNotVerified() {
		return new OrganizationException(OrganizationErrorCode.EMAIL_NOT_VERIFIED,
				"Verify your e-mail address, or open the link of the invitation e-mail.");
	}

	static OrganizationException invitationNotFound() {
		return new OrganizationException(OrganizationErrorCode.INVITATION_NOT_FOUND, "No such invitation.");
	}

}
