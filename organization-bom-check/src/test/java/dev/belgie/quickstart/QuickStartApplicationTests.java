package dev.belgie.quickstart;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.team.TeamClient;
import dev.belgie.organization.team.TeamService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick start's application, on the versions the BOM manages: it starts on H2 with
 * the organization client and service, and the team module's, in its context.
 */
@SpringBootTest
class QuickStartApplicationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void theApplicationStartsWithTheStarterAndTheTeamModule() {
		assertThat(this.context.getBeanNamesForType(OrganizationClient.class)).isNotEmpty();
		assertThat(this.context.getBeanNamesForType(TeamClient.class)).isNotEmpty();
		assertThat(this.context.getBean(OrganizationService.class)).isNotNull();
		assertThat(this.context.getBean(TeamService.class)).isNotNull();
	}

	@SpringBootApplication
	static class QuickStartApplication {

	}

}
