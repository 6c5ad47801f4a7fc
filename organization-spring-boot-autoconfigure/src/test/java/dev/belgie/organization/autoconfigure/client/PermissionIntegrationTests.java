package dev.belgie.organization.autoconfigure.client;

import dev.belgie.organization.membership.AddMemberRequest;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.membership.Membership;
import dev.belgie.organization.membership.OwnershipTransferredEvent;
import dev.belgie.organization.organization.OrganizationDeletingEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.autoconfigure.permission.UngrantedPermissionReporter;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.spi.OrganizationUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One permission check everywhere: through the client, through the service for any user,
 * and through {@code @PreAuthorize} with the {@code @organizations} bean (method security
 * on), for the built-in roles and two custom ones declared in properties; ownership
 * transfer and the cascade flag of deletion.
 */
@TestPropertySource(properties = { "belgie.organization.roles.editor=project:create,project:delete",
		"belgie.organization.roles.viewer=project:read",
		"belgie.organization.extra-permissions.member=project:export" })
@Import(PermissionIntegrationTests.Guarded.class)
@ExtendWith(OutputCaptureExtension.class)
class PermissionIntegrationTests extends ClientTestSupport {

	/** role -> whether it holds project:create, member:create, organization:delete. */
	private static final Map<String, List<Boolean>> MATRIX = Map.of("owner", List.of(false, true, true), "admin",
			List.of(false, true, false), "member", List.of(false, false, false), "editor", List.of(true, false, false),
			"viewer", List.of(false, false, false));

	private static final List<String> ACTIONS = List.of("project:create", "member:create", "organization:delete");

	@Autowired
	private GuardedProjects guarded;

	@Autowired
	private Transfers transfers;

	@Autowired
	private ListableBeanFactory beanFactory;

	@Autowired
	private RolePolicy rolePolicy;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void permissionMatrixThroughTheClientTheServiceAndPreAuthorize() {
		OrganizationUser owner = user("Owner");
		UUID organizationId = organizationOf(owner);
		MATRIX.forEach((role, expected) -> {
			OrganizationUser user = "owner".equals(role) ? owner : user(role);
			if (!"owner".equals(role)) {
				client(owner).addMember(organizationId, new AddMemberRequest(user.id(), null, role, null));
			}
			OrganizationClient client = client(user);
			Membership membership = client.membership(organizationId);
			assertThat(membership.role()).isEqualTo(role);
			for (int i = 0; i < ACTIONS.size(); i++) {
				String permission = ACTIONS.get(i);
				boolean allowed = expected.get(i);
				String what = role + " " + permission;
				assertThat(client.can(organizationId, permission)).as(what).isEqualTo(allowed);
				assertThat(membership.can(permission)).as(what).isEqualTo(allowed);
				assertThat(this.service.onBehalfOf(user.id()).can(organizationId, permission)).as(what)
					.isEqualTo(allowed);
				signIn(user);
				if (allowed) {
					assertThat(client.require(organizationId, permission).memberId()).isEqualTo(membership.memberId());
					assertThat(this.guarded.require(organizationId, permission)).as(what).isEqualTo("done");
					assertThat(this.guarded.can(organizationId, permission)).as(what).isEqualTo("done");
				}
				else {
					assertForbidden(() -> client.require(organizationId, permission), permission);
					assertForbidden(() -> this.service.onBehalfOf(user.id()).require(organizationId, permission),
							permission);
					assertForbidden(() -> this.guarded.require(organizationId, permission), permission);
					assertThatExceptionOfType(AuthorizationDeniedException.class)
						.isThrownBy(() -> this.guarded.can(organizationId, permission));
				}
			}
		});
	}

	@Test
	void aPermissionAddedToABuiltInRoleIsHeldEverywhereWithTheRolesOwn() {
		OrganizationUser owner = user("Owner");
		OrganizationUser member = user("Member");
		UUID organizationId = organizationOf(owner);
		client(owner).addMember(organizationId, new AddMemberRequest(member.id(), null, "member", null));
		assertThat(client(member).can(organizationId, "project:export")).isTrue();
		assertThat(this.service.onBehalfOf(member.id()).require(organizationId, "project:export").role())
			.isEqualTo("member");
		assertThat(client(member).can(organizationId, "member:create")).isFalse();
		assertThat(client(owner).can(organizationId, "project:export")).as("only the extended role").isFalse();
		signIn(member);
		assertThat(this.guarded.require(organizationId, "project:export")).isEqualTo("done");
	}

