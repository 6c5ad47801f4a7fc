package dev.belgie.organization.autoconfigure.actuate;

import java.util.UUID;

import dev.belgie.organization.autoconfigure.mail.InvitationOutboxListener;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts invitation e-mails by what became of each attempt: {@value #NAME} tagged
 * {@code outcome} = {@code sent}, {@code retried} (failed, tried again later) or
 * {@code failed} (given up). No invitation, address or organization is a tag.
 */
public class InvitationEmailMetrics implements InvitationOutboxListener {

	/** The counter's name. */
	public static final String NAME = "belgie.organization.invitation.emails";

	private final ObjectProvider<MeterRegistry> registry;

	/**
	 * @param registry looked up at each count, so that the worker does not wait for the
	 * metrics to be set up
	 */
	public InvitationEmailMetrics(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public void sent(UUID invitationId, int attempt) {
		count("sent");
	}

	@Override
	public void willRetry(UUID invitationId, int attempt) {
		count("retried");
	}

	@Override
	public void gaveUp(UUID invitationId, int attempt) {
		count("failed");
	}

	private void count(String outcome) {
		this.registry.ifUnique((meters) -> meters.counter(NAME, "outcome", outcome).increment());
	}

}
