package dev.belgie.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.belgie.organization.domain.InvitationEntity;
import dev.belgie.organization.domain.MemberEntity;
import dev.belgie.organization.domain.OrganizationEntity;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.repository.MemberRepository;
import dev.belgie.organization.spi.CurrentUserProvider;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.spi.UserDirectory;

/**
 * The organization API for the current user: every method acts as the caller and checks the caller's
 * permission itself, in the same transaction as the work. A caller who is not a member of an organization
 * is told it does not exist ({@code ORGANIZATION_NOT_FOUND}); a member without the permission gets
 * {@code FORBIDDEN}.
 * <p>
 * In a web application the auto-configuration defines one per HTTP request, as a scoped proxy that
 * singleton controllers can have injected. Work without a user goes through {@link OrganizationService}.
 */
public class OrganizationClient {

	private final OrganizationService service;

	private final MemberRepository members;

	private final CurrentUserProvider currentUserProvider;

	private final UserDirectory userDirectory;

	private final Transactions transactions;

	private OrganizationUser user;

	public OrganizationClient(OrganizationService service, MemberRepository members,
			CurrentUserProvider currentUserProvider, UserDirectory userDirectory, Transactions transactions) {
		this.service = service;
		this.members = members;
		this.currentUserProvider = currentUserProvider;
		this.userDirectory = userDirectory;
		this.transactions = transactions;
	}

	/** The user this client acts for; {@code UNAUTHENTICATED} when nobody is signed in. */
	public OrganizationUser currentUser() {
		if (this.user == null) {
			this.user = this.currentUserProvider.currentUser()
				.orElseThrow(() -> new OrganizationException(OrganizationErrorCode.UNAUTHENTICATED,
						"Authentication is required."));
		}
		return this.user;
	}

	// Organizations

	/** Creates an organization with the caller as its first member, holding the creator role. */
	public Organization create(CreateOrganizationRequest request) {
		OrganizationUser caller = currentUser();
		OrganizationSettings settings = this.service.settings();
		if (!settings.allowUserToCreateOrganization()) {
			throw new OrganizationException(OrganizationErrorCode.ORGANIZATION_CREATION_DISABLED,
					"Users may not create organizations.");
		}
		return this.transactions.write(() -> {
			Integer limit = settings.organizationLimit();
			if (limit != null && membershipsAfterOtherCreations(caller.id()) >= limit) {
				throw new OrganizationException(OrganizationErrorCode.ORGANIZATION_LIMIT_REACHED,
						"You already belong to " + limit + " organizations, the most allowed.");
			}
			return this.service.create(request, caller);
		});
	}

	public SlugAvailability checkSlug(String slug) {
		currentUser();
		return this.service.checkSlug(slug);
	}

	/** The caller's organizations, with the caller's role and each one's member count. */
	public List<OrganizationSummary> forIndividual() {
		return this.service.forUser(currentUser().id());
	}

	public OrganizationDetails details(UUID organizationId) {
		return this.transactions.read(() -> this.service.detailsOf(membership(organizationId).getOrganization()));
	}

	public OrganizationDetails details(String slug) {
		String userId = currentUser().id();
		return this.transactions.read(() -> this.service.detailsOf(this.members.findMembershipBySlug(slug, userId)
			.orElseThrow(OrganizationService::organizationNotFound)
			.getOrganization()));
	}

	public Organization update(UUID organizationId, UpdateOrganizationRequest request) {
		return this.transactions.write(() -> {
			OrganizationEntity organization = authorize(organizationId, Permissions.ORGANIZATION_UPDATE)
				.getOrganization();
			return this.service.applyUpdate(organization, request);
		});
	}

	public void delete(UUID organizationId) {
		this.transactions.write(() -> {
			OrganizationEntity organization = lockThenAuthorize(organizationId, Permissions.ORGANIZATION_DELETE)
				.getOrganization();
			this.service.deleteLocked(organization);
		});
	}

	// Members

	/** One page of members, oldest first; {@code size} from 1 to {@value OrganizationService#MAX_PAGE_SIZE}. */
	public MemberPage members(UUID organizationId, int page, int size) {
		OrganizationService.checkPage(page, size);
		return this.transactions.read(() -> {
			membership(organizationId);
			return this.service.memberPage(organizationId, page, size);
		});
	}

	/**
	 * Adds a user known to the {@link UserDirectory}, by id or e-mail. The caller needs
	 * {@code member:create} and may grant only roles it could hold itself ({@code owner} only by owners).
	 */
	public Member addMember(UUID organizationId, AddMemberRequest request) {
		String role = this.service.rolePolicy().validate(request.role());
		boolean byId = request.userId() != null && !request.userId().isBlank();
		boolean byEmail = request.email() != null && !request.email().isBlank();
		if (byId == byEmail) {
			throw OrganizationException.invalid("userId", "give exactly one of userId and email");
		}
		String email = byEmail ? this.service.validEmail(request.email()) : null;
		return this.transactions.write(() -> {
			MemberEntity caller = lockThenAuthorize(organizationId, Permissions.MEMBER_CREATE);
			this.service.rolePolicy().checkCanGrant(caller.getRole(), role);
			OrganizationUser user = (byId ? this.userDirectory.findById(request.userId().trim())
					: this.userDirectory.findByEmail(email))
				.orElseThrow(() -> new OrganizationException(OrganizationErrorCode.USER_NOT_FOUND, "No such user."));
			return this.service.join(caller.getOrganization(), user, role, request.teamId());
		});
	}

	/** Removes a member, by member id or e-mail; owners are removed only by owners. */
	public void removeMember(UUID organizationId, String memberIdOrEmail) {
		this.transactions.write(() -> {
			MemberEntity caller = lockThenAuthorize(organizationId, Permissions.MEMBER_DELETE);
			MemberEntity target = this.service.findMember(organizationId, memberIdOrEmail);
			this.service.rolePolicy().checkCanManage(caller.getRole(), target.getRole());
			this.service.remove(target);
		});
	}

