package dev.belgie.organization.internal;

import dev.belgie.organization.membership.Member;
import dev.belgie.organization.membership.MemberPage;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.Organization;
import dev.belgie.organization.organization.OrganizationCreatedEvent;
import dev.belgie.organization.organization.OrganizationDeletedEvent;
import dev.belgie.organization.organization.OrganizationDeletingEvent;
import dev.belgie.organization.organization.OrganizationDetails;
import dev.belgie.organization.organization.OrganizationSummary;
import dev.belgie.organization.organization.OrganizationUpdatedEvent;
import dev.belgie.organization.organization.SlugAvailability;
import dev.belgie.organization.organization.UpdateOrganizationRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.belgie.organization.Actor;
import dev.belgie.organization.OrganizationSettings;
import dev.belgie.organization.Permissions;
import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.Roles;
import dev.belgie.organization.audit.AuditActions;
import dev.belgie.organization.audit.AuditLog;
import dev.belgie.organization.audit.AuditPage;
import dev.belgie.organization.audit.AuditQuery;
import dev.belgie.organization.audit.AuditTarget;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.internal.Access;
import dev.belgie.organization.internal.Constraints;
import dev.belgie.organization.internal.InputValidator;
import dev.belgie.organization.internal.Inserts;
import dev.belgie.organization.internal.Invitations;
import dev.belgie.organization.internal.Memberships;
import dev.belgie.organization.internal.OrganizationEntity;
import dev.belgie.organization.internal.OrganizationRepository;
import dev.belgie.organization.internal.Pages;
import dev.belgie.organization.internal.Reads;
import dev.belgie.organization.internal.Records;
import dev.belgie.organization.internal.Slugs;
import dev.belgie.organization.internal.Transactions;
import dev.belgie.organization.internal.UserLockEntity;
import dev.belgie.organization.internal.UserLockRepository;
import dev.belgie.organization.internal.MemberRepository;
import dev.belgie.organization.spi.OrganizationCounter;
import dev.belgie.organization.spi.OrganizationUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Creating, reading, changing and deleting organizations. Each operation acts for an
 * {@link Actor}: it takes its locks in the documented order, checks the actor's access
 * right after, then works and publishes its event, in one transaction. Created by the
 * auto-configuration; applications use {@code OrganizationClient} or
 * {@code OrganizationService}.
 */
public final class OrganizationOperations {

	/**
	 * How many times a create with a derived slug tries again after another creation took
	 * it.
	 */
	private static final int DERIVED_SLUG_ATTEMPTS = 5;

	private final OrganizationRepository organizations;

	private final MemberRepository members;

	private final UserLockRepository userLocks;

	private final Access access;

	private final Memberships memberships;

	private final Invitations invitations;

	private final OrganizationSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Transactions transactions;

	private final Reads reads;

	private final Inserts inserts;

	public OrganizationOperations(OrganizationRepository organizations, MemberRepository members,
			UserLockRepository userLocks, Access access, Memberships memberships, Invitations invitations,
			RolePolicy rolePolicy, OrganizationSettings settings, ApplicationEventPublisher events, Clock clock,
			Transactions transactions, Reads reads, Inserts inserts) {
		for (String role : Roles.split(settings.creatorRole())) {
			if (!rolePolicy.isDefined(role)) {
				throw new IllegalArgumentException("The creator role '" + role + "' is not a defined role");
			}
		}
		this.organizations = organizations;
		this.members = members;
		this.userLocks = userLocks;
		this.access = access;
		this.memberships = memberships;
		this.invitations = invitations;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
		this.reads = reads;
		this.inserts = inserts;
	}

	/**
	 * Creates an organization with {@code creator} as its first member, holding the
	 * creator role. A user acting needs {@code allow-user-to-create-organization};
	 * {@code organization-limit} holds for every creator. A slug derived from the name is
	 * made unique, retrying when a concurrent creation takes it.
	 */
	public Organization create(Actor actor, OrganizationUser creator, CreateOrganizationRequest request) {
		if (actor instanceof Actor.UserActor && !this.settings.allowUserToCreateOrganization()) {
			throw new OrganizationException(OrganizationErrorCode.ORGANIZATION_CREATION_DISABLED,
					"Users may not create organizations.");
		}
		InputValidator input = new InputValidator();
		String name = input.name(request.name(), true);
		String slug = input.slug(request.slug());
		String logo = InputValidator.emptyToNull(input.logo(request.logo()));
		String domain = InputValidator.emptyToNull(input.domain(request.domain()));
		Map<String, Object> metadata = input.metadata(request.metadata());
		input.throwIfInvalid();
		Integer limit = this.settings.organizationLimit();
		if (limit != null) {
			ensureUserLock(creator.id());
		}
		if (slug != null) {
			return insert(actor, creator, limit, name, slug, logo, domain, metadata, false);
		}
		String base = Slugs.derive(name);
		for (int attempt = 1;; attempt++) {
			boolean last = attempt == DERIVED_SLUG_ATTEMPTS;
			try {
				return this.transactions.write(() -> {
					String free = last ? Slugs.randomSuffix(base) : freeSlug(base);
					return insertLocked(actor, creator, limit, name, free, logo, domain, metadata, true);
				});
			}
			catch (DerivedSlugTaken ex) {
				if (last) {
					throw slugTaken(ex.slug);
				}
			}
		}
	}

