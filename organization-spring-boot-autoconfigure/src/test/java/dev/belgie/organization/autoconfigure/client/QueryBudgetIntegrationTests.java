package dev.belgie.organization.autoconfigure.client;

import dev.belgie.organization.membership.AddMemberRequest;
import dev.belgie.organization.membership.MemberPage;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.OrganizationDetails;
import dev.belgie.organization.organization.OrganizationSummary;
import dev.belgie.organization.organization.UpdateOrganizationRequest;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.belgie.organization.Roles;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.testsupport.StatementCounter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL statements of the client's reads and permission checks, counted at the JDBC
 * level ({@link StatementCounter}): a small, fixed number whatever the number of the
 * caller's organizations or of an organization's members. The large data is seeded with
 * JDBC batch inserts before the count starts.
 */
@TestPropertySource(properties = "belgie.organization.organization-limit=1000")
class QueryBudgetIntegrationTests extends ClientTestSupport {

	/** One statement: the caller's organizations with role and member count. */
	private static final int LIST_BUDGET = 1;

	/**
	 * The organization with the caller's membership and its member count, a page of
	 * members, and a page of pending invitations with their count.
	 */
	private static final int DETAILS_BUDGET = 3;

	/**
	 * The membership with the total (members), or the membership then the page with its
	 * total (invitations).
	 */
	private static final int PAGE_BUDGET = 2;

	/**
	 * A checked write: the membership before the lock, the lock, the membership again,
	 * then the work (for addMember: the duplicate check, the insert, and the member count
	 * kept on the organization's row), then its audit entry: +1, the one statement the
	 * audit log may add to a write (one plain insert in the write's transaction).
	 */
	private static final int UPDATE_BUDGET = 4 + 1;

	private static final int ADD_MEMBER_BUDGET = 6 + 1;

	/**
	 * Creating under organization-limit: the user's lock row (does it exist), its lock,
	 * the count of the user's memberships, the slug check, and two inserts; +1 for the
	 * audit entry ({@code organization.created}).
	 */
	private static final int CREATE_BUDGET = 6 + 1;

	private static final Map<String, String> figures = new LinkedHashMap<>();

	@AfterAll
	static void printFigures() {
		System.out.println();
		System.out.println("QUERY BUDGET (SQL statements per call, counted at the JDBC level, H2)");
		figures.forEach((call, figure) -> System.out.printf("QUERY BUDGET %-40s %s%n", call + ":", figure));
		System.out.println();
	}

	@Test
	void forIndividualDoesNotGrowWithTheNumberOfOrganizations() {
		OrganizationUser few = user("Few");
		organizationOf(few);
		organizationOf(few);
		OrganizationUser many = user("Many");
		seedOrganizationsOf(many, 500);

		List<OrganizationSummary> small = measured(() -> client(few).forIndividual());
		long smallCount = lastCount();
		List<OrganizationSummary> large = measured(() -> client(many).forIndividual());
		long largeCount = lastCount();

		assertThat(small).hasSize(2).allSatisfy((summary) -> assertThat(summary.memberCount()).isEqualTo(1));
		assertThat(large).hasSize(500).allSatisfy((summary) -> {
			assertThat(summary.memberCount()).isEqualTo(2);
			assertThat(summary.role()).isEqualTo("admin");
		});
		report("forIndividual", "2 orgs -> " + smallCount + " statements, 500 orgs -> " + largeCount + " statements");
		assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(LIST_BUDGET);
	}

	@Test
	void detailsDoesNotGrowWithTheNumberOfMembers() {
		OrganizationUser owner = user("Owner");
		UUID small = organizationOf(owner);
		seedMembers(small, 2);
		UUID medium = organizationOf(owner);
		seedMembers(medium, 149);
		UUID large = organizationOf(owner);
		seedMembers(large, 2_999);

		OrganizationDetails smallDetails = measured(() -> client(owner).details(small));
		long smallCount = lastCount();
		OrganizationDetails mediumDetails = measured(() -> client(owner).details(medium));
		long mediumCount = lastCount();
		OrganizationDetails largeDetails = measured(() -> client(owner).details(large));
		long largeCount = lastCount();

		assertThat(smallDetails.memberCount()).isEqualTo(3);
		assertThat(smallDetails.members()).hasSize(3);
		assertThat(mediumDetails.memberCount()).isEqualTo(150);
		assertThat(largeDetails.memberCount()).isEqualTo(3_000);
		assertThat(largeDetails.members()).hasSize(100);
		report("details", "3 members -> " + smallCount + ", 150 members -> " + mediumCount + ", 3000 members -> "
				+ largeCount + " statements");
		// a first page that is not full needs no count query, so the smallest
		// organization may use one less
		assertThat(largeCount).isEqualTo(mediumCount).isEqualTo(smallCount).isLessThanOrEqualTo(DETAILS_BUDGET);
	}

