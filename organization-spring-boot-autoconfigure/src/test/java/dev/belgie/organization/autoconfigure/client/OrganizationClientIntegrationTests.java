package dev.belgie.organization.autoconfigure.client;

import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.membership.AddMemberRequest;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.membership.MemberPage;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.Organization;
import dev.belgie.organization.organization.OrganizationDetails;
import dev.belgie.organization.organization.OrganizationSummary;
import dev.belgie.organization.organization.UpdateOrganizationRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.spi.OrganizationUser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Every rule of {@link OrganizationClient} about organizations and members, each call as
 * a user would make it, on the real auto-configuration and database.
 */
class OrganizationClientIntegrationTests extends ClientTestSupport {

	enum AppRole {

		ADMIN, MEMBER

	}

	// Creating

	@Test
	void creatorBecomesTheOwnerOfTheOrganization() {
		OrganizationUser alice = user("Alice");
		Organization created = client(alice).create(new CreateOrganizationRequest("  Rocket Labs ", null,
				"https://example.com/logo.png", Map.of("plan", "pro"), "Rocket.Example.com"));

		assertThat(created.name()).isEqualTo("Rocket Labs");
		assertThat(created.logo()).isEqualTo("https://example.com/logo.png");
		assertThat(created.metadata()).containsEntry("plan", "pro");
		assertThat(created.domain()).isEqualTo("rocket.example.com");
		assertThat(created.createdAt()).isEqualTo(this.clock.instant());
		MemberPage members = client(alice).members(created.id(), 0, 10);
		assertThat(members.items()).extracting(Member::userId, Member::email, Member::role)
			.containsExactly(tuple(alice.id(), alice.email(), "owner"));
		assertThat(storedRole(created.id(), alice.id())).isEqualTo("owner");
	}

	@Test
	void slugIsDerivedFromTheNameAndMadeUnique() {
		Organization first = client(user("Alice")).create(CreateOrganizationRequest.named("Acme, Inc."));
		Organization second = client(user("Bob")).create(CreateOrganizationRequest.named("ACME Inc"));

		assertThat(first.slug()).isEqualTo("acme-inc");
		assertThat(second.slug()).isEqualTo("acme-inc-2");
	}

	@Test
	void explicitSlugThatIsTakenIsRejected() {
		String slug = "taken-" + UUID.randomUUID().toString().substring(0, 8);
		client(user("Alice")).create(new CreateOrganizationRequest("First", slug, null, null, null));
		OrganizationUser bob = user("Bob");

		assertFails(OrganizationErrorCode.ORGANIZATION_SLUG_TAKEN,
				() -> client(bob).create(new CreateOrganizationRequest("Second", slug, null, null, null)));
		assertThat(client(bob).forIndividual()).isEmpty();
	}

	@Test
	void invalidOrganizationsAreRejectedWithTheFieldName() {
		OrganizationUser alice = user("Alice");
		OrganizationClient client = client(alice);

		assertInvalid("name", () -> client.create(CreateOrganizationRequest.named("   ")));
		assertInvalid("name", () -> client.create(CreateOrganizationRequest.named(null)));
		assertInvalid("name", () -> client.create(CreateOrganizationRequest.named("x".repeat(101))));
		assertInvalid("slug", () -> client.create(new CreateOrganizationRequest("Fine", "Bad Slug", null, null, null)));
		assertInvalid("slug", () -> client.create(new CreateOrganizationRequest("Fine", "-dash", null, null, null)));
		assertInvalid("metadata", () -> client
			.create(new CreateOrganizationRequest("Fine", null, null, Map.of("blob", "x".repeat(16 * 1024)), null)));
		assertThat(client.forIndividual()).isEmpty();
		// the limits themselves are allowed
		assertThat(client.create(CreateOrganizationRequest.named("x".repeat(100))).name()).hasSize(100);
	}

