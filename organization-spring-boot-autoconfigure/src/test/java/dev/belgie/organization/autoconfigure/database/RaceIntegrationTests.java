package dev.belgie.organization.autoconfigure.database;

import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.membership.AddMemberRequest;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.UpdateOrganizationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.client.TestClients;
import dev.belgie.organization.autoconfigure.database.Races.Outcome;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.internal.MemberRepository;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.testsupport.InMemoryUserDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.belgie.organization.autoconfigure.database.Races.assertOutcomes;
import static dev.belgie.organization.autoconfigure.database.Races.race;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent requests on a real database, each on its own thread with its own
 * {@link OrganizationClient}, released together: the invariants hold (unique slug and
 * membership, one owner left, the membership limit), requests that lock the same rows do
 * not deadlock, and every loser gets the expected {@link OrganizationException}, never
 * another exception. The final state is read back by counting rows. Runs on H2; its
 * subclasses run it on PostgreSQL and MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RaceIntegrationTests {

	private static final int MEMBERSHIP_LIMIT = 5;

	private static final int ORGANIZATION_LIMIT = 3;

	private InMemoryUserDirectory users;

	private DatabaseApplication application;

	private OrganizationService service;

	private MemberRepository members;

	private ConfigurableApplicationContext context;

	private JdbcTemplate jdbc;

	@BeforeAll
	void startApplication() {
		this.application = DatabaseApplication.start(getClass(),
				Map.of("belgie.organization.membership-limit", MEMBERSHIP_LIMIT,
						"belgie.organization.organization-limit", ORGANIZATION_LIMIT,
						"spring.datasource.hikari.maximum-pool-size", 16));
		ConfigurableApplicationContext context = this.application.context();
		this.service = context.getBean(OrganizationService.class);
		this.members = context.getBean(MemberRepository.class);
		this.context = context;
		this.users = context.getBean(InMemoryUserDirectory.class);
		this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
	}

	/**
	 * After every race, each organization's kept member count is the number of its
	 * membership rows: every way in and out (create, add, accept, remove, leave,
	 * transfer, delete) keeps it under the organization's lock.
	 */
	@AfterEach
	void memberCountsMatchTheRows() {
		assertThat(this.jdbc.queryForList("""
				select o.slug from belgie_organization o where o.member_count <>
				(select count(*) from belgie_member m where m.organization_id = o.id)""", String.class)).isEmpty();
	}

	@AfterAll
	void stopApplication() {
		this.application.close();
	}

	@Test
	void tenCreatesOfOneSlugMakeOneOrganization() throws Exception {
		String slug = uniqueSlug();
		List<OrganizationUser> creators = newUsers(10);

		List<Outcome> outcomes = race(10, (i) -> () -> client(creators.get(i))
			.create(new CreateOrganizationRequest("Race " + i, slug, null, null, null)));

		assertOutcomes(outcomes, 1, OrganizationErrorCode.ORGANIZATION_SLUG_TAKEN);
		assertThat(count("select count(*) from belgie_organization where slug = ?", slug)).isOne();
		assertThat(membersOf(slug)).isOne();
		for (int i = 0; i < creators.size(); i++) {
			assertThat(this.members.countByUserId(creators.get(i).id())).as("memberships of creator %d", i)
				.isEqualTo(outcomes.get(i).succeeded() ? 1 : 0);
		}
	}

	@Test
	void oneUsersConcurrentCreatesStopAtTheOrganizationLimit() throws Exception {
		OrganizationUser creator = newUser();
		organizationOf(creator);

		List<Outcome> outcomes = race(6, (i) -> () -> client(creator)
			.create(new CreateOrganizationRequest("Race " + i, uniqueSlug(), null, null, null)));

		assertOutcomes(outcomes, ORGANIZATION_LIMIT - 1, OrganizationErrorCode.ORGANIZATION_LIMIT_REACHED);
		assertThat(this.members.countByUserId(creator.id())).isEqualTo(ORGANIZATION_LIMIT);
	}

	@Test
	void eightAddsOfOneUserMakeOneMembership() throws Exception {
		OrganizationUser owner = newUser();
		String slug = organizationOf(owner);
		UUID id = idOf(slug);
		OrganizationUser newcomer = newUser();

		List<Outcome> outcomes = race(8,
				(i) -> () -> client(owner).addMember(id, AddMemberRequest.byUserId(newcomer.id(), "member")));

		assertOutcomes(outcomes, 1, OrganizationErrorCode.ALREADY_MEMBER);
		assertThat(count("select count(*) from belgie_member where user_id = ?", newcomer.id())).isOne();
		assertThat(membersOf(slug)).isEqualTo(2);
	}

	@Test
	void twoOwnersLeavingAtOnceLeaveOneOwner() throws Exception {
		OrganizationUser first = newUser();
		OrganizationUser second = newUser();
		String slug = organizationOf(first);
		UUID id = idOf(slug);
		client(first).addMember(id, AddMemberRequest.byUserId(second.id(), "owner"));
		List<OrganizationUser> owners = List.of(first, second);

		List<Outcome> outcomes = race(2, (i) -> () -> {
			client(owners.get(i)).leave(id);
			return null;
		});

		assertOutcomes(outcomes, 1, OrganizationErrorCode.LAST_OWNER);
		assertThat(membersOf(slug)).isOne();
		assertThat(count("select count(*) from belgie_member where organization_id = ? and owner = true", id)).isOne();
	}

	@Test
	void concurrentAddsStopAtTheMembershipLimit() throws Exception {
		OrganizationUser owner = newUser();
		String slug = organizationOf(owner);
		UUID id = idOf(slug);
		List<OrganizationUser> newcomers = newUsers(12);

		List<Outcome> outcomes = race(12,
				(i) -> () -> client(owner).addMember(id, AddMemberRequest.byUserId(newcomers.get(i).id(), "member")));

		assertOutcomes(outcomes, MEMBERSHIP_LIMIT - 1, OrganizationErrorCode.MEMBERSHIP_LIMIT_REACHED);
		assertThat(membersOf(slug)).isEqualTo(MEMBERSHIP_LIMIT);
	}

	@Test
	void twelveInviteesAcceptingAtOnceStopAtTheMembershipLimit() throws Exception {
		OrganizationUser owner = newUser();
		String slug = organizationOf(owner);
		UUID id = idOf(slug);
		List<OrganizationUser> invitees = newUsers(12);
		List<UUID> invitations = new ArrayList<>();
		for (OrganizationUser invitee : invitees) {
			invitations.add(invite(owner, id, invitee, "member"));
		}

		List<Outcome> outcomes = race(12, (i) -> () -> client(invitees.get(i)).acceptInvitation(invitations.get(i)));

		assertOutcomes(outcomes, MEMBERSHIP_LIMIT - 1, OrganizationErrorCode.MEMBERSHIP_LIMIT_REACHED);
		assertThat(membersOf(slug)).isEqualTo(MEMBERSHIP_LIMIT);
		assertThat(invitationsOf(slug, "accepted")).isEqualTo(MEMBERSHIP_LIMIT - 1);
		assertThat(invitationsOf(slug, "pending")).isEqualTo(12 - (MEMBERSHIP_LIMIT - 1));
		for (int i = 0; i < invitees.size(); i++) {
			assertThat(this.members.existsByOrganizationIdAndUserId(id, invitees.get(i).id()))
				.as("membership of invitee %d", i)
				.isEqualTo(outcomes.get(i).succeeded());
		}
	}

	@Test
	void oneInvitationAcceptedTwiceAtOnceMakesOneMembership() throws Exception {
		OrganizationUser owner = newUser();
		String slug = organizationOf(owner);
		UUID id = idOf(slug);
		OrganizationUser invitee = newUser();
		UUID invitation = invite(owner, id, invitee, "admin");

		List<Outcome> outcomes = race(2, (i) -> () -> client(invitee).acceptInvitation(invitation));

		assertOutcomes(outcomes, 1, OrganizationErrorCode.INVITATION_NOT_PENDING, OrganizationErrorCode.ALREADY_MEMBER);
		assertThat(count("select count(*) from belgie_member where user_id = ?", invitee.id())).isOne();
		assertThat(membersOf(slug)).isEqualTo(2);
		Invitation accepted = this.service.asSystem().invitation(invitation);
		assertThat(accepted.status()).isEqualTo("accepted");
	}

	@Test
	void acceptingWhileTheInvitationIsResentEndsInAMembership() throws Exception {
		for (int round = 0; round < 10; round++) {
			OrganizationUser owner = newUser();
			String slug = organizationOf(owner);
			UUID id = idOf(slug);
			OrganizationUser invitee = newUser();
			UUID invitation = invite(owner, id, invitee, "member");

			List<Outcome> outcomes = race(2, (i) -> () -> (i == 0) ? client(invitee).acceptInvitation(invitation)
					: client(owner).invite(id, new InvitationRequest(invitee.email(), "member", null, true)));

			assertThat(outcomes.get(0).succeeded())
				.as("round %d: accepting fails with %s", round, outcomes.get(0).error())
				.isTrue();
			assertOutcomes(outcomes.subList(1, 2), outcomes.get(1).succeeded() ? 1 : 0,
					OrganizationErrorCode.ALREADY_MEMBER);
			assertThat(count("select count(*) from belgie_member where user_id = ?", invitee.id())).isOne();
		}
	}

	@Test
	void deletingWhileAnInvitationIsAcceptedDeletesTheOrganization() throws Exception {
		for (int round = 0; round < 10; round++) {
			OrganizationUser owner = newUser();
			String slug = organizationOf(owner);
			UUID id = idOf(slug);
			OrganizationUser invitee = newUser();
			UUID invitation = invite(owner, id, invitee, "member");

			List<Outcome> outcomes = race(2, (i) -> () -> {
				if (i == 0) {
					return client(invitee).acceptInvitation(invitation);
				}
				client(owner).delete(id);
				return null;
			});

			assertThat(outcomes.get(1).succeeded())
				.as("round %d: deleting fails with %s", round, outcomes.get(1).error())
				.isTrue();
			assertOutcomes(outcomes.subList(0, 1), outcomes.get(0).succeeded() ? 1 : 0,
					OrganizationErrorCode.INVITATION_NOT_FOUND, OrganizationErrorCode.ORGANIZATION_NOT_FOUND);
			assertThat(count("select count(*) from belgie_organization where slug = ?", slug)).isZero();
			assertThat(count("select count(*) from belgie_member where user_id = ?", invitee.id())).isZero();
		}
	}

	@Test
	void aNewUsersConcurrentCreatesStopAtTheOrganizationLimit() throws Exception {
		OrganizationUser creator = newUser();

		List<Outcome> outcomes = race(20, (i) -> () -> client(creator)
			.create(new CreateOrganizationRequest("Race " + i, uniqueSlug(), null, null, null)));

		assertOutcomes(outcomes, ORGANIZATION_LIMIT, OrganizationErrorCode.ORGANIZATION_LIMIT_REACHED);
		assertThat(this.members.countByUserId(creator.id())).isEqualTo(ORGANIZATION_LIMIT);
	}

	@Test
	void concurrentCreatesOfOneNameWithoutASlugAllSucceedWithDistinctSlugs() throws Exception {
		String name = "Race name " + UUID.randomUUID().toString().substring(0, 8);
		List<OrganizationUser> creators = newUsers(10);

		List<Outcome> outcomes = race(10,
				(i) -> () -> client(creators.get(i)).create(CreateOrganizationRequest.named(name)));

		assertOutcomes(outcomes, 10);
		List<String> slugs = this.jdbc.queryForList("select slug from belgie_organization where name = ?", String.class,
				name);
		assertThat(slugs).hasSize(10).doesNotHaveDuplicates().allMatch((slug) -> slug.startsWith("race-name-"));
	}

	@Test
	void concurrentUpdatesOfOneOrganizationLoseNoWrite() throws Exception {
		for (int round = 0; round < 10; round++) {
			OrganizationUser owner = newUser();
			UUID id = idOf(organizationOf(owner));
			String name = "Renamed " + round;
			String domain = "round" + round + ".example.com";

			List<Outcome> outcomes = race(2,
					(i) -> () -> (i == 0)
							? client(owner).update(id, new UpdateOrganizationRequest(name, null, null, null, null))
							: client(owner).update(id, new UpdateOrganizationRequest(null, null, null, null, domain)));

			assertOutcomes(outcomes, 2);
			assertThat(this.jdbc.queryForMap("select name, domain from belgie_organization where id = ?", id))
				.as("round %d: both writes kept", round)
				.containsValues(name, domain);
		}
	}

	@Test
	void anUpdateRacingADeleteEitherWinsOrFindsNoOrganization() throws Exception {
		for (int round = 0; round < 10; round++) {
			OrganizationUser owner = newUser();
			UUID id = idOf(organizationOf(owner));

			List<Outcome> outcomes = race(2, (i) -> () -> {
				if (i == 0) {
					client(owner).delete(id);
					return null;
				}
				return client(owner).update(id, new UpdateOrganizationRequest("Renamed", null, null, null, null));
			});

			assertThat(outcomes.get(0).succeeded()).as("round %d: the delete wins or waits", round).isTrue();
			assertOutcomes(outcomes.subList(1, 2), outcomes.get(1).succeeded() ? 1 : 0,
					OrganizationErrorCode.ORGANIZATION_NOT_FOUND);
			assertThat(count("select count(*) from belgie_organization where id = ?", id)).isZero();
		}
	}

	@Test
	void aResendRacingACancelOrARejectNeverRevivesTheClosedInvitation() throws Exception {
		for (int round = 0; round < 10; round++) {
			OrganizationUser owner = newUser();
			String slug = organizationOf(owner);
			UUID id = idOf(slug);
			OrganizationUser invitee = newUser();
			UUID invitationId = invite(owner, id, invitee, "member");
			boolean reject = round % 2 == 1;
			InvitationRequest resend = new InvitationRequest(invitee.email(), "admin", null, true);

			List<Outcome> outcomes = race(2, (i) -> () -> {
				if (i == 1) {
					return client(owner).invite(id, resend);
				}
				return reject ? client(invitee).rejectInvitation(invitationId)
						: client(owner).cancelInvitation(id, invitationId);
			});

			assertOutcomes(outcomes, outcomes.get(0).succeeded() ? 2 : 1, OrganizationErrorCode.INVITATION_NOT_PENDING);
			String status = this.jdbc.queryForObject("select status from belgie_invitation where id = ?", String.class,
					invitationId);
			if (outcomes.get(0).succeeded()) {
				assertThat(status).as("round %d: the closed invitation stays closed", round)
					.isEqualTo(reject ? "rejected" : "canceled");
			}
			assertThat(count("select count(*) from belgie_invitation where organization_id = ? and email = ? "
					+ "and status = 'pending'", id, invitee.email()))
				.as("round %d: at most one pending invitation for the address", round)
				.isLessThanOrEqualTo(1);
		}
	}

	@Test
	void anOwnershipTransferRacingARemovalOrARoleChangeOfTheTargetKeepsAnOwnerWhoIsAMember() throws Exception {
		for (int round = 0; round < 10; round++) {
			OrganizationUser owner = newUser();
			OrganizationUser target = newUser();
			OrganizationUser admin = newUser();
			UUID id = idOf(organizationOf(owner));
			UUID targetMemberId = client(owner).addMember(id, AddMemberRequest.byUserId(target.id(), "member")).id();
			client(owner).addMember(id, AddMemberRequest.byUserId(admin.id(), "admin"));
			boolean remove = round % 2 == 0;

			List<Outcome> outcomes = race(2, (i) -> () -> {
				if (i == 0) {
					return client(owner).transferOwnership(id, targetMemberId);
				}
				if (remove) {
					client(admin).removeMember(id, targetMemberId.toString());
					return null;
				}
				return client(admin).updateMemberRole(id, targetMemberId, "admin");
			});

			// whichever commits second sees the first: a removed target cannot be made
			// owner, an owner cannot
			// be removed or changed by an admin
			assertOutcomes(outcomes, outcomes.get(0).succeeded() && outcomes.get(1).succeeded() ? 2 : 1,
					OrganizationErrorCode.MEMBER_NOT_FOUND, OrganizationErrorCode.FORBIDDEN);
			List<Map<String, Object>> owners = this.jdbc
				.queryForList("select user_id, role from belgie_member where organization_id = ? and owner = true", id);
			assertThat(owners).as("round %d: owners", round).isNotEmpty();
			assertThat(owners).allSatisfy((row) -> assertThat((String) row.get("role")).contains("owner"));
			assertThat(count("select count(*) from belgie_member where organization_id = ? and role like '%owner%' "
					+ "and owner = false", id))
				.as("round %d: owner flag and role agree", round)
				.isZero();
			if (outcomes.get(0).succeeded()) {
				assertThat(owners).as("round %d: the target is the only owner, and a member", round)
					.extracting((row) -> row.get("user_id"))
					.containsExactly(target.id());
				assertThat(count("select count(*) from belgie_member where organization_id = ? and user_id = ? "
						+ "and role = 'admin'", id, owner.id()))
					.isOne();
			}
			else {
				assertThat(owners).extracting((row) -> row.get("user_id")).containsExactly(owner.id());
			}
		}
	}

	private OrganizationClient client(OrganizationUser user) {
		return TestClients.actingAs(this.context, user);
	}

	private UUID invite(OrganizationUser inviter, UUID organizationId, OrganizationUser invitee, String role) {
		return client(inviter).invite(organizationId, InvitationRequest.of(invitee.email(), role)).invitation().id();
	}

	private String organizationOf(OrganizationUser owner) {
		String slug = uniqueSlug();
		client(owner).create(new CreateOrganizationRequest("Race", slug, null, null, null));
		return slug;
	}

	private UUID idOf(String slug) {
		return this.service.asSystem().detailsBySlug(slug).id();
	}

	private long membersOf(String slug) {
		return count("""
				select count(*) from belgie_member m join belgie_organization o on o.id = m.organization_id
				where o.slug = ?""", slug);
	}

	private long invitationsOf(String slug, String status) {
		return count("""
				select count(*) from belgie_invitation i join belgie_organization o on o.id = i.organization_id
				where o.slug = ? and i.status = ?""", slug, status);
	}

	private long count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

	private List<OrganizationUser> newUsers(int count) {
		List<OrganizationUser> created = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			created.add(newUser());
		}
		return created;
	}

	private OrganizationUser newUser() {
		String id = "user-" + UUID.randomUUID();
		return this.users.add(new OrganizationUser(id, id + "@example.com", "User " + id, true));
	}

	private static String uniqueSlug() {
		return "race-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
