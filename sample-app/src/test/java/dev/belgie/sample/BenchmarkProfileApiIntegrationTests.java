package dev.belgie.sample;

import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as {@code benchmarks/run} starts it (the {@code benchmark} profile): the
 * console is off, the benchmark's firewall and trimmed filter chain are on, and the API
 * answers as it does without them.
 */
@ActiveProfiles("benchmark")
class BenchmarkProfileApiIntegrationTests extends ApiIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void theConsoleIsOffAndTheBenchmarkTweaksAreOn() {
		assertThat(this.context.getBeanNamesForType(ConsoleConfiguration.class)).isEmpty();
		assertThat(this.context.getBean(HttpFirewall.class)).isInstanceOf(StrictHttpFirewall.class);
		assertThat(this.context.getBeansOfType(SecurityObservationSettings.class)).hasSize(1);
		this.api.get("/sign-in", null).expectProblem(404, "NOT_FOUND");
	}

	@Test
	void theApiAnswersAsWithoutTheProfile() {
		TestUser owner = this.api.signUp("bench-owner");
		String id = this.api.createOrganization(owner, "Bench").get("id").asString();
		this.api.get("/api/organizations/" + id, owner.token()).expect(200);
		this.api.get("/api/organizations/" + id, null).expectProblem(401, "UNAUTHENTICATED");
	}

}
