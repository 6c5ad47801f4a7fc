package dev.belgie.organization.internal;

import dev.belgie.organization.OrganizationAccess;
import dev.belgie.organization.membership.Membership;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.belgie.organization.Actor;
import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.audit.AuditLog;
import dev.belgie.organization.audit.AuditTarget;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;

/**
 * The access check of every organization-scoped operation.
 * <p>
 * A change first reads the actor's membership with no lock, in a statement of its own: a
 * non-member is refused before anything is locked, so the answer and its time do not
 * depend on whether the organization exists or is busy. Then the change's transaction
 * locks the organization's row and reads the membership again (the role may have changed
 * meanwhile): on MariaDB's repeatable read, the lock comes before the first plain read,
 * so every read after it sees every change committed before it.
 */
public final class Access implements OrganizationAccess {

	private final OrganizationRepository organizations;

	private final MemberRepository members;

	private final RolePolicy rolePolicy;

	private final Transactions transactions;

	private final Reads reads;

	private final AuditLog auditLog;

	public Access(OrganizationRepository organizations, MemberRepository members, RolePolicy rolePolicy,
			Transactions transactions, Reads reads, AuditLog auditLog) {
		this.auditLog = auditLog;
		this.organizations = organizations;
		this.members = members;
		this.rolePolicy = rolePolicy;
		this.transactions = transactions;
		this.reads = reads;
	}

	/**
	 * What a checked operation works on: the organization's row and the actor's
	 * membership.
	 */
	public record Scope(OrganizationEntity organization, Membership membership) {

		public UUID organizationId() {
			return this.organization.getId();
		}

	}

	@Override
	public Optional<Membership> membership(Actor actor, UUID organizationId) {
		if (actor instanceof Actor.UserActor user) {
			return this.reads.membership(organizationId, user.user().id());
		}
		return this.transactions.read(() -> find(actor, organizationId).map(Scope::membership));
	}

	/** A user's membership in an organization, read with no lock in one indexed query. */
	public Optional<Membership> membership(UUID organizationId, String userId) {
		return this.reads.membership(organizationId, userId);
	}

	@Override
	public <T> T read(Actor actor, UUID organizationId, Function<Membership, T> work) {
		return readScope(actor, organizationId, (scope) -> work.apply(scope.membership()));
	}

	@Override
	public <T> T write(Actor actor, UUID organizationId, String permission, Function<Membership, T> work) {
		return writeScope(actor, organizationId, permission, (scope) -> work.apply(scope.membership()));
	}

	/**
	 * Runs {@code work} for any member of the organization, in a read-only transaction.
	 */
	public <T> T readScope(Actor actor, UUID organizationId, Function<Scope, T> work) {
		return this.transactions
			.read(() -> work.apply(find(actor, organizationId).orElseThrow(Access::organizationNotFound)));
	}

	/**
	 * Runs {@code work} for any member of the organization found by slug, in a read-only
	 * transaction.
	 */
	public <T> T readScopeBySlug(Actor actor, String slug, Function<Scope, T> work) {
		return this.transactions.read(() -> {
			Optional<Scope> scope = (actor instanceof Actor.UserActor user)
					? this.members.findMembershipBySlug(slug, user.user().id()).map(this::scope)
					: this.organizations.findBySlug(slug)
						.map((organization) -> new Scope(organization, Membership.system(organization.getId())));
			return work.apply(scope.orElseThrow(Access::organizationNotFound));
		});
	}

	/**
	 * Checks, locks, checks again and runs {@code work} in one transaction; see the class
	 * comment.
	 */
	public <T> T writeScope(Actor actor, UUID organizationId, String permission, Function<Scope, T> work) {
		if (actor instanceof Actor.UserActor) {
			// one indexed row in auto-commit: no transaction, session or entity for a
			// check that locks nothing
			Membership before = membership(actor, organizationId).orElseThrow(Access::organizationNotFound);
			check(before, permission);
		}
		return this.transactions.write(() -> {
			OrganizationEntity organization = lock(organizationId);
			Scope scope = (actor instanceof Actor.UserActor)
					? find(actor, organizationId).orElseThrow(Access::organizationNotFound)
					: new Scope(organization, Membership.system(organizationId));
			check(scope.membership(), permission);
			return work.apply(scope);
		});
	}

	/**
	 * Records a change in the audit log, in the change's own transaction: every operation
	 * calls it as the last step of its work, after every check that may refuse it, so a
	 * refused change records nothing and a change that rolls back takes its entry with
	 * it.
	 */
	public void record(Actor actor, UUID organizationId, String action, AuditTarget target, Map<String, ?> details) {
		this.auditLog.record(actor, organizationId, action, target, details);
	}

	/** The audit log, for reads. */
	public AuditLog auditLog() {
		return this.auditLog;
	}

	/** Locks an organization's row, in the caller's transaction. */
	public OrganizationEntity lock(UUID organizationId) {
		return this.organizations.lockById(organizationId).orElseThrow(Access::organizationNotFound);
	}

	/**
	 * The membership of the user acting in an organization found (not locked) by the
	 * caller.
	 */
	public Membership membershipOf(MemberEntity member) {
		return this.rolePolicy.membership(member.getOrganizationId(), member.getId(), member.getUserId(),
				member.getRole());
	}

	public static OrganizationException organizationNotFound() {
		return new OrganizationException(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, "No such organization.");
	}

	private Optional<Scope> find(Actor actor, UUID organizationId) {
		if (actor instanceof Actor.UserActor user) {
			return this.members.findMembership(organizationId, user.user().id()).map(this::scope);
		}
		return this.organizations.findById(organizationId)
			.map((organization) -> new Scope(organization, Membership.system(organizationId)));
	}

	private Scope scope(MemberEntity member) {
		return new Scope(member.getOrganization(), membershipOf(member));
	}

	private static void check(Membership membership, String permission) {
		if (permission != null && !membership.can(permission)) {
			throw OrganizationAccess.forbidden(permission);
		}
	}

}
