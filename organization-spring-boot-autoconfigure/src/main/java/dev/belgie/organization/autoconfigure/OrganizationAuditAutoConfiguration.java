package dev.belgie.organization.autoconfigure;

import java.time.Clock;

import javax.sql.DataSource;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.actuate.AuditLogTotals;
import dev.belgie.organization.autoconfigure.actuate.OrganizationsEndpoint;
import dev.belgie.organization.autoconfigure.audit.AuditProperties;
import dev.belgie.organization.autoconfigure.audit.AuditRetention;
import dev.belgie.organization.autoconfigure.audit.AuditRetentionJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The audit log's retention (a scheduled job deleting, in bounded batches, audit entries
 * older than {@code belgie.organization.audit.retention} and outbox e-mails sent or
 * discarded longer than {@code belgie.organization.mail.outbox.retention} ago) and its
 * figure in the {@code organizations} Actuator endpoint. The log itself is part of the
 * operations: every change records its entry in its own transaction.
 */
@AutoConfiguration(after = OrganizationAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "belgie.organization.enabled", matchIfMissing = true)
@ConditionalOnBean(OrganizationService.class)
@EnableConfigurationProperties(AuditProperties.class)
public final class OrganizationAuditAutoConfiguration {

	/**
	 * The retention: what one run deletes.
	 * @param dataSource the starter's data source
	 * @param transactionManager runs each batch in a transaction of its own
	 * @param clock the clock ({@code systemUTC} unless the application has one)
	 * @param audit the audit settings
	 * @param organization the outbox's retention
	 * @return the retention
	 */
	@Bean
	@ConditionalOnMissingBean
	public AuditRetention organizationAuditRetention(DataSource dataSource,
			PlatformTransactionManager transactionManager, ObjectProvider<Clock> clock, AuditProperties audit,
			OrganizationProperties organization) {
		return new AuditRetention(dataSource, transactionManager, clock.getIfUnique(Clock::systemUTC),
				audit.getRetention(), organization.getMail().getOutbox().getRetention(), audit.getRetentionBatchSize(),
				audit.getRetentionMaxBatches());
	}

	/**
	 * The job running the retention every {@code retention-interval}.
	 * @param retention the retention
	 * @param audit the audit settings
	 * @return the job
	 */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "belgie.organization.audit.retention-enabled", matchIfMissing = true)
	public AuditRetentionJob organizationAuditRetentionJob(AuditRetention retention, AuditProperties audit) {
		return new AuditRetentionJob(retention, audit.getRetentionInterval());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = { "org.springframework.boot.actuate.endpoint.annotation.Endpoint",
			"org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint" })
	@ConditionalOnAvailableEndpoint(OrganizationsEndpoint.class)
	static class AuditLogTotalsConfiguration {

		@Bean
		@Order(150)
		@ConditionalOnMissingBean
		AuditLogTotals organizationAuditLogTotals(DataSource dataSource) {
			return new AuditLogTotals(dataSource);
		}

	}

}
