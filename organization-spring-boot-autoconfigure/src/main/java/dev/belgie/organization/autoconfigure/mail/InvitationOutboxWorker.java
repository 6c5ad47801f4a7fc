package dev.belgie.organization.autoconfigure.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.belgie.organization.autoconfigure.mail.InvitationOutbox.OutboxMessage;
import dev.belgie.organization.invitation.InvitationEmailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Sends the e-mails of the outbox from a thread of its own: polls every
 * {@link InvitationOutboxSettings#pollInterval()}, and at once when this instance records
 * an invitation. Each e-mail is claimed in a short transaction, then sent through the
 * {@link InvitationEmailSender} with no transaction and no database connection held, so a
 * slow or hung mail server only delays e-mail. A failed attempt is retried with
 * exponential back-off, up to {@link InvitationOutboxSettings#maxAttempts()}.
 */
public class InvitationOutboxWorker implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(InvitationOutboxWorker.class);

	private final InvitationOutbox outbox;

	private final InvitationEmailSender sender;

	private final InvitationOutboxSettings settings;

	private final Clock clock;

	private final List<InvitationOutboxListener> listeners;

	private final AtomicBoolean wakeUpRequested = new AtomicBoolean();

	/**
	 * Polls that failed in a row: only the first is logged in full, so a database outage
	 * does not flood the log.
	 */
	private int failedPolls;

	private volatile ScheduledExecutorService executor;

	public InvitationOutboxWorker(InvitationOutbox outbox, InvitationEmailSender sender,
			InvitationOutboxSettings settings, Clock clock) {
		this(outbox, sender, settings, clock, List.of());
	}

	/**
	 * @param listeners told of each attempt's result, for example to count e-mails sent,
	 * retried and failed
	 */
	public InvitationOutboxWorker(InvitationOutbox outbox, InvitationEmailSender sender,
			InvitationOutboxSettings settings, Clock clock, List<InvitationOutboxListener> listeners) {
		this.outbox = outbox;
		this.sender = sender;
		this.settings = settings;
		this.clock = clock;
		this.listeners = listeners;
	}

	@Override
	public void start() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
				new CustomizableThreadFactory("belgie-mail-outbox-"));
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.executor = executor;
		long interval = this.settings.pollInterval().toMillis();
		executor.scheduleWithFixedDelay(this::poll, 0, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.executor;
		this.executor = null;
		if (executor == null) {
			return;
		}
		executor.shutdown();
		try {
			// the e-mail being sent finishes (mail timeouts bound it); the rest of its
			// batch is given back
			if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
				executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	/** Polls soon, on the worker's thread: a new invitation was committed. */
	public void wakeUp() {
		ScheduledExecutorService executor = this.executor;
		if (executor != null && this.wakeUpRequested.compareAndSet(false, true)) {
			try {
				executor.execute(this::poll);
			}
			catch (RuntimeException ex) {
				// stopping: the next start polls anyway
			}
		}
	}

	/** Sends batches of due e-mails until fewer than a batch are due. */
	void poll() {
		this.wakeUpRequested.set(false);
		try {
			while (isRunning() && sendBatch() == this.settings.batchSize()) {
				// a full batch: more may be due
			}
			if (this.failedPolls > 0) {
				logger.info("The invitation e-mail outbox is readable again after {} failed polls", this.failedPolls);
				this.failedPolls = 0;
			}
		}
		catch (RuntimeException | LinkageError ex) {
			// caught, whatever it is: an exception escaping a scheduled task would stop
			// the worker for good
			if (this.failedPolls++ == 0) {
				logger.warn("Could not poll the invitation e-mail outbox; trying again every {}",
						this.settings.pollInterval(), ex);
			}
			else {
				logger.debug("Could not poll the invitation e-mail outbox ({} times in a row): {}", this.failedPolls,
						ex.toString());
			}
		}
	}

	private int sendBatch() {
		Instant claimedAt = this.clock.instant();
		List<OutboxMessage> batch = this.outbox.claim(this.settings.batchSize(),
				claimedAt.plus(this.settings.claimTimeout()));
		// the claim ends after claimTimeout; stop well before, so that no other instance
		// takes over an e-mail
		// this one is still about to send
		Instant sendUntil = claimedAt.plus(this.settings.claimTimeout().dividedBy(2));
		for (int i = 0; i < batch.size(); i++) {
			if (!isRunning() || this.clock.instant().isAfter(sendUntil)) {
				this.outbox.release(batch.subList(i, batch.size()));
				break;
			}
			send(batch.get(i));
		}
		return batch.size();
	}

	private void send(OutboxMessage message) {
		try {
			this.sender.send(message.email());
		}
		catch (RuntimeException | LinkageError ex) {
			failed(message, ex);
			return;
		}
		this.outbox.markSent(message.id());
		this.listeners.forEach((listener) -> listener.sent(message.invitationId(), message.attempts()));
		logger.debug("Sent the e-mail of invitation {} (attempt {})", message.invitationId(), message.attempts());
	}

	private void failed(OutboxMessage message, Throwable ex) {
		String error = ex.getClass().getName() + ": " + ex.getMessage();
		if (message.attempts() >= this.settings.maxAttempts()) {
			this.outbox.markFailed(message.id(), error, null);
			this.listeners.forEach((listener) -> listener.gaveUp(message.invitationId(), message.attempts()));
			logger.error(
					"Gave up the e-mail of invitation {} after {} attempts; the invitation is kept (resend it, "
							+ "or retry the failed e-mails of the outbox): {}",
					message.invitationId(), message.attempts(), error);
			return;
		}
		Instant next = this.clock.instant().plus(this.settings.backoff(message.attempts()));
		this.outbox.markFailed(message.id(), error, next);
		this.listeners.forEach((listener) -> listener.willRetry(message.invitationId(), message.attempts()));
		logger.warn("Could not send the e-mail of invitation {} (attempt {} of {}); trying again at {}: {}",
				message.invitationId(), message.attempts(), this.settings.maxAttempts(), next, error);
	}

}
