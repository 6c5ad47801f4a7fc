package dev.belgie.organization.autoconfigure.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.belgie.organization.autoconfigure.mail.InvitationOutbox;
import dev.belgie.organization.autoconfigure.mail.InvitationOutboxStats;

/**
 * The invitation e-mail outbox in the {@code organizations} endpoint: pending, failed,
 * backlog, oldest pending age.
 */
public class InvitationOutboxTotals implements OrganizationStatistics {

	private final InvitationOutbox outbox;

	public InvitationOutboxTotals(InvitationOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public Map<String, Object> totals() {
		InvitationOutboxStats stats = this.outbox.stats();
		Map<String, Object> outbox = new LinkedHashMap<>();
		outbox.put("pending", stats.pending());
		outbox.put("failed", stats.failed());
		// what is still to be sent or looked at: pending (sending included) and failed
		outbox.put("backlog", stats.pending() + stats.failed());
		outbox.put("oldestPendingAge", stats.oldestPendingAge().toString());
		return Map.of("outbox", outbox);
	}

}
