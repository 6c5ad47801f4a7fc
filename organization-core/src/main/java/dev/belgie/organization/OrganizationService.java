package dev.belgie.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.belgie.organization.domain.InvitationEntity;
import dev.belgie.organization.domain.MemberEntity;
import dev.belgie.organization.domain.OrganizationEntity;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.event.InvitationAcceptedEvent;
import dev.belgie.organization.event.InvitationClosedEvent;
import dev.belgie.organization.event.InvitationCreatedEvent;
import dev.belgie.organization.event.MemberAddedEvent;
import dev.belgie.organization.event.MemberRemovedEvent;
import dev.belgie.organization.event.MemberRoleUpdatedEvent;
import dev.belgie.organization.event.OrganizationCreatedEvent;
import dev.belgie.organization.event.OrganizationDeletedEvent;
import dev.belgie.organization.event.OrganizationDeletingEvent;
import dev.belgie.organization.event.OrganizationUpdatedEvent;
import dev.belgie.organization.repository.InvitationRepository;
import dev.belgie.organization.repository.MemberRepository;
import dev.belgie.organization.repository.OrganizationRepository;
import dev.belgie.organization.spi.MembershipLimit;
import dev.belgie.organization.spi.OrganizationUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Every organization operation, with no caller checks: for jobs, provisioning and admin tools. The
 * invariants that hold whoever calls (unique slugs and memberships, at least one owner, the limits) are
 * enforced here, in one transaction each. Controllers use {@link OrganizationClient}, which checks the
 * caller's permissions and then calls this service.
 * <p>
 * Concurrency: every change to an organization's members or invitations first locks the organization's
 * row, and every change to an invitation first locks the invitation's row, so that concurrent requests on
 * any number of application instances see each other's effects before checking an invariant.
 */
public class OrganizationService {

	/** How many members {@link #details(UUID)} returns. */
	public static final int DETAILS_MEMBERS = 100;

	/** The largest page {@link #members(UUID, int, int)} returns. */
	public static final int MAX_PAGE_SIZE = 200;

	private static final Sort MEMBER_ORDER = Sort.by("createdAt", "id");

	private final OrganizationRepository organizations;

	private final MemberRepository members;

	private final InvitationRepository invitations;

	private final RolePolicy rolePolicy;

	private final OrganizationSettings settings;

	private final List<MembershipLimit> membershipLimits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Transactions transactions;

	public OrganizationService(OrganizationRepository organizations, MemberRepository members,
			InvitationRepository invitations, RolePolicy rolePolicy, OrganizationSettings settings,
			List<MembershipLimit> membershipLimits, ApplicationEventPublisher events, Clock clock,
			Transactions transactions) {
		this.organizations = organizations;
		this.members = members;
		this.invitations = invitations;
		this.rolePolicy = rolePolicy;
		this.settings = settings;
		this.membershipLimits = List.copyOf(membershipLimits);
		this.events = events;
		this.clock = clock;
		this.transactions = transactions;
		for (String role : Roles.split(settings.creatorRole())) {
			if (!rolePolicy.isDefined(role)) {
				throw new IllegalArgumentException("The creator role '" + role + "' is not a defined role");
			}
		}
	}

	public RolePolicy rolePolicy() {
		return this.rolePolicy;
	}

	public OrganizationSettings settings() {
		return this.settings;
	}

	// Organizations

	/** Creates an organization; {@code creator} becomes its first member with the creator role. */
	public Organization create(CreateOrganizationRequest request, OrganizationUser creator) {
		return this.transactions.write(() -> {
			InputValidator input = new InputValidator();
			String name = input.name(request.name(), true);
			String slug = input.slug(request.slug());
			String logo = InputValidator.emptyToNull(input.logo(request.logo()));
			String domain = InputValidator.emptyToNull(input.domain(request.domain()));
			var metadata = input.metadata(request.metadata());
			input.throwIfInvalid();
			if (slug == null) {
				String base = Slugs.derive(name);
				slug = Slugs.firstFree(base, this.organizations.findSlugsLike(base));
			}
			else if (this.organizations.existsBySlug(slug)) {
				throw slugTaken(slug);
			}
			OrganizationEntity organization = new OrganizationEntity(name, slug, now());
			organization.setLogo(logo);
			organization.setDomain(domain);
			organization.setMetadata(metadata);
			insertOrganization(organization);
			MemberEntity creatorMember = this.members.save(new MemberEntity(organization, creator.id(), creator.email(),
					creator.name(), this.settings.creatorRole(), now()));
			Organization created = Organization.of(organization);
			this.events.publishEvent(new OrganizationCreatedEvent(created, Member.of(creatorMember)));
			return created;
		});
	}

