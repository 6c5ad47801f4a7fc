package dev.belgie.organization.autoconfigure.audit;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Runs the {@link AuditRetention} on a thread of its own at a fixed delay, the first run
 * at a random point of the first interval (so that instances started together do not run
 * together).
 */
public class AuditRetentionJob implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(AuditRetentionJob.class);

	private final AuditRetention retention;

	private final Duration interval;

	private volatile ScheduledExecutorService executor;

	public AuditRetentionJob(AuditRetention retention, Duration interval) {
		this.retention = retention;
		this.interval = interval;
	}

	@Override
	public void start() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
				new CustomizableThreadFactory("belgie-audit-retention-"));
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		this.executor = executor;
		long millis = this.interval.toMillis();
		executor.scheduleWithFixedDelay(this::run, ThreadLocalRandom.current().nextLong(millis), millis,
				TimeUnit.MILLISECONDS);
	}

	void run() {
		try {
			AuditRetention.Purged purged = this.retention.purge();
			if (purged.auditEntries() > 0 || purged.outboxEmails() > 0) {
				logger.info("Retention deleted {} audit entries and {} outbox e-mails", purged.auditEntries(),
						purged.outboxEmails());
			}
		}
		catch (RuntimeException ex) {
			logger.warn("The retention job failed; it runs again in {}", this.interval, ex);
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.executor;
		this.executor = null;
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
