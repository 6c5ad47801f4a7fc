package dev.belgie.sample;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sample.console.enabled=false}: the API alone, with one filter chain and no page.
 */
@TestPropertySource(properties = "sample.console.enabled=false")
class ConsoleOffApiIntegrationTests extends ApiIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void noConsolePageAndTheApiWorks() {
		assertThat(this.context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("apiSecurity");
		this.api.get("/sign-in", null).expectProblem(404, "NOT_FOUND");
		TestUser owner = this.api.signUp("console-off");
		this.api.createOrganization(owner, "No console");
	}

}
