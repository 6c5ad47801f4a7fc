package dev.belgie.organization.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.belgie.organization.Actor;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.membership.DirectAddPolicy;
import dev.belgie.organization.spi.OperationThrottle;
import dev.belgie.organization.spi.OrganizationUser;

/**
 * The rules of consent on the paths that reach other people: who may be added without an
 * invitation ({@link DirectAddPolicy}), who may send invitation e-mails (a user whose own
 * address is verified), and how often ({@link OperationThrottle}). Each check runs once
 * the actor's membership and permission are known, so a non-member is still told the
 * organization does not exist, and only members spend an organization's allowance.
 */
public final class Consent {

	private final DirectAddPolicy directAdd;

	private final OperationThrottle throttle;

	public Consent(DirectAddPolicy directAdd, OperationThrottle throttle) {
		this.directAdd = Objects.requireNonNull(directAdd, "directAdd");
		this.throttle = Objects.requireNonNull(throttle, "throttle");
	}

	/** Direct adds of verified users only, no throttle: the core's defaults. */
	public static Consent defaults() {
		return new Consent(DirectAddPolicy.VERIFIED, OperationThrottle.unlimited());
	}

	/**
	 * Before a direct add looks its user up: refused when the policy is {@code never},
	 * and counted against the acting user's throttle.
	 */
	public void checkDirectAdd(Actor actor) {
		if (this.directAdd == DirectAddPolicy.NEVER) {
			throw new OrganizationException(OrganizationErrorCode.DIRECT_ADD_DISABLED,
					"Members join by invitation only: invite the address instead.");
		}
		if (actor instanceof Actor.UserActor user) {
			this.throttle.acquire(OperationThrottle.DIRECT_ADDS_PER_USER, user.user().id());
		}
	}

	/**
	 * The user a direct add found, if the policy lets it be added. An unverified user is
	 * answered exactly as an unknown one, so the answer tells nothing about who signed up
	 * with an address.
	 */
	public OrganizationUser addable(Optional<OrganizationUser> found) {
		return found.filter((user) -> this.directAdd == DirectAddPolicy.ANY || user.emailVerified())
			.orElseThrow(() -> new OrganizationException(OrganizationErrorCode.USER_NOT_FOUND,
					"No user with a verified e-mail address matches; invite the address instead."));
	}

	/**
	 * Before an invitation is sent by a user: the inviter's own address must be verified
	 * (mail goes only from people who proved theirs), then the invitation counts against
	 * the inviter's and the organization's throttles. The system invites unthrottled.
	 */
	public void checkInviter(Actor actor, OrganizationUser inviter, UUID organizationId) {
		if (!(actor instanceof Actor.UserActor)) {
			return;
		}
		if (inviter == null || !inviter.emailVerified()) {
			throw new OrganizationException(OrganizationErrorCode.EMAIL_NOT_VERIFIED,
					"Verify your own e-mail address before inviting anyone.");
		}
		this.throttle.acquire(OperationThrottle.INVITATIONS_PER_INVITER, inviter.id());
		this.throttle.acquire(OperationThrottle.INVITATIONS_PER_ORGANIZATION, organizationId.toString());
	}

}
