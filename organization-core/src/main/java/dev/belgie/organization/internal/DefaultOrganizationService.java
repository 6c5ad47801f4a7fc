package dev.belgie.organization.internal;

import java.util.Objects;
import dev.belgie.organization.audit.AuditPage;
import dev.belgie.organization.audit.AuditQuery;
import java.util.UUID;
import java.util.function.Supplier;

import dev.belgie.organization.Actor;
import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.spi.OrganizationUser;

/**
 * The one implementation of {@link OrganizationService}, over core's operations: every
 * client it hands out is an {@link ActorOrganizationClient}. Not final, so that it can be
 * wrapped in a class-based proxy (observations). Built by
 * {@link dev.belgie.organization.assembly.OrganizationAssembly}; not API.
 */
public class DefaultOrganizationService implements OrganizationService {

	private static final Actor SYSTEM = Actor.system();

	private final OrganizationOperations organizations;

	private final MembershipOperations memberships;

	private final InvitationOperations invitations;

	private final RolePolicy rolePolicy;

	private final OrganizationClient system;

	public DefaultOrganizationService(OrganizationOperations organizations, MembershipOperations memberships,
			InvitationOperations invitations, RolePolicy rolePolicy) {
		this.organizations = organizations;
		this.memberships = memberships;
		this.invitations = invitations;
		this.rolePolicy = rolePolicy;
		this.system = new ActorOrganizationClient(organizations, memberships, invitations, () -> SYSTEM, null);
	}

	@Override
	public RolePolicy rolePolicy() {
		return this.rolePolicy;
	}

	@Override
	public OrganizationClient asSystem() {
		return this.system;
	}

	@Override
	public OrganizationClient asSystem(OrganizationUser user) {
		return new ActorOrganizationClient(this.organizations, this.memberships, this.invitations, () -> SYSTEM,
				Objects.requireNonNull(user, "user"));
	}

	@Override
	public OrganizationClient client(Supplier<? extends Actor> actor) {
		return new ActorOrganizationClient(this.organizations, this.memberships, this.invitations, actor, null);
	}

	@Override
	public Member addMember(UUID organizationId, OrganizationUser user, Object role, UUID teamId) {
		return this.memberships.add(SYSTEM, organizationId, user, role, teamId);
	}

	@Override
	public Invitation invitationByLink(UUID invitationId, String token) {
		return this.invitations.invitationByLink(invitationId, token);
	}

	@Override
	public AuditPage auditLog(UUID organizationId, AuditQuery query) {
		return this.organizations.auditLog(SYSTEM, organizationId, query);
	}

}
