package dev.belgie.organization.autoconfigure.actuate;

import java.time.Duration;

import dev.belgie.organization.autoconfigure.mail.InvitationOutbox;
import dev.belgie.organization.autoconfigure.mail.InvitationOutboxStats;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The invitation e-mail outbox's health: DOWN when invitations are not going out, that is
 * when an e-mail was given up, or when the oldest e-mail not sent yet has been tried and
 * has waited longer than {@code belgie.organization.mail.outbox.unhealthy-after}.
 * Details: the counts and that age.
 */
public class InvitationOutboxHealthIndicator extends AbstractHealthIndicator {

	private final InvitationOutbox outbox;

	private final Duration unhealthyAfter;

	public InvitationOutboxHealthIndicator(InvitationOutbox outbox, Duration unhealthyAfter) {
		super("Invitation e-mail outbox health check failed");
		this.outbox = outbox;
		this.unhealthyAfter = unhealthyAfter;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		InvitationOutboxStats stats = this.outbox.stats();
		boolean failing = stats.mostAttempts() > 0 && stats.oldestPendingAge().compareTo(this.unhealthyAfter) > 0;
		(failing || stats.failed() > 0 ? builder.down() : builder.up()).withDetail("pending", stats.pending())
			.withDetail("failed", stats.failed())
			.withDetail("oldestPendingAge", stats.oldestPendingAge().toString())
			.withDetail("mostAttempts", stats.mostAttempts())
			.withDetail("unhealthyAfter", this.unhealthyAfter.toString());
	}

}