	public SlugAvailability checkSlug(String slug) {
		return this.transactions.read(() -> {
			InputValidator input = new InputValidator();
			if (slug == null) {
				input.reject("slug", "must not be blank");
			}
			input.slug(slug);
			input.throwIfInvalid();
			return new SlugAvailability(slug, !this.organizations.existsBySlug(slug));
		});
	}

	/** The organizations a user belongs to, with the user's role and each one's member count: one query. */
	public List<OrganizationSummary> forUser(String userId) {
		return this.transactions.read(() -> this.members.findMembershipSummaries(userId).stream().map(OrganizationSummary::of).toList());
	}

	public OrganizationDetails details(UUID organizationId) {
		return this.transactions.read(() -> detailsOf(findOrganization(organizationId)));
	}

	public OrganizationDetails details(String slug) {
		return this.transactions.read(() -> detailsOf(this.organizations.findBySlug(slug).orElseThrow(() -> organizationNotFound())));
	}

	public Organization update(UUID organizationId, UpdateOrganizationRequest request) {
		return this.transactions.write(() -> applyUpdate(findOrganization(organizationId), request));
	}

	/** Deletes an organization with its members and invitations, unless a listener vetoes it. */
	public void delete(UUID organizationId) {
		this.transactions.write(() -> {
			deleteLocked(lockOrganization(organizationId));
		});
	}

	// Members

	public MemberPage members(UUID organizationId, int page, int size) {
		return this.transactions.read(() -> {
			checkPage(page, size);
			if (!this.organizations.existsById(organizationId)) {
				throw organizationNotFound();
			}
			return memberPage(organizationId, page, size);
		});
	}

	/** Adds a user to an organization with a role; the role is validated but anyone may be granted it. */
	public Member addMember(UUID organizationId, OrganizationUser user, Object role, UUID teamId) {
		return this.transactions.write(() -> {
			String normalized = this.rolePolicy.validate(role);
			return join(lockOrganization(organizationId), user, normalized, teamId);
		});
	}

	public Member updateMemberRole(UUID organizationId, UUID memberId, Object role) {
		return this.transactions.write(() -> {
			String normalized = this.rolePolicy.validate(role);
			lockOrganization(organizationId);
			return changeRole(findMember(organizationId, memberId), normalized);
		});
	}

	/** Removes a member, found by member id or by e-mail address. */
	public void removeMember(UUID organizationId, String memberIdOrEmail) {
		this.transactions.write(() -> {
			lockOrganization(organizationId);
			remove(findMember(organizationId, memberIdOrEmail));
		});
	}

	// Invitations

	public InvitationSent invite(UUID organizationId, InvitationRequest request, OrganizationUser inviter) {
		return this.transactions.write(() -> {
			String email = validEmail(request.email());
			String role = this.rolePolicy.validate(request.role());
			return inviteLocked(lockOrganization(organizationId), email, role, request, inviter);
		});
	}

	public AcceptedInvitation acceptInvitation(UUID invitationId, OrganizationUser user) {
		UUID organizationId = organizationOfInvitation(invitationId);
		return this.transactions.write(() -> accept(lockForAcceptance(organizationId, invitationId), user));
	}

	public Invitation rejectInvitation(UUID invitationId) {
		return this.transactions.write(() -> close(lockInvitation(invitationId), InvitationEntity.REJECTED));
	}

	public Invitation cancelInvitation(UUID organizationId, UUID invitationId) {
		return this.transactions.write(() -> {
			InvitationEntity invitation = lockInvitation(invitationId);
			if (!invitation.getOrganizationId().equals(organizationId)) {
				throw invitationNotFound();
			}
			return close(invitation, InvitationEntity.CANCELED);
		});
	}