	@Test
	void checkSlugTellsWhetherASlugIsFree() {
		OrganizationClient client = client(user("Alice"));
		String slug = "free-" + UUID.randomUUID().toString().substring(0, 8);

		assertThat(client.checkSlug(slug).available()).isTrue();
		client.create(new CreateOrganizationRequest("Taken", slug, null, null, null));
		assertThat(client.checkSlug(slug).available()).isFalse();
		assertThat(client.checkSlug(slug).slug()).isEqualTo(slug);
		assertInvalid("slug", () -> client.checkSlug("Not A Slug"));
		assertInvalid("slug", () -> client.checkSlug(null));
	}

	// Reading

	@Test
	void readsIntoRecordsCarryEveryFieldAsCreated() {
		OrganizationUser alice = user("Alice");
		OrganizationUser bob = user("Bob");
		Organization created = client(alice).create(new CreateOrganizationRequest("Rocket Labs", null,
				"https://example.com/logo.png", Map.of("plan", "pro", "seats", 5), "rocket.example.com"));
		Member added = client(alice).addMember(created.id(), AddMemberRequest.byUserId(bob.id(), "admin"));

		OrganizationSummary summary = client(alice).forIndividual().get(0);
		MemberPage page = client(alice).members(created.id(), 0, 10);

		assertThat(new Organization(summary.id(), summary.name(), summary.slug(), summary.logo(), summary.metadata(),
				summary.domain(), summary.createdAt()))
			.isEqualTo(created);
		assertThat(summary.role()).isEqualTo("owner");
		assertThat(summary.memberCount()).isEqualTo(2);
		assertThat(page.items()).hasSize(2).contains(added);
		assertThat(page.items()).filteredOn((member) -> member.userId().equals(alice.id()))
			.singleElement()
			.extracting(Member::organizationId, Member::email, Member::name, Member::role, Member::createdAt)
			.containsExactly(created.id(), alice.email(), alice.name(), "owner", created.createdAt());
	}

	@Test
	void forIndividualListsOnlyTheCallersOrganizationsWithRoleAndMemberCount() {
		OrganizationUser alice = user("Alice");
		OrganizationUser bob = user("Bob");
		OrganizationUser carol = user("Carol");
		UUID owned = organizationOf(alice);
		UUID joined = organizationOf(bob);
		client(bob).addMember(joined, AddMemberRequest.byUserId(alice.id(), "admin"));
		client(bob).addMember(joined, AddMemberRequest.byUserId(carol.id(), "member"));
		UUID foreign = organizationOf(carol);

		List<OrganizationSummary> mine = client(alice).forIndividual();

		assertThat(mine)
			.extracting(OrganizationSummary::id, OrganizationSummary::role, OrganizationSummary::memberCount)
			.containsExactlyInAnyOrder(tuple(owned, "owner", 1L), tuple(joined, "admin", 3L));
		assertThat(mine).extracting(OrganizationSummary::id).doesNotContain(foreign);
		assertThat(client(user("Dave")).forIndividual()).isEmpty();
	}

