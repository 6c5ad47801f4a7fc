package dev.belgie.organization.autoconfigure.mail;

import dev.belgie.organization.invitation.InvitationCreatedEvent;
import dev.belgie.organization.invitation.InvitationEmail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records the e-mail of each new or resent invitation in the outbox, inside the
 * transaction that publishes the event: the e-mail exists exactly when the invitation
 * committed, and a rolled-back invitation leaves none. Once the transaction commits, this
 * instance's worker is woken to send it.
 */
public class InvitationOutboxRecorder {

	private final InvitationOutbox outbox;

	private final InvitationLinks links;

	private final ObjectProvider<InvitationOutboxWorker> worker;

	public InvitationOutboxRecorder(InvitationOutbox outbox, InvitationLinks links,
			ObjectProvider<InvitationOutboxWorker> worker) {
		this.outbox = outbox;
		this.links = links;
		this.worker = worker;
	}

	@EventListener
	public void onInvitationCreated(InvitationCreatedEvent event) {
		String link = this.links.link(event.invitation().id(), event.token());
		this.outbox.record(new InvitationEmail(event.invitation(), event.inviter(), link, event.resent()));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wakeUpWorker();
				}
			});
		}
		else {
			wakeUpWorker();
		}
	}

	private void wakeUpWorker() {
		this.worker.ifAvailable(InvitationOutboxWorker::wakeUp);
	}

}