	/** Changes a member's role; only owners change an owner's role or grant {@code owner}. */
	public Member updateMemberRole(UUID organizationId, UUID memberId, Object role) {
		String normalized = this.service.rolePolicy().validate(role);
		return this.transactions.write(() -> {
			MemberEntity caller = lockThenAuthorize(organizationId, Permissions.MEMBER_UPDATE);
			MemberEntity target = this.service.findMember(organizationId, memberId);
			RolePolicy policy = this.service.rolePolicy();
			policy.checkCanManage(caller.getRole(), target.getRole());
			policy.checkCanGrant(caller.getRole(), normalized);
			return this.service.changeRole(target, normalized);
		});
	}

	/** The caller leaves the organization; the last owner cannot. */
	public void leave(UUID organizationId) {
		this.transactions.write(() -> {
			this.service.lockOrganization(organizationId);
			this.service.remove(membership(organizationId));
		});
	}

	// Invitations

	/**
	 * Invites an e-mail address. The caller needs {@code invitation:create} and may invite only with roles
	 * it could grant.
	 */
	public InvitationSent invite(UUID organizationId, InvitationRequest request) {
		String email = this.service.validEmail(request.email());
		String role = this.service.rolePolicy().validate(request.role());
		return this.transactions.write(() -> {
			MemberEntity caller = lockThenAuthorize(organizationId, Permissions.INVITATION_CREATE);
			this.service.rolePolicy().checkCanGrant(caller.getRole(), role);
			return this.service.inviteLocked(caller.getOrganization(), email, role, request, currentUser());
		});
	}

	/** Accepts an invitation addressed to the caller's e-mail, joining the organization with its role. */
	public AcceptedInvitation acceptInvitation(UUID invitationId) {
		return this.service.acceptInvitation(invitationId, currentUser());
	}

	/** Rejects an invitation addressed to the caller's e-mail. */
	public Invitation rejectInvitation(UUID invitationId) {
		OrganizationUser caller = currentUser();
		return this.transactions.write(() -> {
			InvitationEntity invitation = this.service.lockInvitation(invitationId);
			this.service.checkRecipient(invitation, caller);
			return this.service.close(invitation, InvitationEntity.REJECTED);
		});
	}

	/** Cancels a pending invitation of the organization; needs {@code invitation:cancel}. */
	public Invitation cancelInvitation(UUID organizationId, UUID invitationId) {
		currentUser();
		return this.transactions.write(() -> {
			InvitationEntity invitation = this.service.lockInvitation(invitationId);
			authorize(organizationId, Permissions.INVITATION_CANCEL);
			if (!invitation.getOrganizationId().equals(organizationId)) {
				throw OrganizationService.invitationNotFound();
			}
			return this.service.close(invitation, InvitationEntity.CANCELED);
		});
	}

	/** An invitation, to its recipient and to the members of its organization. */
	public Invitation invitation(UUID invitationId) {
		OrganizationUser caller = currentUser();
		return this.transactions.read(() -> {
			Invitation invitation = this.service.invitation(invitationId);
			boolean recipient = caller.email() != null && caller.email().equals(invitation.email());
			if (!recipient && !this.members.existsByOrganizationIdAndUserId(invitation.organizationId(), caller.id())) {
				throw OrganizationService.invitationNotFound();
			}
			return invitation;
		});
	}

	/** The organization's pending invitations, to its members. */
	public List<Invitation> invitations(UUID organizationId) {
		return this.transactions.read(() -> {
			membership(organizationId);
			return this.service.pendingInvitations(organizationId);
		});
	}

	/** The pending invitations addressed to the caller's e-mail. */
	public List<Invitation> individualInvitations() {
		OrganizationUser caller = currentUser();
		return (caller.email() != null) ? this.service.invitationsFor(caller.email()) : List.of();
	}

	/**
	 * How many organizations the user belongs to, counted after the user's concurrent creations have
	 * committed: one of the user's membership rows is locked by its key (which serializes them without
	 * the range locks that deadlock on MariaDB), then the memberships are read with a lock, which sees
	 * the latest committed rows. A user with no membership has no row to lock.
	 */
	private long membershipsAfterOtherCreations(String userId) {
		Optional<MemberEntity> oldest = this.members.findFirstByUserIdOrderByCreatedAtAscIdAsc(userId);
		if (oldest.isEmpty()) {
			return 0;
		}
		this.members.lockMember(oldest.get().getId());
		return this.members.lockMembershipsOf(userId).size();
	}

	// Permission checks: one query each

	/** The caller's membership, or {@code ORGANIZATION_NOT_FOUND} when the caller is not a member. */
	private MemberEntity membership(UUID organizationId) {
		return this.members.findMembership(organizationId, currentUser().id())
			.orElseThrow(OrganizationService::organizationNotFound);
	}

	private MemberEntity authorize(UUID organizationId, String permission) {
		MemberEntity caller = membership(organizationId);
		if (!this.service.rolePolicy().hasPermission(caller.getRole(), permission)) {
			throw new OrganizationException(OrganizationErrorCode.FORBIDDEN,
					"Your role does not allow this (" + permission + ").");
		}
		return caller;
	}

	/**
	 * Locks the organization before reading the caller's membership, so that the checks that follow see
	 * every change committed before the lock (on MariaDB's repeatable-read too).
	 */
	private MemberEntity lockThenAuthorize(UUID organizationId, String permission) {
		currentUser();
		this.service.lockOrganization(organizationId);
		return authorize(organizationId, permission);
	}


}