	@Test
	void aPageOfMembersDoesNotGrowWithTheNumberOfMembers() {
		OrganizationUser owner = user("Owner");
		UUID small = organizationOf(owner);
		seedMembers(small, 2);
		UUID large = organizationOf(owner);
		seedMembers(large, 2_999);

		MemberPage smallPage = measured(() -> client(owner).members(small, 0, 50));
		long smallCount = lastCount();
		MemberPage largePage = measured(() -> client(owner).members(large, 0, 50));
		long largeCount = lastCount();
		MemberPage lastLargePage = measured(() -> client(owner).members(large, 29, 100));
		long lastPageCount = lastCount();

		assertThat(smallPage.total()).isEqualTo(3);
		assertThat(largePage.total()).isEqualTo(3_000);
		assertThat(smallPage.items()).hasSize(3);
		assertThat(largePage.items()).hasSize(50);
		assertThat(lastLargePage.items()).hasSize(100);
		report("members (one page)", "3 members -> " + smallCount + ", 3000 members -> " + largeCount
				+ " statements (page 29 of 100: " + lastPageCount + ")");
		assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(PAGE_BUDGET);
		assertThat(lastPageCount).isEqualTo(largeCount);
	}

	/**
	 * Pages in an organization's second half are read from its newest end, in the same
	 * order as every other.
	 */
	@Test
	void pagesReadFromTheNewestEndKeepTheOrderOfTheFirst() {
		OrganizationUser owner = user("Owner");
		UUID large = organizationOf(owner);
		seedMembers(large, 2_999);
		List<UUID> all = jdbc().queryForList(
				"select id from belgie_member where organization_id = ? order by created_at, id", UUID.class, large);

		assertThat(ids(client(owner).members(large, 0, 100))).isEqualTo(all.subList(0, 100));
		assertThat(ids(client(owner).members(large, 14, 100))).isEqualTo(all.subList(1_400, 1_500));
		assertThat(ids(client(owner).members(large, 16, 100))).isEqualTo(all.subList(1_600, 1_700));
		assertThat(ids(client(owner).members(large, 29, 100))).isEqualTo(all.subList(2_900, 3_000));
		MemberPage partial = client(owner).members(large, 15, 199);
		assertThat(ids(partial)).isEqualTo(all.subList(2_985, 3_000));
		assertThat(partial.total()).isEqualTo(3_000);
		assertThat(client(owner).members(large, 30, 100).items()).isEmpty();
	}

	private static List<UUID> ids(MemberPage page) {
		return page.items().stream().map((member) -> member.id()).toList();
	}

	@Test
	void permissionCheckedWritesDoNotGrowWithTheNumberOfMembers() {
		OrganizationUser owner = user("Owner");
		UUID small = organizationOf(owner);
		seedMembers(small, 2);
		UUID large = organizationOf(owner);
		seedMembers(large, 2_999);

		measured(() -> client(owner).update(small,
				new UpdateOrganizationRequest("Renamed small", null, null, null, null)));
		long smallUpdate = lastCount();
		measured(() -> client(owner).update(large,
				new UpdateOrganizationRequest("Renamed large", null, null, null, null)));
		long largeUpdate = lastCount();
		OrganizationUser joinerOfSmall = user("JoinerOfSmall");
		measured(() -> client(owner).addMember(small, AddMemberRequest.byUserId(joinerOfSmall.id(), "member")));
		long smallAdd = lastCount();
		OrganizationUser joinerOfLarge = user("JoinerOfLarge");
		measured(() -> client(owner).addMember(large, AddMemberRequest.byUserId(joinerOfLarge.id(), "member")));
		long largeAdd = lastCount();

		assertThat(client(owner).details(large).name()).isEqualTo("Renamed large");
		assertThat(memberRows(large)).isEqualTo(3_001);
		report("update (permission check + write)",
				"3 members -> " + smallUpdate + ", 3000 members -> " + largeUpdate + " statements");
		report("addMember (lock + check + insert)",
				"3 members -> " + smallAdd + ", 3000 members -> " + largeAdd + " statements");
		assertThat(largeUpdate).isEqualTo(smallUpdate).isLessThanOrEqualTo(UPDATE_BUDGET);
		assertThat(largeAdd).isEqualTo(smallAdd).isLessThanOrEqualTo(ADD_MEMBER_BUDGET);
	}