	public SlugAvailability checkSlug(String slug) {
		InputValidator input = new InputValidator();
		if (slug == null) {
			input.reject("slug", "must not be blank");
		}
		input.slug(slug);
		input.throwIfInvalid();
		return this.transactions.read(() -> new SlugAvailability(slug, !this.organizations.existsBySlug(slug)));
	}

	/**
	 * The organizations a user belongs to, with the user's role, each one's member count
	 * and what the {@link OrganizationCounter}s count: one statement (one more per
	 * counter that gives no SQL).
	 */
	public List<OrganizationSummary> forUser(String userId) {
		return this.reads.summaries(userId);
	}

	/**
	 * An organization with its first members and pending invitations: three statements
	 * (the organization with the actor's membership and its member count, a page of
	 * members, a page of invitations with their count).
	 */
	public OrganizationDetails details(Actor actor, UUID organizationId) {
		return detailsOf(this.reads.organization(actor, organizationId).orElseThrow(Access::organizationNotFound));
	}

	public OrganizationDetails detailsBySlug(Actor actor, String slug) {
		return detailsOf(this.reads.organizationBySlug(actor, slug).orElseThrow(Access::organizationNotFound));
	}

	public Organization update(Actor actor, UUID organizationId, UpdateOrganizationRequest request) {
		InputValidator input = new InputValidator();
		String name = input.name(request.name(), false);
		String slug = input.slug(request.slug());
		String logo = input.logo(request.logo());
		String domain = input.domain(request.domain());
		Map<String, Object> metadata = input.metadata(request.metadata());
		input.throwIfInvalid();
		return this.access.writeScope(actor, organizationId, Permissions.ORGANIZATION_UPDATE, (scope) -> {
			OrganizationEntity organization = scope.organization();
			Organization before = Records.organization(organization);
			if (slug != null && !slug.equals(organization.getSlug())) {
				if (this.organizations.existsBySlug(slug)) {
					throw slugTaken(slug);
				}
				organization.setSlug(slug);
			}
			if (name != null) {
				organization.setName(name);
			}
			if (logo != null) {
				organization.setLogo(InputValidator.emptyToNull(logo));
			}
			if (domain != null) {
				organization.setDomain(InputValidator.emptyToNull(domain));
			}
			if (metadata != null) {
				organization.setMetadata(metadata.isEmpty() ? null : metadata);
			}
			organization.setUpdatedAt(now());
			save(organization);
			Organization updated = Records.organization(organization);
			this.events.publishEvent(new OrganizationUpdatedEvent(updated));
			Map<String, Object> changes = changes(before, updated);
			if (!changes.isEmpty()) {
				this.access.record(actor, organizationId, AuditActions.ORGANIZATION_UPDATED,
						AuditTarget.of("organization", organizationId), changes);
			}
			return updated;
		});
	}

	/**
	 * Deletes an organization with its members and invitations, unless a listener vetoes
	 * it; with {@code cascade}, listeners are asked to delete the application's own rows
	 * of it in the same transaction.
	 */
	public void delete(Actor actor, UUID organizationId, boolean cascade) {
		this.access.writeScope(actor, organizationId, Permissions.ORGANIZATION_DELETE, (scope) -> {
			Organization deleted = Records.organization(scope.organization());
			OrganizationDeletingEvent deleting = new OrganizationDeletingEvent(deleted, cascade);
			this.events.publishEvent(deleting);
			if (deleting.isVetoed()) {
				throw new OrganizationException(OrganizationErrorCode.ORGANIZATION_DELETION_VETOED,
						deleting.vetoReason());
			}
			this.organizations.deleteOrganization(organizationId);
			this.events.publishEvent(new OrganizationDeletedEvent(deleted));
			this.access.record(actor, organizationId, AuditActions.ORGANIZATION_DELETED,
					AuditTarget.of("organization", organizationId),
					AuditLog.details("name", deleted.name(), "slug", deleted.slug(), "cascade", cascade));
			return null;
		});
	}

	/**
	 * A page of the organization's audit log, newest first: a user needs
	 * {@code audit:read} (one indexed query), the system reads any organization's log,
	 * also one deleted within the retention period. The page itself is one statement.
	 */
	public AuditPage auditLog(Actor actor, UUID organizationId, AuditQuery query) {
		Objects.requireNonNull(query, "query");
		if (actor instanceof Actor.UserActor) {
			this.access.require(actor, organizationId, Permissions.AUDIT_READ);
		}
		return this.access.auditLog().page(organizationId, query);
	}

