package dev.belgie.organization.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.belgie.organization.Invitation;
import dev.belgie.organization.InvitationPage;
import org.springframework.data.domain.Sort;

/** Reads of an organization's pending invitations, shared by the invitation and organization operations. */
public final class Invitations {

	private final InvitationRepository invitations;

	private final Clock clock;

	public Invitations(InvitationRepository invitations, Clock clock) {
		this.invitations = invitations;
		this.clock = clock;
	}

	/** One page of pending invitations, oldest first, with their total: two statements whatever the size. */
	public InvitationPage pendingPage(UUID organizationId, int page, int size) {
		Instant now = Memberships.now(this.clock);
		List<Invitation> items = this.invitations.findPending(organizationId, now, Pages.of(page, size, Sort.unsorted()))
			.stream()
			.map((invitation) -> Records.invitation(invitation, now))
			.toList();
		return new InvitationPage(items, page, size, this.invitations.countPending(organizationId, now));
	}

}
