package dev.belgie.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.test.InvitationEmailRecorder;
import dev.belgie.organization.test.OrganizationFixtures;
import dev.belgie.organization.test.RecordInvitationEmails;
import dev.belgie.organization.test.RecordedInvitationEmail;
import dev.belgie.organization.test.TestMember;
import dev.belgie.organization.test.TestOrganization;
import dev.belgie.organization.test.WithOrganizationMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.belgie.organization.test.OrganizationTestSecurity.asMember;
import static dev.belgie.organization.test.OrganizationTestSecurity.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The role rules of shared/API.md, Members and Invitations, with a custom role that holds
 * one permission: a non-owner changes or removes only members whose permissions it holds
 * all of, a plain member may not invite, an admin not as owner; an invitation shows to
 * its recipient (with the e-mailed token) and to members; non-members get the answer an
 * unknown id gets, without waiting for the organization's lock.
 * <p>
 * Written with the starter's test kit, as an application writes its own controller tests:
 * the members and rosters come from the real service ({@link WithOrganizationMember},
 * {@link OrganizationFixtures}), the requests go through the whole app (security,
 * controllers, error handling) with MockMvc, and the invitation e-mails are recorded
 * instead of sent.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordInvitationEmails
@TestPropertySource(properties = "belgie.organization.roles.member-manager[0]=member:update")
class RoleRulesApiIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private OrganizationFixtures fixtures;

	@Autowired
	private InvitationEmailRecorder invitationEmails;

	@Autowired
	private DataSource dataSource;

	@Test
	void aWeakerRoleCannotDemoteOrRemoveAStrongerOne() throws Exception {
		TestOrganization roles = this.fixtures.organization("Roles")
			.member("Ada", "admin")
			.member("Manny", "member-manager")
			.member("Max", "member")
			.create();
		TestMember admin = roles.member("Ada");
		TestMember manager = roles.member("Manny");
		TestMember member = roles.member("Max");

		expectProblem(perform(patch(memberPath(admin)), manager, Map.of("role", "member")), 403, "FORBIDDEN");
		expectProblem(perform(delete(memberPath(admin)), manager, null), 403, "FORBIDDEN");
		assertThat(roleOf(roles, admin)).isEqualTo("admin");

		// what it holds all of, it may change: a plain member, to its own role
		perform(patch(memberPath(member)), manager, Map.of("role", "member-manager")).andExpect(status().isOk());
		assertThat(roleOf(roles, member)).isEqualTo("member-manager");
		// and a stronger role may change it
		perform(patch(memberPath(manager)), admin, Map.of("role", "member")).andExpect(status().isOk());
		assertThat(roleOf(roles, manager)).isEqualTo("member");
	}

	@Test
	@WithOrganizationMember(roles = "member")
	void aPlainMemberMayNotInvite() throws Exception {
		TestMember member = TestMember.current();
		TestMember stranger = this.fixtures.organization("Elsewhere").create().owner();

		expectProblem(invite(member, member.organizationId(), uniqueEmail("guest"), "member"), 403, "FORBIDDEN");
		expectProblem(invite(stranger, member.organizationId(), uniqueEmail("guest"), "member"), 404,
				"ORGANIZATION_NOT_FOUND");
		assertThat(read(perform(get(invitationsPath(member.organizationId())), member, null)).get("items").values())
			.isEmpty();
	}

	@Test
	@WithOrganizationMember(roles = "admin")
	void anAdminMayInviteButNotAsOwner() throws Exception {
		TestMember admin = TestMember.current();

		expectProblem(invite(admin, admin.organizationId(), uniqueEmail("guest"), "owner"), 403, "FORBIDDEN");
		JsonNode invitation = read(
				invite(admin, admin.organizationId(), uniqueEmail("guest"), "admin").andExpect(status().isCreated()));
		assertThat(invitation.get("inviterId").asString()).isEqualTo(admin.userId());
		JsonNode canceled = read(
				perform(delete(invitationsPath(admin.organizationId()) + "/" + invitation.get("id").asString()), admin,
						null)
					.andExpect(status().isOk()));
		assertThat(canceled.get("status").asString()).isEqualTo("canceled");
	}

	@Test
	void anInvitationIsVisibleToItsRecipientAndToMembers() throws Exception {
		TestOrganization inviting = this.fixtures.organization("Inviting").member("Max", "member").create();
		TestMember stranger = this.fixtures.organization("Elsewhere").create().owner();
		String email = uniqueEmail("guest");
		JsonNode sent = read(invite(inviting.owner(), inviting.id(), email, "member").andExpect(status().isCreated()));
		String path = "/api/invitations/" + sent.get("id").asString();
		OrganizationUser recipient = new OrganizationUser(UUID.randomUUID().toString(), email, "Guest", false);
		RecordedInvitationEmail mail = this.invitationEmails.awaitEmailTo(email);

		expectProblem(this.mvc.perform(get(path).with(asUser(recipient))), 403, "EMAIL_NOT_VERIFIED");
		expectProblem(this.mvc.perform(get(path + "?token=not-the-token").with(asUser(recipient))), 403,
				"EMAIL_NOT_VERIFIED");
		JsonNode seen = read(this.mvc.perform(get(path).param("token", mail.token()).with(asUser(recipient)))
			.andExpect(status().isOk()));
		ApiShapes.assertInvitation(seen);
		assertThat(seen).isEqualTo(sent);
		assertThat(read(perform(get(path), inviting.member("Max"), null).andExpect(status().isOk()))).isEqualTo(sent);
		expectProblem(perform(get(path), stranger, null), 404, "INVITATION_NOT_FOUND");
		expectProblem(this.mvc.perform(get("/api/invitations/" + UUID.randomUUID()).with(asUser(recipient))), 404,
				"INVITATION_NOT_FOUND");
	}

	@Test
	void aNonMemberCancellingGetsTheSameAnswerForAnExistingAndAnUnknownInvitation() throws Exception {
		TestMember owner = this.fixtures.organization("Private").create().owner();
		TestMember stranger = this.fixtures.organization("Elsewhere").create().owner();
		String invitationsPath = invitationsPath(owner.organizationId());
		String invitationId = read(
				invite(owner, owner.organizationId(), uniqueEmail("guest"), "member").andExpect(status().isCreated()))
			.get("id")
			.asString();

		JsonNode existing = expectProblem(perform(delete(invitationsPath + "/" + invitationId), stranger, null), 404,
				"ORGANIZATION_NOT_FOUND");
		JsonNode unknown = expectProblem(perform(delete(invitationsPath + "/" + UUID.randomUUID()), stranger, null),
				404, "ORGANIZATION_NOT_FOUND");
		JsonNode unknownOrganization = expectProblem(
				perform(delete(invitationsPath(UUID.randomUUID()) + "/" + invitationId), stranger, null), 404,
				"ORGANIZATION_NOT_FOUND");
		assertThat(withoutInstance(existing)).isEqualTo(withoutInstance(unknown))
			.isEqualTo(withoutInstance(unknownOrganization));
		assertThat(read(perform(get("/api/invitations/" + invitationId), owner, null).andExpect(status().isOk()))
			.get("status")
			.asString()).isEqualTo("pending");
	}

	@Test
	void aNonMembersWriteIsRefusedWithoutWaitingForTheOrganizationsLock() throws Exception {
		TestMember owner = this.fixtures.organization("Busy").create().owner();
		TestMember stranger = this.fixtures.organization("Elsewhere").create().owner();
		String path = "/api/organizations/" + owner.organizationId();

		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement lock = connection
				.prepareStatement("select id from belgie_organization where id = ? for update")) {
				lock.setObject(1, owner.organizationId());
				lock.executeQuery().close();
			}
			Instant start = Instant.now();
			expectProblem(perform(patch(path), stranger, Map.of("name", "Taken over")), 404, "ORGANIZATION_NOT_FOUND");
			expectProblem(invite(stranger, owner.organizationId(), uniqueEmail("x"), "member"), 404,
					"ORGANIZATION_NOT_FOUND");
			assertThat(Duration.between(start, Instant.now()))
				.as("answered while another transaction holds the organization's lock")
				.isLessThan(Duration.ofSeconds(5));
			connection.rollback();
		}
		assertThat(read(perform(get(path), owner, null).andExpect(status().isOk())).get("name").asString())
			.isEqualTo("Busy");
	}

	private ResultActions perform(MockHttpServletRequestBuilder request, TestMember caller, Object body)
			throws Exception {
		request.with(asMember(caller));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
		}
		return this.mvc.perform(request);
	}

	private ResultActions invite(TestMember caller, UUID organizationId, String email, Object role) throws Exception {
		return perform(post(invitationsPath(organizationId)), caller, Map.of("email", email, "role", role));
	}

	private static String memberPath(TestMember member) {
		return "/api/organizations/" + member.organizationId() + "/members/" + member.memberId();
	}

	private static String invitationsPath(UUID organizationId) {
		return "/api/organizations/" + organizationId + "/invitations";
	}

	private static String uniqueEmail(String name) {
		return SampleApi.uniqueEmail(name);
	}

	private String roleOf(TestOrganization organization, TestMember member) throws Exception {
		JsonNode members = read(
				perform(get("/api/organizations/" + organization.id() + "/members"), organization.owner(), null)
					.andExpect(status().isOk()));
		return members.get("items")
			.values()
			.stream()
			.filter((item) -> item.get("id").asString().equals(member.memberId().toString()))
			.findFirst()
			.orElseThrow()
			.get("role")
			.asString();
	}

	private static JsonNode expectProblem(ResultActions result, int status, String code) throws Exception {
		return read(result.andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code)));
	}

	private static JsonNode read(ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** The problem without its {@code instance}, the request's own path. */
	private static Map<String, String> withoutInstance(JsonNode problem) {
		return Map.of("type", problem.get("type").asString(), "title", problem.get("title").asString(), "status",
				problem.get("status").asString(), "detail", problem.get("detail").asString(), "code",
				problem.get("code").asString());
	}

}
