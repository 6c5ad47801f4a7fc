package dev.belgie.sample.console;

import dev.belgie.sample.console.ConsoleTabs.PathTab;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tabs of the sample's features beyond the starter's core: teams (with the team
 * module) and projects, declared through {@link OrganizationTab} like any application's
 * own page would be.
 */
@Configuration(proxyBeanMethods = false)
class FeatureTabs {

	@Bean
	@ConditionalOnBooleanProperty(name = "belgie.team.enabled", matchIfMissing = true)
	OrganizationTab teamsTab() {
		return new PathTab("Teams", "/teams", 400, (caller) -> true);
	}

	@Bean
	OrganizationTab projectsTab() {
		return new PathTab("Projects", "/projects", 450, (caller) -> true);
	}

}
