package dev.belgie.organization.autoconfigure;

import java.time.Clock;

import javax.sql.DataSource;

import dev.belgie.organization.autoconfigure.actuate.OrganizationStatistics;
import dev.belgie.organization.autoconfigure.actuate.OrganizationTotals;
import dev.belgie.organization.autoconfigure.actuate.OrganizationsEndpoint;
import dev.belgie.organization.autoconfigure.actuate.TableTotal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * What an operator sees of the starter through Spring Boot's Actuator: the {@code organizations} endpoint. Loaded
 * only when Actuator is on the classpath; the endpoint exists only when it is available (enabled and exposed).
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, OrganizationAutoConfiguration.class })
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

	}

}
