package dev.belgie.sample;

import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.OrganizationDeletingEvent;
import java.util.Map;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organization rows that need another configuration: creation switched off for users
 * ({@code ORGANIZATION_CREATION_DISABLED}) and a listener that vetoes deletion
 * ({@code ORGANIZATION_DELETION_VETOED}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "belgie.organization.allow-user-to-create-organization=false")
class OrganizationPolicyApiIntegrationTests extends ApiIntegrationTests {

	@Autowired
	OrganizationService organizations;

	@Test
	void usersMayNotCreateOrganizations() {
		TestUser user = this.api.signUp("Olivia");
		this.api.post("/api/organizations", user.token(), Map.of("name", "Not allowed"))
			.expectProblem(403, "ORGANIZATION_CREATION_DISABLED");
		assertThat(this.api.get("/api/organizations", user.token()).expect(200).values()).isEmpty();
	}

	@Test
	void aVetoedDeletionKeepsTheOrganization() {
		TestUser owner = this.api.signUp("Olivia");
		String held = create(owner, "Held", Map.of("legalHold", true));
		String free = create(owner, "Free", Map.of());

		JsonNode problem = this.api.delete("/api/organizations/" + held, owner.token())
			.expectProblem(409, "ORGANIZATION_DELETION_VETOED");
		assertThat(problem.get("detail").asString()).isEqualTo("The organization is under a legal hold.");
		assertThat(this.api.get("/api/organizations/" + held, owner.token()).expect(200).get("memberCount").asLong())
			.isEqualTo(1);
		this.api.delete("/api/organizations/" + free, owner.token()).expectEmpty(204);
		this.api.get("/api/organizations/" + free, owner.token()).expectProblem(404, "ORGANIZATION_NOT_FOUND");
	}

	/**
	 * Creates an organization through the service, as provisioning would; the user
	 * becomes its owner.
	 */
	private String create(TestUser owner, String name, Map<String, Object> metadata) {
		return this.organizations.asSystem(new OrganizationUser(owner.id(), owner.email(), owner.name()))
			.create(new CreateOrganizationRequest(name, SampleApi.uniqueSlug("policy"), null, metadata, null))
			.id()
			.toString();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class LegalHold {

		@Bean
		LegalHoldListener legalHoldListener() {
			return new LegalHoldListener();
		}

	}

	static class LegalHoldListener {

		@EventListener
		void onDeleting(OrganizationDeletingEvent event) {
			Map<String, Object> metadata = event.organization().metadata();
			if (metadata != null && Boolean.TRUE.equals(metadata.get("legalHold"))) {
				event.veto("The organization is under a legal hold.");
			}
		}

	}

}
