package dev.belgie.organization.autoconfigure.database;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.belgie.organization.autoconfigure.OrganizationAutoConfiguration;
import dev.belgie.organization.autoconfigure.team.OrganizationTeamAutoConfiguration;
import dev.belgie.organization.testsupport.TestDatabase;
import dev.belgie.organization.testsupport.InMemoryUserDirectory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a small application on a {@link TestDatabase}: Spring Boot's DataSource,
 * Hibernate, Spring Data JPA and transaction auto-configurations with the organization
 * starter's (teams included), Hibernate validating the schema that the starter's
 * changelog created.
 */
final class OrganizationDatabaseContext {

	private OrganizationDatabaseContext() {
	}

	static ConfigurableApplicationContext start(TestDatabase database, Map<String, Object> properties) {
		Map<String, Object> all = new LinkedHashMap<>(database.dataSourceProperties());
		all.put("spring.jpa.hibernate.ddl-auto", "validate");
		all.put("spring.jpa.open-in-view", "false");
		all.putAll(properties);
		return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties(all)
			.run();
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
			DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class,
			OrganizationAutoConfiguration.class, OrganizationTeamAutoConfiguration.class })
	static class Application {

		/** The application's users, as the tests register them. */
		@Bean
		InMemoryUserDirectory userDirectory() {
			return new InMemoryUserDirectory();
		}

	}

}
