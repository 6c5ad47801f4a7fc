package dev.belgie.organization.autoconfigure.client;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.audit.AuditActions;
import dev.belgie.organization.audit.AuditEntry;
import dev.belgie.organization.audit.AuditPage;
import dev.belgie.organization.audit.AuditQuery;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.membership.AddMemberRequest;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.UpdateOrganizationRequest;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.team.AddTeamMemberRequest;
import dev.belgie.organization.team.CreateTeamRequest;
import dev.belgie.organization.team.Team;
import dev.belgie.organization.team.TeamClient;
import dev.belgie.organization.team.TeamErrorCode;
import dev.belgie.organization.team.TeamMember;
import dev.belgie.organization.team.TeamService;
import dev.belgie.organization.team.UpdateTeamRequest;
import dev.belgie.organization.testsupport.StatementCounter;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every operation of the starter and of the team module records one audit entry with its
 * actor, action, target and details, in its own transaction; a refused or rolled-back
 * operation records none. The log reads in keyset pages to members holding
 * {@code audit:read}, one statement a page over 10,000 entries.
 */
class AuditTrailIntegrationTests extends ClientTestSupport {

	@Autowired
	private TeamService teamService;

	@Autowired
	private ClientTestApplication.LinkTokens linkTokens;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void organizationCreateUpdateAndDeleteAreRecorded() {
		OrganizationUser ann = user("Ann");
		UUID id = client(ann).create(new CreateOrganizationRequest("Acme", null, null, null, null)).id();
		AuditEntry created = newest(id);
		assertThat(created.action()).isEqualTo(AuditActions.ORGANIZATION_CREATED);
		assertByUser(created, ann);
		assertThat(created.target().type()).isEqualTo("organization");
		assertThat(created.target().id()).isEqualTo(id.toString());
		assertThat(created.details()).containsEntry("name", "Acme").containsEntry("creatorId", ann.id());

		client(ann).update(id, new UpdateOrganizationRequest("Acme Inc", null, null, null, null));
		AuditEntry updated = newest(id);
		assertThat(updated.action()).isEqualTo(AuditActions.ORGANIZATION_UPDATED);
		assertThat(updated.details()).isEqualTo(Map.of("name", Map.of("before", "Acme", "after", "Acme Inc")));

		client(ann).delete(id);
		AuditEntry deleted = newest(id);
		assertThat(deleted.action()).isEqualTo(AuditActions.ORGANIZATION_DELETED);
		assertThat(deleted.details()).containsEntry("name", "Acme Inc");
		// the entries outlive the organization
		assertThat(entries(id)).hasSize(3);
	}

	@Test
	void refusedOrganizationChangesRecordNothing() {
		OrganizationUser ann = user("Ann");
		UUID id = organizationOf(ann);
		OrganizationUser bob = user("Bob");
		client(ann).addMember(id, AddMemberRequest.byUserId(bob.id(), "member"));
		String taken = client(ann).create(CreateOrganizationRequest.named("Other " + UUID.randomUUID())).slug();
		long before = entries(id).size();

		assertFails(OrganizationErrorCode.FORBIDDEN,
				() -> client(bob).update(id, new UpdateOrganizationRequest("Bob's", null, null, null, null)));
		assertFails(OrganizationErrorCode.ORGANIZATION_SLUG_TAKEN,
				() -> client(ann).update(id, new UpdateOrganizationRequest("X", taken, null, null, null)));
		assertFails(OrganizationErrorCode.FORBIDDEN, () -> client(bob).delete(id));
		UUID held = client(ann)
			.create(new CreateOrganizationRequest("Held", null, null, Map.of("legalHold", true), null))
			.id();
		assertFails(OrganizationErrorCode.ORGANIZATION_DELETION_VETOED, () -> client(ann).delete(held));

		assertThat(entries(id)).hasSize((int) before);
		assertThat(entries(held)).extracting(AuditEntry::action).containsExactly(AuditActions.ORGANIZATION_CREATED);
	}

