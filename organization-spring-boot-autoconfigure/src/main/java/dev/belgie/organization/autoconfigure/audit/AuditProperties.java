package dev.belgie.organization.autoconfigure.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration of the organizations' audit log and of the retention job that deletes old
 * audit entries and old outbox e-mails.
 */
@ConfigurationProperties("belgie.organization.audit")
public class AuditProperties implements Validator {

	/**
	 * How long audit entries are kept (also those of a deleted organization) before the
	 * retention job deletes them.
	 */
	private Duration retention = Duration.ofDays(365);

	/**
	 * Whether this instance runs the retention job. Several instances may run it: each
	 * batch skips the rows another instance is deleting.
	 */
	private boolean retentionEnabled = true;

	/**
	 * How often the retention job runs.
	 */
	private Duration retentionInterval = Duration.ofHours(1);

	/**
	 * How many rows the retention job deletes per transaction (1..10000).
	 */
	private int retentionBatchSize = 1000;

	/**
	 * The most batches the retention job deletes per run and table; the rest waits for
	 * the next run.
	 */
	private int retentionMaxBatches = 100;

	public Duration getRetention() {
		return this.retention;
	}

	public void setRetention(Duration retention) {
		this.retention = retention;
	}

	public boolean isRetentionEnabled() {
		return this.retentionEnabled;
	}

	public void setRetentionEnabled(boolean retentionEnabled) {
		this.retentionEnabled = retentionEnabled;
	}

	public Duration getRetentionInterval() {
		return this.retentionInterval;
	}

	public void setRetentionInterval(Duration retentionInterval) {
		this.retentionInterval = retentionInterval;
	}

	public int getRetentionBatchSize() {
		return this.retentionBatchSize;
	}

	public void setRetentionBatchSize(int retentionBatchSize) {
		this.retentionBatchSize = retentionBatchSize;
	}

	public int getRetentionMaxBatches() {
		return this.retentionMaxBatches;
	}

	public void setRetentionMaxBatches(int retentionMaxBatches) {
		this.retentionMaxBatches = retentionMaxBatches;
	}

	@Override
	public boolean supports(Class<?> type) {
		return AuditProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AuditProperties properties = (AuditProperties) target;
		rejectIfNotPositive(errors, "retention", properties.getRetention());
		rejectIfNotPositive(errors, "retentionInterval", properties.getRetentionInterval());
		if (properties.getRetentionBatchSize() < 1 || properties.getRetentionBatchSize() > 10_000) {
			errors.rejectValue("retentionBatchSize", "range", "must be between 1 and 10000");
		}
		if (properties.getRetentionMaxBatches() < 1) {
			errors.rejectValue("retentionMaxBatches", "positive", "must be at least 1");
		}
	}

	private static void rejectIfNotPositive(Errors errors, String field, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			errors.rejectValue(field, "positive", "must be a positive duration, such as 30d");
		}
	}

}
