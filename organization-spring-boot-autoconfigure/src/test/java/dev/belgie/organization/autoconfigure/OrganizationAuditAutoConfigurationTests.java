package dev.belgie.organization.autoconfigure;

import java.util.UUID;

import dev.belgie.organization.autoconfigure.actuate.AuditLogTotals;
import dev.belgie.organization.autoconfigure.app.WidgetApplication;
import dev.belgie.organization.autoconfigure.audit.AuditRetention;
import dev.belgie.organization.autoconfigure.audit.AuditRetentionJob;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log's auto-configuration: the retention and its job by default, the job off
 * on request, bad values refused at start-up naming their key, the endpoint's figure only
 * when the endpoint is exposed, nothing when the starter is off.
 */
class OrganizationAuditAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class,
				LiquibaseAutoConfiguration.class, OrganizationAutoConfiguration.class,
				OrganizationAuditAutoConfiguration.class))
		.withUserConfiguration(WidgetApplication.class)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
				"spring.liquibase.change-log=classpath:db/changelog/widget-app.xml",
				"spring.jpa.hibernate.ddl-auto=validate");

	@Test
	void theRetentionAndItsJobByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(AuditRetention.class)
				.hasSingleBean(AuditRetentionJob.class)
				.doesNotHaveBean(AuditLogTotals.class);
			assertThat(context.getBean(AuditRetention.class).purge()).isEqualTo(new AuditRetention.Purged(0, 0));
		});
	}

	@Test
	void anInstanceMayLeaveTheJobToOthers() {
		this.runner.withPropertyValues("belgie.organization.audit.retention-enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(AuditRetention.class)
				.doesNotHaveBean(AuditRetentionJob.class));
	}

	@Test
	void badValuesFailStartUpNamingTheirKey() {
		this.runner.withPropertyValues("belgie.organization.audit.retention-batch-size=0")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("retentionBatchSize"));
		this.runner.withPropertyValues("belgie.organization.audit.retention=0s")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("retention"));
		this.runner.withPropertyValues("belgie.organization.mail.outbox.retention=-1d")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void theExposedEndpointShowsTheLogsSize() {
		this.runner.withPropertyValues("management.endpoints.web.exposure.include=organizations")
			.run((context) -> assertThat(context.getBean(AuditLogTotals.class).totals()).containsKey("auditLog"));
	}

	@Test
	void nothingWhenTheStarterIsOff() {
		this.runner.withPropertyValues("belgie.organization.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(AuditRetention.class)
				.doesNotHaveBean(AuditRetentionJob.class));
	}

}