	@Test
	void aChangeRolledBackByItsCallersTransactionTakesItsEntryWithIt() {
		OrganizationUser ann = user("Ann");
		UUID id = organizationOf(ann);
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			client(ann).update(id, new UpdateOrganizationRequest("Rolled back", null, null, null, null));
			status.setRollbackOnly();
		});
		assertThat(entries(id)).extracting(AuditEntry::action).containsExactly(AuditActions.ORGANIZATION_CREATED);
	}

	@Test
	void memberChangesAreRecorded() {
		OrganizationUser ann = user("Ann");
		UUID id = organizationOf(ann);
		OrganizationUser bob = user("Bob");
		Member added = client(ann).addMember(id, AddMemberRequest.byUserId(bob.id(), "member"));
		AuditEntry entry = newest(id);
		assertThat(entry.action()).isEqualTo(AuditActions.MEMBER_ADDED);
		assertByUser(entry, ann);
		assertThat(entry.target().type()).isEqualTo("member");
		assertThat(entry.target().id()).isEqualTo(added.id().toString());
		assertThat(entry.details()).containsEntry("userId", bob.id())
			.containsEntry("email", bob.email())
			.containsEntry("role", "member");

		client(ann).updateMemberRole(id, added.id(), "admin");
		entry = newest(id);
		assertThat(entry.action()).isEqualTo(AuditActions.MEMBER_ROLE_CHANGED);
		assertThat(entry.details()).containsEntry("role", Map.of("before", "member", "after", "admin"));

		client(ann).removeMember(id, added.id().toString());
		entry = newest(id);
		assertThat(entry.action()).isEqualTo(AuditActions.MEMBER_REMOVED);
		assertThat(entry.target().id()).isEqualTo(added.id().toString());
		assertThat(entry.details()).containsEntry("email", bob.email()).containsEntry("role", "admin");

		OrganizationUser cid = user("Cid");
		Member cidMember = this.service.addMember(id, cid, "member", null);
		entry = newest(id);
		assertThat(entry.action()).isEqualTo(AuditActions.MEMBER_ADDED);
		assertThat(entry.actor().type()).isEqualTo("system");
		assertThat(entry.actor().userId()).isNull();

		client(cid).leave(id);
		entry = newest(id);
		assertThat(entry.action()).isEqualTo(AuditActions.MEMBER_LEFT);
		assertByUser(entry, cid);
		assertThat(entry.target().id()).isEqualTo(cidMember.id().toString());
	}

	@Test
	void refusedMemberChangesRecordNothing() {
		OrganizationUser ann = user("Ann");
		UUID id = organizationOf(ann);
		OrganizationUser bob = user("Bob");
		client(ann).addMember(id, AddMemberRequest.byUserId(bob.id(), "member"));
		Member annMember = ownMember(id, ann);
		long before = entries(id).size();

		assertFails(OrganizationErrorCode.ALREADY_MEMBER,
				() -> client(ann).addMember(id, AddMemberRequest.byUserId(bob.id(), "member")));
		assertFails(OrganizationErrorCode.FORBIDDEN,
				() -> client(bob).addMember(id, AddMemberRequest.byUserId(user("Dan").id(), "member")));
		assertFails(OrganizationErrorCode.LAST_OWNER, () -> client(ann).updateMemberRole(id, annMember.id(), "member"));
		assertFails(OrganizationErrorCode.LAST_OWNER, () -> client(ann).removeMember(id, annMember.id().toString()));
		assertFails(OrganizationErrorCode.LAST_OWNER, () -> client(ann).leave(id));
		assertFails(OrganizationErrorCode.FORBIDDEN, () -> client(bob).removeMember(id, annMember.id().toString()));

		assertThat(entries(id)).hasSize((int) before);
	}

	@Test
	void ownershipTransferIsOneEntry() {
		OrganizationUser ann = user("Ann");
		UUID id = organizationOf(ann);
		OrganizationUser bob = user("Bob");
		Member bobMember = client(ann).addMember(id, AddMemberRequest.byUserId(bob.id(), "member"));
		assertFails(OrganizationErrorCode.FORBIDDEN, () -> client(bob).transferOwnership(id, bobMember.id()));
		long before = entries(id).size();

		client(ann).transferOwnership(id, bobMember.id());
		List<AuditEntry> entries = entries(id);
		assertThat(entries).hasSize((int) before + 1);
		AuditEntry entry = entries.get(0);
		assertThat(entry.action()).isEqualTo(AuditActions.OWNERSHIP_TRANSFERRED);
		assertByUser(entry, ann);
		assertThat(entry.target().id()).isEqualTo(bobMember.id().toString());
		assertThat(entry.details()).containsEntry("role", Map.of("before", "member", "after", "member,owner"))
			.containsEntry("previousOwner", Map.of("memberId", ownMember(id, ann).id().toString(), "userId", ann.id(),
					"email", ann.email(), "role", Map.of("before", "owner", "after", "admin")));
	}

	@Test
	void invitationsAreRecordedWithoutTheirToken() {
		OrganizationUser ann = user("Ann");
		UUID id = organizationOf(ann);
		OrganizationUser bob = user("Bob");
		Invitation invitation = client(ann).invite(id, InvitationRequest.of(bob.email(), "member")).invitation();
		AuditEntry entry = newest(id);
		assertThat(entry.action()).isEqualTo(AuditActions.INVITATION_CREATED);
		assertByUser(entry, ann);
		assertThat(entry.target()).extracting("type", "id").containsExactly("invitation", invitation.id().toString());
		assertThat(entry.details()).isEqualTo(Map.of("email", bob.email(), "role", "member"));
		String firstToken = this.linkTokens.of(invitation.id());

		assertFails(OrganizationErrorCode.INVITATION_ALREADY_PENDING,
				() -> client(ann).invite(id, InvitationRequest.of(bob.email(), "admin")));
		assertThat(entries(id)).hasSize(2);

		client(ann).invite(id, new InvitationRequest(bob.email(), "admin", null, true));
		entry = newest(id);
		assertThat(entry.action()).isEqualTo(AuditActions.INVITATION_RESENT);
		assertThat(entry.details()).containsEntry("role", Map.of("before", "member", "after", "admin"));
		String secondToken = this.linkTokens.of(invitation.id());

		client(bob).acceptInvitation(invitation.id());
		entry = newest(id);
		assertThat(entry.action()).isEqualTo(AuditActions.INVITATION_ACCEPTED);
		assertByUser(entry, bob);
		assertThat(entry.details()).containsEntry("email", bob.email())
			.containsEntry("role", "admin")
			.containsEntry("userId", bob.id());
		assertFails(OrganizationErrorCode.INVITATION_NOT_PENDING, () -> client(bob).acceptInvitation(invitation.id()));
		assertThat(entries(id)).hasSize(4);

		String stored = jdbc()
			.queryForList("select details from belgie_audit_entry where organization_id = ?", String.class, id)
			.toString();
		assertThat(stored).doesNotContain(firstToken).doesNotContain(secondToken);
	}

	@Test
	void rejectedAndCanceledInvitationsAreRecorded() {
		OrganizationUser ann = user("Ann");
		UUID id = organizationOf(ann);
		OrganizationUser bob = user("Bob");
		OrganizationUser cid = user("Cid");
		UUID toBob = client(ann).invite(id, InvitationRequest.of(bob.email(), "member")).invitation().id();
		UUID toCid = client(ann).invite(id, InvitationRequest.of(cid.email(), "member")).invitation().id();
		assertFails(OrganizationErrorCode.NOT_INVITATION_RECIPIENT, () -> client(cid).rejectInvitation(toBob));
		long before = entries(id).size();

		client(bob).rejectInvitation(toBob);
		AuditEntry rejected = newest(id);
		assertThat(rejected.action()).isEqualTo(AuditActions.INVITATION_REJECTED);
		assertByUser(rejected, bob);
		assertThat(rejected.target().id()).isEqualTo(toBob.toString());

		client(ann).cancelInvitation(id, toCid);
		AuditEntry canceled = newest(id);
		assertThat(canceled.action()).isEqualTo(AuditActions.INVITATION_CANCELED);
		assertByUser(canceled, ann);
		assertThat(canceled.details()).containsEntry("email", cid.email());
		assertFails(OrganizationErrorCode.INVITATION_NOT_PENDING, () -> client(ann).cancelInvitation(id, toCid));
		assertThat(entries(id)).hasSize((int) before + 2);
	}

	@Test
	void teamChangesAreRecorded() {
		OrganizationUser ann = user("Ann");
		UUID id = organizationOf(ann);
		OrganizationUser bob = user("Bob");
		client(ann).addMember(id, AddMemberRequest.byUserId(bob.id(), "member"));
		TeamClient teams = this.teamService.onBehalfOf(ann);
		Team team = teams.create(id, new CreateTeamRequest("Core"));
		AuditEntry entry = newest(id);
		assertThat(entry.action()).isEqualTo(AuditActions.TEAM_CREATED);
		assertByUser(entry, ann);
		assertThat(entry.target()).extracting("type", "id").containsExactly("team", team.id().toString());
		assertThat(entry.details()).isEqualTo(Map.of("name", "Core"));

		teams.update(id, team.id(), new UpdateTeamRequest("Platform"));
		assertThat(newest(id).action()).isEqualTo(AuditActions.TEAM_RENAMED);
		assertThat(newest(id).details()).isEqualTo(Map.of("name", Map.of("before", "Core", "after", "Platform")));

		TeamMember joined = teams.addMember(id, team.id(), new AddTeamMemberRequest(bob.id(), null));
		entry = newest(id);
		assertThat(entry.action()).isEqualTo(AuditActions.TEAM_MEMBER_ADDED);
		assertThat(entry.target()).extracting("type", "id").containsExactly("team-member", joined.id().toString());
		assertThat(entry.details()).containsEntry("teamId", team.id().toString())
			.containsEntry("userId", bob.id())
			.containsEntry("role", "member");

		teams.updateMemberRole(id, team.id(), bob.id(), "maintainer");
		entry = newest(id);
		assertThat(entry.action()).isEqualTo(AuditActions.TEAM_MEMBER_ROLE_CHANGED);
		assertThat(entry.details()).containsEntry("role", Map.of("before", "member", "after", "maintainer"));

		teams.removeMember(id, team.id(), bob.id());
		assertThat(newest(id).action()).isEqualTo(AuditActions.TEAM_MEMBER_REMOVED);

		teams.delete(id, team.id());
		entry = newest(id);
		assertThat(entry.action()).isEqualTo(AuditActions.TEAM_DELETED);
		assertThat(entry.details()).containsEntry("name", "Platform");
	}

	@Test
	void refusedTeamChangesRecordNothing() {
		OrganizationUser ann = user("Ann");
		UUID id = organizationOf(ann);
		OrganizationUser bob = user("Bob");
		client(ann).addMember(id, AddMemberRequest.byUserId(bob.id(), "member"));
		TeamClient teams = this.teamService.onBehalfOf(ann);
		Team team = teams.create(id, new CreateTeamRequest("Core"));
		teams.addMember(id, team.id(), new AddTeamMemberRequest(bob.id(), null));
		long before = entries(id).size();

		assertFails(OrganizationErrorCode.FORBIDDEN,
				() -> this.teamService.onBehalfOf(bob).create(id, new CreateTeamRequest("Mine")));
		assertTeamFails(TeamErrorCode.TEAM_NAME_TAKEN, () -> teams.create(id, new CreateTeamRequest("core")));
		assertTeamFails(TeamErrorCode.ALREADY_TEAM_MEMBER,
				() -> teams.addMember(id, team.id(), new AddTeamMemberRequest(bob.id(), null)));
		assertTeamFails(TeamErrorCode.NOT_ORGANIZATION_MEMBER,
				() -> teams.addMember(id, team.id(), new AddTeamMemberRequest(user("Eve").id(), null)));
		assertFails(OrganizationErrorCode.FORBIDDEN, () -> this.teamService.onBehalfOf(bob).delete(id, team.id()));

		assertThat(entries(id)).hasSize((int) before);
	}

	@Test
	void theLogReadsOnlyToMembersWithAuditRead() {
		OrganizationUser ann = user("Ann");
		UUID id = organizationOf(ann);
		OrganizationUser bob = user("Bob");
		OrganizationUser cid = user("Cid");
		client(ann).addMember(id, AddMemberRequest.byUserId(bob.id(), "member"));
		client(ann).addMember(id, AddMemberRequest.byUserId(cid.id(), "admin"));

		assertFails(OrganizationErrorCode.FORBIDDEN, () -> client(bob).auditLog(id, AuditQuery.newest(10)));
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND,
				() -> client(user("Stranger")).auditLog(id, AuditQuery.newest(10)));
		client(cid).addMember(id, AddMemberRequest.byUserId(user("Dan").id(), "member"));

		AuditPage page = client(cid).auditLog(id, AuditQuery.newest(10));
		assertThat(page.items()).extracting(AuditEntry::action)
			.containsExactly("member.added", "member.added", "member.added", "organization.created");
		assertThat(client(ann).auditLog(id, new AuditQuery(null, 10, "member.", cid.id())).items()).hasSize(1);
		assertThat(client(ann).auditLog(id, new AuditQuery(null, 10, "organization", null)).items()).hasSize(1);
		assertThat(client(ann).auditLog(id, new AuditQuery(null, 10, null, ann.id())).items()).hasSize(3);
		assertInvalid("before", () -> client(ann).auditLog(id, new AuditQuery(UUID.randomUUID(), 10, null, null)));
		UUID other = organizationOf(ann);
		UUID foreign = newest(other).id();
		assertInvalid("before", () -> client(ann).auditLog(id, new AuditQuery(foreign, 10, null, null)));
		assertInvalid("limit", () -> new AuditQuery(null, 201, null, null));
		assertInvalid("limit", () -> new AuditQuery(null, 0, null, null));
	}

	@Test
	void keysetPagesOverTenThousandEntriesTakeOneStatementEach() {
		OrganizationUser ann = user("Ann");
		UUID id = organizationOf(ann);
		seedEntries(id, 10_000);

		StatementCounter.reset();
		AuditPage first = this.service.auditLog(id, AuditQuery.newest(200));
		long firstCount = StatementCounter.count();
		AuditPage page = first;
		int pages = 1;
		int read = page.items().size();
		long lastCount = 0;
		while (page.next() != null) {
			UUID before = page.next();
			StatementCounter.reset();
			page = this.service.auditLog(id, new AuditQuery(before, 200, null, null));
			lastCount = StatementCounter.count();
			read += page.items().size();
			pages++;
		}
		assertThat(read).isEqualTo(10_001);
		assertThat(pages).isEqualTo(51);
		assertThat(first.items().get(0).target().id()).isEqualTo("p9999");
		assertThat(page.items().get(page.items().size() - 1).action()).isEqualTo(AuditActions.ORGANIZATION_CREATED);
		assertThat(firstCount).isEqualTo(1);
		assertThat(lastCount).isEqualTo(1);
		// through a member's client: the audit:read check, then the page
		StatementCounter.reset();
		client(ann).auditLog(id, new AuditQuery(first.next(), 50, "project.", "seeded"));
		assertThat(StatementCounter.count()).isEqualTo(2);
	}

	/** {@code count} entries of an application's own, oldest first, in JDBC batches. */
	private void seedEntries(UUID organizationId, int count) {
		JdbcTemplate jdbc = jdbc();
		Timestamp at = Timestamp.from(Instant.parse("2026-01-15T10:00:00Z"));
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { UUID.randomUUID(), organizationId, at, "project.created", "user", "seeded",
					"project", "p" + i });
		}
		jdbc.batchUpdate("insert into belgie_audit_entry (id, organization_id, at, action, actor_type, actor_id,"
				+ " target_type, target_id) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	private Member ownMember(UUID organizationId, OrganizationUser user) {
		OrganizationClient client = client(user);
		return client.members(organizationId, 0, 200)
			.items()
			.stream()
			.filter((member) -> member.userId().equals(user.id()))
			.findFirst()
			.orElseThrow();
	}

	private List<AuditEntry> entries(UUID organizationId) {
		return this.service.auditLog(organizationId, AuditQuery.newest(200)).items();
	}

	private AuditEntry newest(UUID organizationId) {
		return this.service.auditLog(organizationId, AuditQuery.newest(1)).items().get(0);
	}

	private static void assertByUser(AuditEntry entry, OrganizationUser user) {
		assertThat(entry.actor().type()).isEqualTo("user");
		assertThat(entry.actor().userId()).isEqualTo(user.id());
		assertThat(entry.actor().email()).isEqualTo(user.email());
		assertThat(entry.at()).isNotNull();
	}

	private static void assertTeamFails(TeamErrorCode code, ThrowingCallable call) {
		OrganizationException ex = catchThrowableOfType(OrganizationException.class, call);
		assertThat(ex).as("expected %s", code).isNotNull();
		assertThat(ex.getErrorCode()).as(ex.getMessage()).isEqualTo(code);
	}

}
