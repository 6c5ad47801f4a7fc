package dev.belgie.organization.internal;

import dev.belgie.organization.invitation.InvitationPage;
import java.time.Clock;
import java.util.UUID;

/**
 * Reads of an organization's pending invitations, shared by the invitation and
 * organization operations.
 */
public final class Invitations {

	private final Reads reads;

	private final Clock clock;

	public Invitations(Reads reads, Clock clock) {
		this.reads = reads;
		this.clock = clock;
	}

	/**
	 * One page of pending invitations, oldest first, with their total: one statement
	 * whatever the size.
	 */
	public InvitationPage pendingPage(UUID organizationId, int page, int size) {
		Pages.check(page, size);
		return this.reads.pendingInvitations(organizationId, page, size, Memberships.now(this.clock));
	}

}
