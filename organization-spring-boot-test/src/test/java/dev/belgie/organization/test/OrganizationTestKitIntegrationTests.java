package dev.belgie.organization.test;

import java.util.List;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.spi.CurrentUserProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static dev.belgie.organization.test.OrganizationTestSecurity.asMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The test kit in a real application context (the starter on H2, Spring Security,
 * MockMvc): tests run as members with roles, rosters are made through the real service,
 * and invitation e-mails are recorded with their link and token.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordInvitationEmails
class OrganizationTestKitIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private OrganizationFixtures fixtures;

	@Autowired
	private OrganizationService service;

	@Autowired
	private InvitationEmailRecorder invitationEmails;

	@Autowired
	private CurrentUserProvider currentUser;

	@Test
	@WithOrganizationMember(roles = "admin", name = "Ann Admin")
	void anAnnotatedTestRunsAsAMemberWithTheRoles() throws Exception {
		TestMember ann = TestMember.current();
		assertThat(this.currentUser.currentUser()).contains(ann.user());

		this.mvc.perform(get("/organizations/{id}/members", ann.organizationId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.userId == '" + ann.userId() + "')].role").value("admin"));
		assertThat(ann.roles()).containsExactly("admin");
		assertThat(ann.user().name()).isEqualTo("Ann Admin");
		assertThat(ann.email()).endsWith("@example.com");
	}

	@Test
	@WithOrganizationMember
	void theDefaultRoleIsMemberWhoMayNotInvite() throws Exception {
		this.mvc
			.perform(post("/organizations/{id}/invitations", TestMember.current().organizationId())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"friend@example.com\",\"role\":\"member\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("FORBIDDEN"));
		assertThat(this.service.asSystem().invitations(TestMember.current().organizationId(), 0, 10).items()).isEmpty();
	}

	@Test
	@WithOrganizationMember(roles = { "owner", "admin" })
	void anOwnerCreatedTheOrganizationAlone() {
		TestMember owner = TestMember.current();

		List<Member> members = this.service.asSystem().members(owner.organizationId(), 0, 10).items();

		assertThat(members).singleElement().satisfies((member) -> {
			assertThat(member.userId()).isEqualTo(owner.userId());
			assertThat(member.role().split(",")).containsExactlyInAnyOrder("owner", "admin");
		});
	}

	@Test
	void aRosterIsOneLineThroughTheRealService() throws Exception {
		TestOrganization acme = this.fixtures.organization("Acme")
			.member("Ann", "admin")
			.member("Bob", "member")
			.create();

		assertThat(acme.organization().name()).isEqualTo("Acme");
		assertThat(this.service.asSystem().members(acme.id(), 0, 10).items()).extracting(Member::userId, Member::role)
			.containsExactlyInAnyOrder(tuple(acme.owner().userId(), "owner"),
					tuple(acme.member("Ann").userId(), "admin"), tuple(acme.member("Bob").userId(), "member"));
		this.mvc.perform(get("/organizations/{id}/members", acme.id()).with(asMember(acme.member("Bob"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3));
		TestOrganization other = this.fixtures.organization("Acme").create();
		assertThat(other.slug()).isNotEqualTo(acme.slug());
		this.mvc.perform(get("/organizations/{id}/members", other.id()).with(asMember(acme.member("Bob"))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("ORGANIZATION_NOT_FOUND"));
	}

	@Test
	void theRecorderHandsOverTheLinkAndTokenOfAnInvitationEmail() throws Exception {
		TestOrganization acme = this.fixtures.organization("Acme").member("Ann", "admin").create();

		this.mvc
			.perform(post("/organizations/{id}/invitations", acme.id()).with(asMember(acme.member("Ann")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"Carol@Example.com\",\"role\":\"member\"}"))
			.andExpect(status().isOk());

		RecordedInvitationEmail email = this.invitationEmails.awaitEmailTo("carol@example.com");
		assertThat(email.link()).contains(email.invitationId().toString()).contains("token=");
		assertThat(email.resent()).isFalse();
		assertThat(email.email().inviter().id()).isEqualTo(acme.member("Ann").userId());
		assertThat(this.service.invitationByLink(email.invitationId(), email.token()).email())
			.isEqualTo("carol@example.com");
	}

	@Test
	void actAsSetsTheMemberForABlockOfCode() {
		TestMember bob = this.fixtures.organization("Acme").member("Bob", "member").create().member("Bob");

		try (OrganizationTestSecurity.Scope scope = OrganizationTestSecurity.actAs(bob)) {
			assertThat(this.currentUser.currentUser()).contains(bob.user());
			assertThat(TestMember.current()).isEqualTo(bob);
		}
		assertThat(this.currentUser.currentUser()).isEmpty();
		assertThatIllegalStateException().isThrownBy(TestMember::current);
	}

}
