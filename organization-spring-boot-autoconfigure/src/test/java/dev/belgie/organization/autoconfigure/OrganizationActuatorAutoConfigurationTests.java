package dev.belgie.organization.autoconfigure;

import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import dev.belgie.organization.autoconfigure.actuate.InvitationEmailMetrics;
import dev.belgie.organization.autoconfigure.actuate.InvitationOutboxHealthIndicator;
import dev.belgie.organization.autoconfigure.actuate.InvitationOutboxTotals;
import dev.belgie.organization.autoconfigure.actuate.OrganizationTotals;
import dev.belgie.organization.autoconfigure.actuate.OrganizationsEndpoint;
import dev.belgie.organization.autoconfigure.actuate.TableTotal;
import dev.belgie.organization.autoconfigure.mail.InvitationOutbox;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Actuator side of the starter: present only with Actuator, the endpoint only when
 * exposed.
 */
class OrganizationActuatorAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DataSourceAutoConfiguration.class, OrganizationActuatorAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID());

	private static final String EXPOSED = "management.endpoints.web.exposure.include=organizations";

	@Test
	void theEndpointIsOffUnlessExposed() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.hasSingleBean(OrganizationActuatorAutoConfiguration.class)
			.doesNotHaveBean(OrganizationsEndpoint.class)
			.doesNotHaveBean(OrganizationTotals.class));
	}

	@Test
	void anExposedEndpointShowsTheOrganizationTotals() {
		this.runner.withPropertyValues(EXPOSED)
			.run((context) -> assertThat(context).hasSingleBean(OrganizationsEndpoint.class)
				.hasSingleBean(OrganizationTotals.class));
	}

	@Test
	void anEndpointWhoseAccessIsNoneIsNotDefined() {
		this.runner.withPropertyValues(EXPOSED, "management.endpoint.organizations.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(OrganizationsEndpoint.class));
	}

	@Test
	void nothingIsLoadedWithoutActuator() {
		this.runner.withPropertyValues(EXPOSED)
			.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(OrganizationActuatorAutoConfiguration.class)
				.doesNotHaveBean(OrganizationsEndpoint.class));
	}

	@Test
	void nothingIsLoadedWhenTheStarterIsOff() {
		this.runner.withPropertyValues(EXPOSED, "belgie.organization.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(OrganizationsEndpoint.class));
	}

	@Test
	void theOutboxHasAHealthIndicatorTotalsAndEmailCounters() {
		this.runner.withPropertyValues(EXPOSED)
			.withUserConfiguration(OutboxConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(InvitationOutboxHealthIndicator.class)
				.hasSingleBean(InvitationOutboxTotals.class)
				.hasSingleBean(InvitationEmailMetrics.class));
	}

	@Test
	void theOutboxHealthIndicatorCanBeSwitchedOffLikeAnyOther() {
		this.runner.withPropertyValues("management.health.invitation-outbox.enabled=false")
			.withUserConfiguration(OutboxConfiguration.class)
			.run((context) -> assertThat(context).doesNotHaveBean(InvitationOutboxHealthIndicator.class));
	}

	@Test
	void withoutMicrometerMetricsNoEmailIsCounted() {
		this.runner.withUserConfiguration(OutboxConfiguration.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(InvitationEmailMetrics.class)
				.hasSingleBean(InvitationOutboxHealthIndicator.class));
	}

	@Test
	void teamsAreCountedOnceTheirTableExists() {
		this.runner.withPropertyValues(EXPOSED).run((context) -> {
			TableTotal teams = context.getBean(TableTotal.class);
			assertThat(teams.totals()).isEmpty();
			JdbcClient sql = JdbcClient.create(context.getBean(DataSource.class));
			sql.sql("create table belgie_team (id uuid primary key)").update();
			sql.sql("insert into belgie_team (id) values (?)").param(UUID.randomUUID()).update();
			assertThat(teams.totals()).containsEntry("teams", 1L);
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(OrganizationProperties.class)
	static class OutboxConfiguration {

		@Bean
		InvitationOutbox invitationOutbox(DataSource dataSource) {
			return new InvitationOutbox(dataSource, new DataSourceTransactionManager(dataSource), Clock.systemUTC());
		}

	}

}