	public Invitation invitation(UUID invitationId) {
		return this.transactions.read(() -> {
			return Invitation.of(this.invitations.findWithOrganization(invitationId).orElseThrow(() -> invitationNotFound()),
					now());
		});
	}

	/** The pending invitations of an organization, newest first. */
	public List<Invitation> invitations(UUID organizationId) {
		return this.transactions.read(() -> {
			if (!this.organizations.existsById(organizationId)) {
				throw organizationNotFound();
			}
			return pendingInvitations(organizationId);
		});
	}

	/** The pending invitations addressed to an e-mail address, newest first. */
	public List<Invitation> invitationsFor(String email) {
		return this.transactions.read(() -> {
			Instant now = now();
			return this.invitations.findPendingForEmail(email.trim().toLowerCase(Locale.ROOT), now)
				.stream()
				.map((invitation) -> Invitation.of(invitation, now))
				.toList();
		});
	}

	// The steps the client shares, on rows it has already found or locked

	OrganizationDetails detailsOf(OrganizationEntity organization) {
		return OrganizationDetails.of(Organization.of(organization),
				memberPage(organization.getId(), 0, DETAILS_MEMBERS), pendingInvitations(organization.getId()));
	}

	Organization applyUpdate(OrganizationEntity organization, UpdateOrganizationRequest request) {
		InputValidator input = new InputValidator();
		String name = input.name(request.name(), false);
		String slug = input.slug(request.slug());
		String logo = input.logo(request.logo());
		String domain = input.domain(request.domain());
		var metadata = input.metadata(request.metadata());
		input.throwIfInvalid();
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
		try {
			this.organizations.saveAndFlush(organization);
		}
		catch (DataIntegrityViolationException ex) {
			throw slugTaken(organization.getSlug());
		}
		Organization updated = Organization.of(organization);
		this.events.publishEvent(new OrganizationUpdatedEvent(updated));
		return updated;
	}

	void deleteLocked(OrganizationEntity organization) {
		Organization deleted = Organization.of(organization);
		OrganizationDeletingEvent deleting = new OrganizationDeletingEvent(deleted);
		this.events.publishEvent(deleting);
		if (deleting.isVetoed()) {
			throw new OrganizationException(OrganizationErrorCode.ORGANIZATION_DELETION_VETOED, deleting.vetoReason());
		}
		this.organizations.deleteOrganization(organization.getId());
		this.events.publishEvent(new OrganizationDeletedEvent(deleted));
	}

	MemberPage memberPage(UUID organizationId, int page, int size) {
		List<Member> items = this.members.findByOrganizationId(organizationId, PageRequest.of(page, size, MEMBER_ORDER))
			.stream()
			.map(Member::of)
			.toList();
		return new MemberPage(items, page, size, this.members.countByOrganizationId(organizationId));
	}

	/** Adds a user to a locked organization, within its limits. */
	Member join(OrganizationEntity organization, OrganizationUser user, String role, UUID teamId) {
		UUID organizationId = organization.getId();
		if (this.members.existsByOrganizationIdAndUserId(organizationId, user.id())) {
			throw new OrganizationException(OrganizationErrorCode.ALREADY_MEMBER, "The user is already a member.");
		}
		Integer limit = this.settings.membershipLimit();
		if (limit != null && this.members.countByOrganizationId(organizationId) >= limit) {
			throw new OrganizationException(OrganizationErrorCode.MEMBERSHIP_LIMIT_REACHED,
					"The organization has reached its limit of " + limit + " members.");
		}
		this.membershipLimits.forEach((membershipLimit) -> membershipLimit.checkCanJoin(organizationId, teamId));
		MemberEntity member = new MemberEntity(organization, user.id(), user.email(), user.name(), role, now());
		try {
			this.members.saveAndFlush(member);
		}
		catch (DataIntegrityViolationException ex) {
			throw new OrganizationException(OrganizationErrorCode.ALREADY_MEMBER, "The user is already a member.");
		}
		Member added = Member.of(member);
		this.events.publishEvent(new MemberAddedEvent(added, teamId));
		return added;
	}