	@Test
	void pendingInvitationsAreReadAPageAtATime() {
		OrganizationUser owner = user("Owner");
		UUID few = organizationOf(owner);
		seedInvitations(few, 1);
		UUID many = organizationOf(owner);
		seedInvitations(many, 1_000);

		OrganizationDetails fewDetails = measured(() -> client(owner).details(few));
		long fewDetailsCount = lastCount();
		OrganizationDetails manyDetails = measured(() -> client(owner).details(many));
		long manyDetailsCount = lastCount();
		var fewPage = measured(() -> client(owner).invitations(few, 0, 50));
		long fewPageCount = lastCount();
		var lastManyPage = measured(() -> client(owner).invitations(many, 4, 200));
		long lastManyPageCount = lastCount();

		assertThat(fewDetails.invitations()).hasSize(1);
		assertThat(fewDetails.invitationCount()).isEqualTo(1);
		assertThat(manyDetails.invitations()).hasSize(100);
		assertThat(manyDetails.invitationCount()).isEqualTo(1_000);
		assertThat(fewPage.items()).hasSize(1);
		assertThat(lastManyPage.items()).hasSize(200);
		assertThat(lastManyPage.total()).isEqualTo(1_000);
		report("details (1 / 1000 pending invitations)", fewDetailsCount + " / " + manyDetailsCount + " statements");
		report("invitations, one page (1 / 1000 pending)", fewPageCount + " / " + lastManyPageCount + " statements");
		assertThat(manyDetailsCount).isEqualTo(fewDetailsCount).isLessThanOrEqualTo(DETAILS_BUDGET);
		assertThat(lastManyPageCount).isEqualTo(fewPageCount).isLessThanOrEqualTo(PAGE_BUDGET);
	}

	@Test
	void creatingUnderTheOrganizationLimitDoesNotGrowWithTheUsersMemberships() {
		OrganizationUser few = user("Few");
		organizationOf(few);
		OrganizationUser many = user("Many");
		seedOrganizationsOf(many, 500);
		organizationOf(many);

		measured(() -> client(few)
			.create(new CreateOrganizationRequest("Few more", "few-" + UUID.randomUUID(), null, null, null)));
		long fewCount = lastCount();
		measured(() -> client(many)
			.create(new CreateOrganizationRequest("Many more", "many-" + UUID.randomUUID(), null, null, null)));
		long manyCount = lastCount();

		assertThat(client(many).forIndividual()).hasSize(502);
		report("create under organization-limit (1 / 501 memberships)", fewCount + " / " + manyCount + " statements");
		assertThat(manyCount).isEqualTo(fewCount).isLessThanOrEqualTo(CREATE_BUDGET);
	}

	private <T> T measured(Supplier<T> call) {
		StatementCounter.reset();
		return call.get();
	}

	private long lastCount() {
		return StatementCounter.count();
	}

	private static void report(String call, String figure) {
		figures.put(call, figure);
		System.out.println("QUERY BUDGET " + call + ": " + figure);
	}

	/**
	 * {@code count} organizations, each with {@code user} as admin and one other member.
	 */
	private void seedOrganizationsOf(OrganizationUser user, int count) {
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> organizations = new ArrayList<>();
		List<Object[]> members = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			organizations.add(new Object[] { id, "Seeded " + i, "seeded-" + id, now, now });
			members
				.add(new Object[] { UUID.randomUUID(), id, user.id(), user.email(), user.name(), "admin", now, now });
			members.add(new Object[] { UUID.randomUUID(), id, "other-" + id, "other-" + id + "@example.com", "Other",
					"owner", now, now });
		}
		jdbc().batchUpdate(
				"insert into belgie_organization (id, name, slug, created_at, updated_at) values (?, ?, ?, ?, ?)",
				organizations);
		insertMembers(members);
	}

	/** Adds {@code count} members, created after the existing ones. */
	private void seedMembers(UUID organizationId, int count) {
		Timestamp later = Timestamp.from(this.clock.instant().plusSeconds(1));
		List<Object[]> members = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String userId = "seeded-" + UUID.randomUUID();
			members.add(new Object[] { UUID.randomUUID(), organizationId, userId, userId + "@example.com",
					"Seeded " + i, "member", later, later });
		}
		insertMembers(members);
	}

	private void insertMembers(List<Object[]> members) {
		List<Object[]> rows = members.stream().map((member) -> {
			Object[] row = Arrays.copyOf(member, member.length + 1);
			row[member.length] = Roles.includes((String) member[5], Roles.OWNER);
			return row;
		}).toList();
		jdbc().batchUpdate("insert into belgie_member (id, organization_id, user_id, email, name, role, created_at, "
				+ "updated_at, owner) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		recountMembers(jdbc());
	}

	/** Adds {@code count} pending invitations. */
	private void seedInvitations(UUID organizationId, int count) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Timestamp expiresAt = Timestamp.from(this.clock.instant().plusSeconds(86_400));
		List<Object[]> invitations = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			invitations
				.add(new Object[] { UUID.randomUUID(), organizationId, "invitee-" + UUID.randomUUID() + "@example.com",
						"member", "pending", "inviter", expiresAt, now, now });
		}
		jdbc().batchUpdate("insert into belgie_invitation (id, organization_id, email, role, status, inviter_id, "
				+ "expires_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", invitations);
	}

}