	@Test
	void aNonMemberIsToldTheOrganizationDoesNotExistEverywhere() {
		OrganizationUser owner = user("Owner");
		OrganizationUser stranger = user("Stranger");
		UUID organizationId = organizationOf(owner);
		for (UUID id : List.of(organizationId, UUID.randomUUID())) {
			assertThat(client(stranger).can(id, "member:create")).isFalse();
			assertNotFound(() -> this.service.onBehalfOf(stranger.id()).membership(id));
			assertNotFound(() -> client(stranger).require(id, "member:create"));
			assertNotFound(() -> client(stranger).membership(id));
			assertNotFound(() -> this.service.onBehalfOf(stranger.id()).require(id, "member:create"));
			signIn(stranger);
			assertNotFound(() -> this.guarded.require(id, "member:create"));
			assertNotFound(() -> this.guarded.can(id, "member:create"));
		}
	}

	@Test
	void aPermissionCheckedInCodeButGrantedByNoRoleIsReported(CapturedOutput output) {
		assertThat(UngrantedPermissionReporter.checkedPermissions(GuardedProjects.class))
			.containsExactlyInAnyOrder("project:archive");
		assertThat(UngrantedPermissionReporter.ungranted(List.of("project:archive", "project:create", "member:create"),
				this.rolePolicy))
			.containsExactly("project:archive");
		new UngrantedPermissionReporter(this.beanFactory, this.rolePolicy, List.of("billing:read"))
			.afterSingletonsInstantiated();
		assertThat(output).contains("WARN")
			.contains("'project:archive' is checked in code but no role grants it")
			.contains("'billing:read' is checked in code but no role grants it")
			.doesNotContain("'project:create' is checked");
	}

	@Test
	void anOwnerHandsOwnershipToAMemberAndKeepsAdmin() {
		OrganizationUser owner = user("Owner");
		OrganizationUser heir = user("Heir");
		UUID organizationId = organizationOf(owner);
		Member heirMember = client(owner).addMember(organizationId,
				new AddMemberRequest(heir.id(), null, "viewer", null));
		this.transfers.events.clear();

		List<Member> result = client(owner).transferOwnership(organizationId, heirMember.id());

		assertThat(result).extracting(Member::userId).containsExactly(heir.id(), owner.id());
		assertThat(result).extracting(Member::role).containsExactly("owner,viewer", "admin");
		assertThat(this.transfers.events).singleElement()
			.satisfies((event) -> assertThat(event.newOwner()).isEqualTo(result.get(0)))
			.satisfies((event) -> assertThat(event.previousOwner()).isEqualTo(result.get(1)));
		assertThat(client(owner).can(organizationId, "organization:delete")).isFalse();
		assertThat(client(heir).can(organizationId, "organization:delete")).isTrue();
		// no longer an owner: may not transfer again
		OrganizationException refused = org.junit.jupiter.api.Assertions.assertThrows(OrganizationException.class,
				() -> client(owner).transferOwnership(organizationId, heirMember.id()));
		assertThat(refused.getErrorCode()).isEqualTo(OrganizationErrorCode.FORBIDDEN);
	}

	@Test
	void theDeletingEventSaysWhetherTheCallerAskedForACascade() {
		OrganizationUser owner = user("Owner");
		UUID plain = organizationOf(owner);
		UUID cascaded = organizationOf(owner);
		this.transfers.deletions.clear();
		client(owner).delete(plain);
		this.service.asSystem().delete(cascaded, true);
		assertThat(this.transfers.deletions).extracting((event) -> event.organization().id() + ":" + event.cascade())
			.containsExactly(plain + ":false", cascaded + ":true");
	}

	private static void signIn(OrganizationUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.id(), null, List.of()));
	}

	private static void assertForbidden(Runnable call, String permission) {
		assertThatExceptionOfType(OrganizationException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(OrganizationErrorCode.FORBIDDEN))
			.withMessageContaining(permission);
	}

	private static void assertNotFound(Runnable call) {
		assertThatExceptionOfType(OrganizationException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(OrganizationErrorCode.ORGANIZATION_NOT_FOUND));
	}

	/**
	 * A bean of the application guarded with method security and the starter's
	 * {@code @organizations}.
	 */
	public static class GuardedProjects {

		@PreAuthorize("@organizations.require(#organizationId, #permission)")
		public String require(UUID organizationId, String permission) {
			return "done";
		}

		@PreAuthorize("@organizations.can(#organizationId, #permission)")
		public String can(UUID organizationId, String permission) {
			return "done";
		}

		@PreAuthorize("@organizations.require(#organizationId, 'project:archive')")
		public String archive(UUID organizationId) {
			return "archived";
		}

	}

	/** Records the events of transfers and deletions. */
	static class Transfers {

		final List<OwnershipTransferredEvent> events = new ArrayList<>();

		final List<OrganizationDeletingEvent> deletions = new ArrayList<>();

		@EventListener
		void transferred(OwnershipTransferredEvent event) {
			this.events.add(event);
		}

		@EventListener
		void deleting(OrganizationDeletingEvent event) {
			this.deletions.add(event);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableMethodSecurity
	static class Guarded {

		@Bean
		GuardedProjects guardedProjects() {
			return new GuardedProjects();
		}

		@Bean
		Transfers transfers() {
			return new Transfers();
		}

	}

}