	/** Changes a member's role in a locked organization, keeping at least one owner. */
	Member changeRole(MemberEntity member, String role) {
		String previous = member.getRole();
		if (Roles.includes(previous, Roles.OWNER) && !Roles.includes(role, Roles.OWNER)) {
			checkNotLastOwner(member);
		}
		member.setRole(role, now());
		this.members.saveAndFlush(member);
		Member updated = Member.of(member);
		this.events.publishEvent(new MemberRoleUpdatedEvent(updated, previous));
		return updated;
	}

	/** Removes a member from a locked organization, keeping at least one owner. */
	void remove(MemberEntity member) {
		if (Roles.includes(member.getRole(), Roles.OWNER)) {
			checkNotLastOwner(member);
		}
		this.members.delete(member);
		this.members.flush();
		this.events.publishEvent(new MemberRemovedEvent(Member.of(member)));
	}

	MemberEntity findMember(UUID organizationId, UUID memberId) {
		return this.members.findByIdAndOrganizationId(memberId, organizationId).orElseThrow(() -> memberNotFound());
	}

	MemberEntity findMember(UUID organizationId, String memberIdOrEmail) {
		UUID memberId = parseUuid(memberIdOrEmail);
		if (memberId != null) {
			return findMember(organizationId, memberId);
		}
		if (memberIdOrEmail == null || !memberIdOrEmail.contains("@")) {
			throw OrganizationException.invalid("memberIdOrEmail", "must be a member id or an e-mail address");
		}
		return this.members.findByOrganizationIdAndEmail(organizationId, memberIdOrEmail.trim().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> memberNotFound());
	}

	InvitationSent inviteLocked(OrganizationEntity organization, String email, String role, InvitationRequest request,
			OrganizationUser inviter) {
		UUID organizationId = organization.getId();
		Instant now = now();
		if (this.members.existsByOrganizationIdAndEmail(organizationId, email)) {
			throw new OrganizationException(OrganizationErrorCode.ALREADY_MEMBER,
					"The address belongs to a member of the organization.");
		}
		this.membershipLimits.forEach((membershipLimit) -> membershipLimit.checkCanJoin(organizationId, request.teamId()));
		Instant expiresAt = now.plus(this.settings.invitationExpiresIn());
		var pending = this.invitations.findPendingFor(organizationId, email, now);
		if (pending.isPresent()) {
			if (!request.isResend()) {
				throw new OrganizationException(OrganizationErrorCode.INVITATION_ALREADY_PENDING,
						"An invitation is already pending for this address; set resend to send it again.");
			}
			InvitationEntity invitation = pending.get();
			invitation.refresh(role, inviter.id(), request.teamId(), expiresAt, now);
			this.invitations.saveAndFlush(invitation);
			return published(invitation, inviter, true, now);
		}
		Integer limit = this.settings.invitationLimit();
		if (limit != null && this.invitations.countPending(organizationId, now) >= limit) {
			throw new OrganizationException(OrganizationErrorCode.INVITATION_LIMIT_REACHED,
					"The organization has reached its limit of " + limit + " pending invitations.");
		}
		InvitationEntity invitation = new InvitationEntity(organization, email, role, inviter.id(), request.teamId(),
				expiresAt, now);
		this.invitations.saveAndFlush(invitation);
		return published(invitation, inviter, false, now);
	}

	/**
	 * Accepts an invitation locked by {@link #lockForAcceptance}: its organization was locked before
	 * anything else was read, so that the membership limit is checked against every membership committed
	 * before (on MariaDB's repeatable read too, whose snapshot starts at the first plain read).
	 */
	AcceptedInvitation accept(InvitationEntity invitation, OrganizationUser user) {
		checkRecipient(invitation, user);
		checkPending(invitation);
		Member member = join(invitation.getOrganization(), user, invitation.getRole(), invitation.getTeamId());
		invitation.close(InvitationEntity.ACCEPTED, now());
		this.invitations.saveAndFlush(invitation);
		Invitation accepted = Invitation.of(invitation, now());
		this.events.publishEvent(new InvitationAcceptedEvent(accepted, member));
		return new AcceptedInvitation(accepted, member);
	}

	Invitation close(InvitationEntity invitation, String status) {
		checkPending(invitation);
		invitation.close(status, now());
		this.invitations.saveAndFlush(invitation);
		Invitation closed = Invitation.of(invitation, now());
		this.events.publishEvent(new InvitationClosedEvent(closed));
		return closed;
	}

