package dev.belgie.sample.api.organization;

import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.Organization;
import java.time.Instant;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A controller tested on its own, as an application tests its own:
 * {@link OrganizationClient} is an interface, so it is mocked, with no database and no
 * security.
 */
class OrganizationControllerTests {

	private final OrganizationClient organizations = mock(OrganizationClient.class);

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new OrganizationController(this.organizations)).build();

	@Test
	void createAnswers201WithTheLocationOfTheNewOrganization() throws Exception {
		UUID id = UUID.randomUUID();
		given(this.organizations.create(any()))
			.willReturn(new Organization(id, "Acme", "acme", null, null, null, Instant.parse("2026-01-15T10:00:00Z")));

		this.mvc
			.perform(post("/api/organizations").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Acme\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/organizations/" + id))
			.andExpect(jsonPath("$.slug").value("acme"));

		then(this.organizations).should().create(new CreateOrganizationRequest("Acme", null, null, null, null));
	}

}