	@Test
	void detailsByIdAndBySlugAreForMembersOnly() {
		OrganizationUser alice = user("Alice");
		OrganizationUser bob = user("Bob");
		Organization organization = client(alice).create(CreateOrganizationRequest.named("Details Co"));
		client(alice).addMember(organization.id(), AddMemberRequest.byUserId(bob.id(), "member"));
		client(alice).invite(organization.id(), InvitationRequest.of("guest@example.com", "member"));

		OrganizationDetails byId = client(bob).details(organization.id());
		OrganizationDetails bySlug = client(bob).detailsBySlug(organization.slug());

		assertThat(byId).isEqualTo(bySlug);
		assertThat(byId.name()).isEqualTo("Details Co");
		assertThat(byId.memberCount()).isEqualTo(2);
		assertThat(byId.members()).extracting(Member::userId).containsExactlyInAnyOrder(alice.id(), bob.id());
		assertThat(byId.invitations()).singleElement()
			.satisfies((invitation) -> assertThat(invitation.email()).isEqualTo("guest@example.com"));

		OrganizationClient stranger = client(user("Mallory"));
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, () -> stranger.details(organization.id()));
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, () -> stranger.detailsBySlug(organization.slug()));
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, () -> client(alice).details(UUID.randomUUID()));
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, () -> client(alice).detailsBySlug("no-such-slug"));
	}

	// Updating and deleting

	@Test
	void updateNeedsThePermissionAndKeepsSlugsUnique() {
		OrganizationUser owner = user("Owner");
		OrganizationUser admin = user("Admin");
		OrganizationUser member = user("Member");
		Organization organization = client(owner).create(CreateOrganizationRequest.named("Before"));
		client(owner).addMember(organization.id(), AddMemberRequest.byUserId(admin.id(), "admin"));
		client(owner).addMember(organization.id(), AddMemberRequest.byUserId(member.id(), "member"));
		String otherSlug = client(user("Other")).create(CreateOrganizationRequest.named("Other Co")).slug();

		assertFails(OrganizationErrorCode.FORBIDDEN, () -> client(member).update(organization.id(),
				new UpdateOrganizationRequest("Hijacked", null, null, null, null)));
		assertThat(client(owner).details(organization.id()).name()).isEqualTo("Before");

		Organization updated = client(admin).update(organization.id(),
				new UpdateOrganizationRequest("After", null, null, Map.of("tier", "gold"), null));
		assertThat(updated.name()).isEqualTo("After");
		assertThat(updated.slug()).isEqualTo(organization.slug());
		assertThat(client(member).details(organization.id()).metadata()).containsEntry("tier", "gold");

		assertFails(OrganizationErrorCode.ORGANIZATION_SLUG_TAKEN, () -> client(admin).update(organization.id(),
				new UpdateOrganizationRequest(null, otherSlug, null, null, null)));
		assertInvalid("name", () -> client(admin).update(organization.id(),
				new UpdateOrganizationRequest(" ", null, null, null, null)));
		assertThat(client(owner).details(organization.id()).slug()).isEqualTo(organization.slug());
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, () -> client(user("Mallory"))
			.update(organization.id(), new UpdateOrganizationRequest("Mine", null, null, null, null)));
	}

	@Test
	void onlyTheOwnerDeletesAndMembersAndInvitationsGoWithTheOrganization() {
		OrganizationUser owner = user("Owner");
		OrganizationUser admin = user("Admin");
		UUID organizationId = organizationOf(owner);
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(admin.id(), "admin"));
		client(owner).invite(organizationId, InvitationRequest.of("invitee@example.com", "member"));

		assertFails(OrganizationErrorCode.FORBIDDEN, () -> client(admin).delete(organizationId));
		assertThat(memberRows(organizationId)).isEqualTo(2);

		client(owner).delete(organizationId);

		assertThat(memberRows(organizationId)).isZero();
		assertThat(invitationRows(organizationId)).isZero();
		assertThat(jdbc().queryForObject("select count(*) from belgie_organization where id = ?", Long.class,
				organizationId))
			.isZero();
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, () -> client(owner).details(organizationId));
		assertThat(client(admin).forIndividual()).isEmpty();
	}

	@Test
	void aVetoingListenerKeepsTheOrganization() {
		OrganizationUser owner = user("Owner");
		Organization organization = client(owner)
			.create(new CreateOrganizationRequest("Held", null, null, Map.of("legalHold", true), null));
		client(owner).addMember(organization.id(), AddMemberRequest.byUserId(user("Bob").id(), "member"));
		client(owner).invite(organization.id(), InvitationRequest.of("held@example.com", "member"));

		var ex = assertFails(OrganizationErrorCode.ORGANIZATION_DELETION_VETOED,
				() -> client(owner).delete(organization.id()));

		assertThat(ex.getMessage()).isEqualTo("The organization is under a legal hold.");
		assertThat(client(owner).details(organization.id()).memberCount()).isEqualTo(2);
		assertThat(invitationRows(organization.id())).isEqualTo(1);
	}

	// Members

	@Test
	void membersArePagedOldestFirst() {
		OrganizationUser owner = user("Owner");
		UUID organizationId = organizationOf(owner);
		List<OrganizationUser> added = List.of(user("A"), user("B"), user("C"), user("D"));
		for (OrganizationUser user : added) {
			this.clock.advance(Duration.ofSeconds(1));
			client(owner).addMember(organizationId, AddMemberRequest.byUserId(user.id(), "member"));
		}
		OrganizationClient client = client(added.get(0));

		MemberPage first = client.members(organizationId, 0, 2);
		MemberPage last = client.members(organizationId, 2, 2);
		MemberPage beyond = client.members(organizationId, 3, 2);

		assertThat(first.items()).extracting(Member::userId).containsExactly(owner.id(), added.get(0).id());
		assertThat(first.total()).isEqualTo(5);
		assertThat(first.page()).isZero();
		assertThat(first.size()).isEqualTo(2);
		assertThat(client.members(organizationId, 1, 2).items()).extracting(Member::userId)
			.containsExactly(added.get(1).id(), added.get(2).id());
		assertThat(last.items()).extracting(Member::userId).containsExactly(added.get(3).id());
		assertThat(last.total()).isEqualTo(5);
		assertThat(beyond.items()).isEmpty();
		assertThat(client.members(organizationId, 0, 200).items()).hasSize(5);

		assertInvalid("size", () -> client.members(organizationId, 0, 0));
		assertInvalid("size", () -> client.members(organizationId, 0, 201));
		assertInvalid("page", () -> client.members(organizationId, -1, 10));
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND,
				() -> client(user("Mallory")).members(organizationId, 0, 10));
	}

	@Test
	void addMemberByIdOrByEmailCaseInsensitively() {
		OrganizationUser owner = user("Owner");
		OrganizationUser bob = user("Bob");
		OrganizationUser carol = user("Carol");
		UUID organizationId = organizationOf(owner);

		Member byId = client(owner).addMember(organizationId, AddMemberRequest.byUserId(bob.id(), "member"));
		Member byEmail = client(owner).addMember(organizationId,
				AddMemberRequest.byEmail(carol.email().toUpperCase(), "admin"));

		assertThat(byId.userId()).isEqualTo(bob.id());
		assertThat(byId.email()).isEqualTo(bob.email());
		assertThat(byId.name()).isEqualTo("Bob");
		assertThat(byId.organizationId()).isEqualTo(organizationId);
		assertThat(byEmail.userId()).isEqualTo(carol.id());
		assertThat(byEmail.role()).isEqualTo("admin");
		assertThat(storedRole(organizationId, carol.id())).isEqualTo("admin");
		assertThat(memberRows(organizationId)).isEqualTo(3);
	}

	@Test
	void addMemberRejectsUnknownUsersDuplicatesAndBadRequests() {
		OrganizationUser owner = user("Owner");
		OrganizationUser bob = user("Bob");
		UUID organizationId = organizationOf(owner);
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(bob.id(), "member"));
		OrganizationClient client = client(owner);

		assertFails(OrganizationErrorCode.USER_NOT_FOUND,
				() -> client.addMember(organizationId, AddMemberRequest.byUserId("nobody", "member")));
		assertFails(OrganizationErrorCode.USER_NOT_FOUND,
				() -> client.addMember(organizationId, AddMemberRequest.byEmail("nobody@example.com", "member")));
		assertFails(OrganizationErrorCode.ALREADY_MEMBER,
				() -> client.addMember(organizationId, AddMemberRequest.byUserId(bob.id(), "admin")));
		assertFails(OrganizationErrorCode.ALREADY_MEMBER,
				() -> client.addMember(organizationId, AddMemberRequest.byEmail(bob.email().toUpperCase(), "member")));
		assertInvalid("role",
				() -> client.addMember(organizationId, AddMemberRequest.byUserId(user("Carol").id(), "superuser")));
		assertInvalid("role",
				() -> client.addMember(organizationId, AddMemberRequest.byUserId(user("Carol").id(), " , ")));
		assertInvalid("userId",
				() -> client.addMember(organizationId, new AddMemberRequest(null, null, "member", null)));
		assertInvalid("email",
				() -> client.addMember(organizationId, AddMemberRequest.byEmail("not-an-email", "member")));

		assertThat(memberRows(organizationId)).isEqualTo(2);
		assertThat(storedRole(organizationId, bob.id())).isEqualTo("member");
	}

	@Test
	void addMemberNeedsThePermissionAndOnlyOwnersGrantOwner() {
		OrganizationUser owner = user("Owner");
		OrganizationUser admin = user("Admin");
		OrganizationUser member = user("Member");
		UUID organizationId = organizationOf(owner);
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(admin.id(), "admin"));
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(member.id(), "member"));

		assertFails(OrganizationErrorCode.FORBIDDEN,
				() -> client(member).addMember(organizationId, AddMemberRequest.byUserId(user("Eve").id(), "member")));
		assertFails(OrganizationErrorCode.FORBIDDEN,
				() -> client(admin).addMember(organizationId, AddMemberRequest.byUserId(user("Eve").id(), "owner")));
		assertFails(OrganizationErrorCode.FORBIDDEN, () -> client(admin).addMember(organizationId,
				AddMemberRequest.byUserId(user("Eve").id(), "admin,owner")));
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, () -> client(user("Mallory"))
			.addMember(organizationId, AddMemberRequest.byUserId(user("Eve").id(), "member")));
		assertThat(memberRows(organizationId)).isEqualTo(3);

		OrganizationUser secondAdmin = user("Frank");
		assertThat(client(admin).addMember(organizationId, AddMemberRequest.byUserId(secondAdmin.id(), "admin")).role())
			.isEqualTo("admin");
		OrganizationUser secondOwner = user("Grace");
		assertThat(client(owner).addMember(organizationId, AddMemberRequest.byUserId(secondOwner.id(), "owner")).role())
			.isEqualTo("owner");
		assertThat(memberRows(organizationId)).isEqualTo(5);
	}

	@Test
	void rolesOfEveryShapeAreNormalized() {
		OrganizationUser owner = user("Owner");
		UUID organizationId = organizationOf(owner);
		OrganizationClient client = client(owner);

		List<Object> shapes = List.of("Admin, member", " MEMBER ,admin,admin", List.of("member", "ADMIN"),
				List.of(AppRole.MEMBER, AppRole.ADMIN), new String[] { "admin", "member" });
		for (Object shape : shapes) {
			OrganizationUser user = user("U");
			Member added = client.addMember(organizationId, AddMemberRequest.byUserId(user.id(), shape));
			assertThat(added.role()).as("role given as %s", shape).isEqualTo("admin,member");
			assertThat(storedRole(organizationId, user.id())).isEqualTo("admin,member");
		}
		OrganizationUser single = user("Single");
		assertThat(client.addMember(organizationId, AddMemberRequest.byUserId(single.id(), AppRole.ADMIN)).role())
			.isEqualTo("admin");
	}

	@Test
	void removeMemberByIdOrByEmail() {
		OrganizationUser owner = user("Owner");
		OrganizationUser bob = user("Bob");
		OrganizationUser carol = user("Carol");
		UUID organizationId = organizationOf(owner);
		Member bobMember = client(owner).addMember(organizationId, AddMemberRequest.byUserId(bob.id(), "member"));
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(carol.id(), "member"));

		client(owner).removeMember(organizationId, bobMember.id().toString());
		client(owner).removeMember(organizationId, carol.email().toUpperCase());

		assertThat(client(owner).members(organizationId, 0, 10).items()).extracting(Member::userId)
			.containsExactly(owner.id());
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, () -> client(bob).details(organizationId));
		assertFails(OrganizationErrorCode.MEMBER_NOT_FOUND,
				() -> client(owner).removeMember(organizationId, bobMember.id().toString()));
		assertFails(OrganizationErrorCode.MEMBER_NOT_FOUND,
				() -> client(owner).removeMember(organizationId, UUID.randomUUID().toString()));
		assertFails(OrganizationErrorCode.MEMBER_NOT_FOUND,
				() -> client(owner).removeMember(organizationId, "nobody@example.com"));
	}

	@Test
	void removeMemberProtectsOwners() {
		OrganizationUser owner = user("Owner");
		OrganizationUser admin = user("Admin");
		OrganizationUser member = user("Member");
		UUID organizationId = organizationOf(owner);
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(admin.id(), "admin"));
		Member memberMember = client(owner).addMember(organizationId, AddMemberRequest.byUserId(member.id(), "member"));
		UUID ownerMemberId = memberIdOf(organizationId, owner);

		assertFails(OrganizationErrorCode.FORBIDDEN,
				() -> client(admin).removeMember(organizationId, ownerMemberId.toString()));
		assertFails(OrganizationErrorCode.FORBIDDEN, () -> client(admin).removeMember(organizationId, owner.email()));
		assertFails(OrganizationErrorCode.FORBIDDEN, () -> client(member).removeMember(organizationId, admin.email()));
		assertFails(OrganizationErrorCode.LAST_OWNER,
				() -> client(owner).removeMember(organizationId, ownerMemberId.toString()));
		assertThat(memberRows(organizationId)).isEqualTo(3);

		client(admin).removeMember(organizationId, memberMember.id().toString());
		assertThat(memberRows(organizationId)).isEqualTo(2);
	}

	@Test
	void updateMemberRoleKeepsOwnersSafe() {
		OrganizationUser owner = user("Owner");
		OrganizationUser admin = user("Admin");
		OrganizationUser member = user("Member");
		UUID organizationId = organizationOf(owner);
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(admin.id(), "admin"));
		Member memberMember = client(owner).addMember(organizationId, AddMemberRequest.byUserId(member.id(), "member"));
		UUID ownerMemberId = memberIdOf(organizationId, owner);

		assertFails(OrganizationErrorCode.FORBIDDEN,
				() -> client(admin).updateMemberRole(organizationId, ownerMemberId, "member"));
		assertFails(OrganizationErrorCode.FORBIDDEN,
				() -> client(admin).updateMemberRole(organizationId, memberMember.id(), "owner"));
		assertFails(OrganizationErrorCode.FORBIDDEN,
				() -> client(member).updateMemberRole(organizationId, memberMember.id(), "admin"));
		assertFails(OrganizationErrorCode.LAST_OWNER,
				() -> client(owner).updateMemberRole(organizationId, ownerMemberId, "admin"));
		assertFails(OrganizationErrorCode.MEMBER_NOT_FOUND,
				() -> client(owner).updateMemberRole(organizationId, UUID.randomUUID(), "admin"));
		assertInvalid("role", () -> client(owner).updateMemberRole(organizationId, memberMember.id(), "boss"));
		assertThat(storedRole(organizationId, owner.id())).isEqualTo("owner");
		assertThat(storedRole(organizationId, member.id())).isEqualTo("member");

		assertThat(client(admin).updateMemberRole(organizationId, memberMember.id(), List.of("Admin", "member")).role())
			.isEqualTo("admin,member");
		assertThat(client(owner).updateMemberRole(organizationId, memberMember.id(), "owner").role())
			.isEqualTo("owner");
		// with two owners, the first one can step down
		Member steppedDown = client(owner).updateMemberRole(organizationId, ownerMemberId, "admin");
		assertThat(steppedDown.role()).isEqualTo("admin");
		assertThat(storedRole(organizationId, owner.id())).isEqualTo("admin");
		assertFails(OrganizationErrorCode.LAST_OWNER,
				() -> client(member).updateMemberRole(organizationId, memberMember.id(), "member"));
		assertThat(storedRole(organizationId, member.id())).isEqualTo("owner");
	}

	@Test
	void leaveKeepsTheLastOwner() {
		OrganizationUser owner = user("Owner");
		OrganizationUser member = user("Member");
		UUID organizationId = organizationOf(owner);
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(member.id(), "member"));

		assertFails(OrganizationErrorCode.LAST_OWNER, () -> client(owner).leave(organizationId));
		assertThat(memberRows(organizationId)).isEqualTo(2);

		client(member).leave(organizationId);
		assertThat(memberRows(organizationId)).isEqualTo(1);
		assertThat(client(member).forIndividual()).isEmpty();
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, () -> client(member).leave(organizationId));
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, () -> client(user("Mallory")).leave(organizationId));
		assertFails(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, () -> client(owner).leave(UUID.randomUUID()));

		OrganizationUser secondOwner = user("Second");
		client(owner).addMember(organizationId, AddMemberRequest.byUserId(secondOwner.id(), "owner"));
		client(owner).leave(organizationId);
		assertThat(client(secondOwner).members(organizationId, 0, 10).items()).extracting(Member::userId)
			.containsExactly(secondOwner.id());
	}

	@Test
	void anOwnerRoleCombinedWithOthersCountsAsOwner() {
		OrganizationUser owner = user("Owner");
		OrganizationUser coOwner = user("CoOwner");
		UUID organizationId = organizationOf(owner);
		Member coOwnerMember = client(owner).addMember(organizationId,
				AddMemberRequest.byUserId(coOwner.id(), List.of("owner", "admin")));
		assertThat(coOwnerMember.role()).isEqualTo("admin,owner");

		client(owner).leave(organizationId);

		assertFails(OrganizationErrorCode.LAST_OWNER, () -> client(coOwner).leave(organizationId));
		assertFails(OrganizationErrorCode.LAST_OWNER,
				() -> client(coOwner).updateMemberRole(organizationId, coOwnerMember.id(), "admin"));
		assertThat(client(coOwner).updateMemberRole(organizationId, coOwnerMember.id(), "owner").role())
			.isEqualTo("owner");
		assertThat(memberRows(organizationId)).isEqualTo(1);
	}

	@Test
	void updateMayRepeatTheOrganizationsOwnSlug() {
		OrganizationUser owner = user("Owner");
		String slug = "own-" + UUID.randomUUID().toString().substring(0, 8);
		UUID organizationId = client(owner).create(new CreateOrganizationRequest("Own", slug, null, null, null)).id();

		Organization updated = client(owner).update(organizationId,
				new UpdateOrganizationRequest("Own renamed", slug, null, null, null));

		assertThat(updated.slug()).isEqualTo(slug);
		assertThat(client(owner).detailsBySlug(slug).name()).isEqualTo("Own renamed");
	}

	@Test
	void anAnonymousCallerIsUnauthenticated() {
		OrganizationUser owner = user("Owner");
		UUID organizationId = organizationOf(owner);
		OrganizationClient anonymous = TestClients.anonymous(this.beans);

		assertFails(OrganizationErrorCode.UNAUTHENTICATED,
				() -> anonymous.create(CreateOrganizationRequest.named("X")));
		assertFails(OrganizationErrorCode.UNAUTHENTICATED, anonymous::forIndividual);
		assertFails(OrganizationErrorCode.UNAUTHENTICATED, () -> anonymous.details(organizationId));
		assertFails(OrganizationErrorCode.UNAUTHENTICATED, () -> anonymous.members(organizationId, 0, 10));
		assertFails(OrganizationErrorCode.UNAUTHENTICATED, () -> anonymous.delete(organizationId));
		assertFails(OrganizationErrorCode.UNAUTHENTICATED, anonymous::individualInvitations);
		assertThat(memberRows(organizationId)).isEqualTo(1);
	}

	private UUID memberIdOf(UUID organizationId, OrganizationUser user) {
		return client(user).members(organizationId, 0, 200)
			.items()
			.stream()
			.filter((member) -> member.userId().equals(user.id()))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Nested
	@TestPropertySource(properties = "belgie.organization.allow-user-to-create-organization=false")
	class CreationDisabled extends ClientTestSupport {

		@Test
		void usersCannotCreateOrganizations() {
			OrganizationUser alice = user("Alice");

			assertFails(OrganizationErrorCode.ORGANIZATION_CREATION_DISABLED,
					() -> client(alice).create(CreateOrganizationRequest.named("Nope")));
			assertThat(client(alice).forIndividual()).isEmpty();
			// jobs can still provision organizations through the service
			assertThat(this.service.asSystem(alice).create(CreateOrganizationRequest.named("Provisioned")).name())
				.isEqualTo("Provisioned");
			assertThat(client(alice).forIndividual()).extracting(OrganizationSummary::role).containsExactly("owner");
		}

	}

	@Nested
	@TestPropertySource(properties = { ORGANIZATION_LIMIT, MEMBERSHIP_LIMIT, INVITATION_LIMIT })
	class Limits extends ClientTestSupport {

		@Test
		void organizationLimitCountsTheUsersOrganizations() {
			OrganizationUser alice = user("Alice");
			organizationOf(alice);
			organizationOf(alice);

			assertFails(OrganizationErrorCode.ORGANIZATION_LIMIT_REACHED,
					() -> client(alice).create(CreateOrganizationRequest.named("Third")));
			assertThat(client(alice).forIndividual()).hasSize(2);
		}

		@Test
		void membershipLimitBoundsAddMember() {
			OrganizationUser owner = user("Owner");
			UUID organizationId = organizationOf(owner);
			client(owner).addMember(organizationId, AddMemberRequest.byUserId(user("B").id(), "member"));
			client(owner).addMember(organizationId, AddMemberRequest.byUserId(user("C").id(), "member"));

			OrganizationUser fourth = user("D");
			assertFails(OrganizationErrorCode.MEMBERSHIP_LIMIT_REACHED,
					() -> client(owner).addMember(organizationId, AddMemberRequest.byUserId(fourth.id(), "member")));
			assertThat(memberRows(organizationId)).isEqualTo(3);
			assertThat(client(fourth).forIndividual()).isEmpty();
		}

	}

	@Nested
	@TestPropertySource(properties = { "belgie.organization.roles.billing=organization:delete",
			"belgie.organization.roles.inviter=invitation:create" })
	class CustomRoles extends ClientTestSupport {

		@Test
		void aMemberGrantsOnlyRolesWhosePermissionsItHolds() {
			OrganizationUser owner = user("Owner");
			OrganizationUser admin = user("Admin");
			UUID organizationId = organizationOf(owner);
			client(owner).addMember(organizationId, AddMemberRequest.byUserId(admin.id(), "admin"));
			OrganizationUser accountant = user("Accountant");

			assertFails(OrganizationErrorCode.FORBIDDEN, () -> client(admin).addMember(organizationId,
					AddMemberRequest.byUserId(accountant.id(), "billing")));
			assertThat(memberRows(organizationId)).isEqualTo(2);
			assertThat(client(owner).addMember(organizationId, AddMemberRequest.byUserId(accountant.id(), "billing"))
				.role()).isEqualTo("billing");
			// the custom role's permission is honoured: billing may delete, admin may not
			assertFails(OrganizationErrorCode.FORBIDDEN, () -> client(admin).delete(organizationId));
			client(accountant).delete(organizationId);
			assertThat(memberRows(organizationId)).isZero();
		}

		@Test
		void aRoleWithOnlyInvitationCreateInvitesButDoesNotEscalate() {
			OrganizationUser owner = user("Owner");
			OrganizationUser inviter = user("Inviter");
			UUID organizationId = organizationOf(owner);
			client(owner).addMember(organizationId, AddMemberRequest.byUserId(inviter.id(), "inviter"));

			assertThat(client(inviter).invite(organizationId, InvitationRequest.of("new@example.com", "member"))
				.invitation()
				.role()).isEqualTo("member");
			assertFails(OrganizationErrorCode.FORBIDDEN,
					() -> client(inviter).invite(organizationId, InvitationRequest.of("boss@example.com", "admin")));
			assertFails(OrganizationErrorCode.FORBIDDEN, () -> client(inviter).addMember(organizationId,
					AddMemberRequest.byUserId(user("Eve").id(), "member")));
			assertThat(invitationRows(organizationId)).isEqualTo(1);
		}

	}

}