	/**
	 * What an update changed, field by field: {@code {"name": {"before": .., "after":
	 * ..}}}.
	 */
	private static Map<String, Object> changes(Organization before, Organization after) {
		Map<String, Object> changes = new LinkedHashMap<>();
		change(changes, "name", before.name(), after.name());
		change(changes, "slug", before.slug(), after.slug());
		change(changes, "logo", before.logo(), after.logo());
		change(changes, "domain", before.domain(), after.domain());
		change(changes, "metadata", before.metadata(), after.metadata());
		return changes;
	}

	private static void change(Map<String, Object> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.put(field, AuditLog.change(before, after));
		}
	}

	private OrganizationDetails detailsOf(Reads.OrganizationRead read) {
		UUID id = read.organization().id();
		long memberCount = read.memberCount();
		MemberPage members = new MemberPage(this.reads.memberPage(id, 0, Pages.DETAILS_SIZE, memberCount), 0,
				Pages.DETAILS_SIZE, memberCount);
		return OrganizationDetails.of(read.organization(), members,
				this.invitations.pendingPage(id, 0, Pages.DETAILS_SIZE));
	}

	private Organization insert(Actor actor, OrganizationUser creator, Integer limit, String name, String slug,
			String logo, String domain, Map<String, Object> metadata, boolean derivedSlug) {
		return this.transactions
			.write(() -> insertLocked(actor, creator, limit, name, slug, logo, domain, metadata, derivedSlug));
	}

	/**
	 * Inserts the organization and its creator's membership, two plain statements
	 * (nothing to read back, so no entity). Under {@code organization-limit} the
	 * creator's lock row is locked first, so that one user's concurrent creations count
	 * memberships one at a time.
	 */
	private Organization insertLocked(Actor actor, OrganizationUser creator, Integer limit, String name, String slug,
			String logo, String domain, Map<String, Object> metadata, boolean derivedSlug) {
		if (limit != null) {
			this.userLocks.lock(creator.id());
			if (this.members.countByUserId(creator.id()) >= limit) {
				throw new OrganizationException(OrganizationErrorCode.ORGANIZATION_LIMIT_REACHED,
						"You already belong to " + limit + " organizations, the most allowed.");
			}
		}
		if (!derivedSlug && this.organizations.existsBySlug(slug)) {
			throw slugTaken(slug);
		}
		Instant now = now();
		Organization created;
		try {
			created = this.inserts.organization(name, slug, logo, metadata, domain, now);
		}
		catch (DataIntegrityViolationException ex) {
			if (!Constraints.violated(ex, Constraints.ORGANIZATION_SLUG)) {
				throw ex;
			}
			throw derivedSlug ? new DerivedSlugTaken(slug) : slugTaken(slug);
		}
		Member creatorMember = this.inserts.creator(created, creator, this.settings.creatorRole(), now);
		this.events.publishEvent(new OrganizationCreatedEvent(created, creatorMember));
		this.access.record(actor, created.id(), AuditActions.ORGANIZATION_CREATED,
				AuditTarget.of("organization", created.id()), AuditLog.details("name", name, "slug", slug, "creatorId",
						creator.id(), "creatorEmail", creator.email(), "role", creatorMember.role()));
		return created;
	}

	/**
	 * The derived slug itself when it is free (one lookup by the unique key, the common
	 * case), else the first free numbered candidate (one bounded {@code IN} query).
	 */
	private String freeSlug(String base) {
		if (!this.organizations.existsBySlug(base)) {
			return base;
		}
		List<String> candidates = Slugs.candidates(base);
		return Slugs.firstFree(candidates, this.organizations.findTakenSlugs(candidates));
	}

	/**
	 * Makes sure the creator has a lock row, in a transaction of its own (a duplicate
	 * insert aborts one on PostgreSQL).
	 */
	private void ensureUserLock(String userId) {
		if (this.transactions.read(() -> this.userLocks.existsById(userId))) {
			return;
		}
		try {
			this.transactions.separately(() -> this.userLocks.saveAndFlush(new UserLockEntity(userId)));
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent creation by the same user inserted it first
		}
	}

	private void save(OrganizationEntity organization) {
		try {
			this.organizations.saveAndFlush(organization);
		}
		catch (DataIntegrityViolationException ex) {
			if (Constraints.violated(ex, Constraints.ORGANIZATION_SLUG)) {
				throw slugTaken(organization.getSlug());
			}
			throw ex;
		}
	}

	private Instant now() {
		return Memberships.now(this.clock);
	}

	private static OrganizationException slugTaken(String slug) {
		return new OrganizationException(OrganizationErrorCode.ORGANIZATION_SLUG_TAKEN,
				"The slug '" + slug + "' is taken.");
	}

	/**
	 * A derived slug was taken by a concurrent creation: its transaction rolls back and
	 * the next try begins.
	 */
	private static final class DerivedSlugTaken extends RuntimeException {

		private final String slug;

		DerivedSlugTaken(String slug) {
			super(null, null, false, false);
			this.slug = slug;
		}

	}

}
