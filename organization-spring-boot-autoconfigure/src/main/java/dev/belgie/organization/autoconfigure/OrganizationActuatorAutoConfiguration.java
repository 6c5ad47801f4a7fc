package dev.belgie.organization.autoconfigure;

import java.time.Clock;

import javax.sql.DataSource;

import dev.belgie.organization.autoconfigure.actuate.InvitationEmailMetrics;
import dev.belgie.organization.autoconfigure.actuate.InvitationOutboxHealthIndicator;
import dev.belgie.organization.autoconfigure.actuate.InvitationOutboxTotals;
import dev.belgie.organization.autoconfigure.actuate.OrganizationStatistics;
import dev.belgie.organization.autoconfigure.actuate.OrganizationTotals;
import dev.belgie.organization.autoconfigure.actuate.OrganizationsEndpoint;
import dev.belgie.organization.autoconfigure.actuate.TableTotal;
import dev.belgie.organization.autoconfigure.mail.InvitationOutbox;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * What an operator sees of the starter through Spring Boot's Actuator: the
 * {@code organizations} endpoint, the invitation e-mail outbox's health, and counts of
 * invitation e-mails sent, retried and failed. Loaded only when Actuator is on the
 * classpath; the endpoint exists only when it is available (enabled and exposed).
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, OrganizationAutoConfiguration.class,
		OrganizationMailAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "belgie.organization.enabled", matchIfMissing = true)
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnSingleCandidate(DataSource.class)
public final class OrganizationActuatorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnAvailableEndpoint(OrganizationsEndpoint.class)
	static class OrganizationsEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		OrganizationsEndpoint organizationsEndpoint(ObjectProvider<OrganizationStatistics> statistics) {
			return new OrganizationsEndpoint(statistics.orderedStream().toList());
		}

		@Bean
		@Order(0)
		@ConditionalOnMissingBean
		OrganizationTotals organizationTotals(DataSource dataSource, ObjectProvider<Clock> clock) {
			return new OrganizationTotals(dataSource, clock.getIfUnique(Clock::systemUTC));
		}

		/** Teams, once the team module's changelog has made their table. */
		@Bean
		@Order(100)
		TableTotal organizationTeamTotal(DataSource dataSource) {
			return new TableTotal(dataSource, "teams", "belgie_team");
		}

		@Bean
		@Order(200)
		@ConditionalOnBean(InvitationOutbox.class)
		InvitationOutboxTotals invitationOutboxTotals(InvitationOutbox outbox) {
			return new InvitationOutboxTotals(outbox);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthIndicator.class)
	@ConditionalOnBean(InvitationOutbox.class)
	@ConditionalOnEnabledHealthIndicator("invitation-outbox")
	static class InvitationOutboxHealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "invitationOutboxHealthIndicator")
		InvitationOutboxHealthIndicator invitationOutboxHealthIndicator(InvitationOutbox outbox,
				OrganizationProperties properties) {
			return new InvitationOutboxHealthIndicator(outbox, properties.getMail().getOutbox().getUnhealthyAfter());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class InvitationEmailMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		InvitationEmailMetrics invitationEmailMetrics(ObjectProvider<MeterRegistry> registry) {
			return new InvitationEmailMetrics(registry);
		}

	}

}