	void checkRecipient(InvitationEntity invitation, OrganizationUser user) {
		if (user.email() == null || !user.email().equals(invitation.getEmail())) {
			throw new OrganizationException(OrganizationErrorCode.NOT_INVITATION_RECIPIENT,
					"The invitation is addressed to someone else.");
		}
	}

	/**
	 * The organization of an invitation, read in a transaction of its own before the one that accepts it:
	 * that one must lock the organization before anything else is read (see {@link #accept}).
	 */
	UUID organizationOfInvitation(UUID invitationId) {
		return this.transactions.read(() -> this.invitations.findById(invitationId)
			.map(InvitationEntity::getOrganizationId)
			.orElseThrow(() -> invitationNotFound()));
	}

	/**
	 * Locks the organization, then the invitation to accept: the organization first, as every change to
	 * its members or invitations does (invite, delete), or two such transactions deadlock.
	 */
	InvitationEntity lockForAcceptance(UUID organizationId, UUID invitationId) {
		this.organizations.lockById(organizationId).orElseThrow(() -> invitationNotFound());
		return lockInvitation(invitationId);
	}

	InvitationEntity lockInvitation(UUID invitationId) {
		return this.invitations.lockById(invitationId).orElseThrow(() -> invitationNotFound());
	}

	List<Invitation> pendingInvitations(UUID organizationId) {
		Instant now = now();
		return this.invitations.findPending(organizationId, now)
			.stream()
			.map((invitation) -> Invitation.of(invitation, now))
			.toList();
	}

	OrganizationEntity findOrganization(UUID organizationId) {
		return this.organizations.findById(organizationId).orElseThrow(() -> organizationNotFound());
	}

	OrganizationEntity lockOrganization(UUID organizationId) {
		return this.organizations.lockById(organizationId).orElseThrow(() -> organizationNotFound());
	}

	String validEmail(String email) {
		InputValidator input = new InputValidator();
		String cleaned = input.email("email", email);
		input.throwIfInvalid();
		return cleaned;
	}

	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static void checkPage(int page, int size) {
		InputValidator input = new InputValidator();
		if (page < 0) {
			input.reject("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			input.reject("size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
		input.throwIfInvalid();
	}

	static OrganizationException organizationNotFound() {
		return new OrganizationException(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, "No such organization.");
	}

	static OrganizationException memberNotFound() {
		return new OrganizationException(OrganizationErrorCode.MEMBER_NOT_FOUND, "No such member.");
	}

	static OrganizationException invitationNotFound() {
		return new OrganizationException(OrganizationErrorCode.INVITATION_NOT_FOUND, "No such invitation.");
	}

	private void checkPending(InvitationEntity invitation) {
		String status = invitation.statusAt(now());
		if (InvitationEntity.EXPIRED.equals(status)) {
			throw new OrganizationException(OrganizationErrorCode.INVITATION_EXPIRED, "The invitation has expired.");
		}
		if (!InvitationEntity.PENDING.equals(status)) {
			throw new OrganizationException(OrganizationErrorCode.INVITATION_NOT_PENDING,
					"The invitation is already " + status + ".");
		}
	}

	private void checkNotLastOwner(MemberEntity owner) {
		if (this.members.countOwners(owner.getOrganizationId()) <= 1) {
			throw new OrganizationException(OrganizationErrorCode.LAST_OWNER,
					"An organization must keep at least one owner.");
		}
	}

	private InvitationSent published(InvitationEntity invitation, OrganizationUser inviter, boolean resent,
			Instant now) {
		Invitation sent = Invitation.of(invitation, now);
		this.events.publishEvent(new InvitationCreatedEvent(sent, inviter, resent, InvitationTokens.newToken()));
		return new InvitationSent(sent, resent);
	}

	private void insertOrganization(OrganizationEntity organization) {
		try {
			this.organizations.saveAndFlush(organization);
		}
		catch (DataIntegrityViolationException ex) {
			throw slugTaken(organization.getSlug());
		}
	}

	private static OrganizationException slugTaken(String slug) {
		return new OrganizationException(OrganizationErrorCode.ORGANIZATION_SLUG_TAKEN,
				"The slug '" + slug + "' is taken.");
	}

	private static UUID parseUuid(String value) {
		if (value == null || value.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
