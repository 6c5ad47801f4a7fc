package dev.belgie.organization.team.internal;

import dev.belgie.organization.PlainTextRule;
import dev.belgie.organization.OrganizationAccess;
import dev.belgie.organization.audit.AuditActions;
import dev.belgie.organization.audit.AuditLog;
import dev.belgie.organization.audit.AuditTarget;
import dev.belgie.organization.membership.Membership;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.belgie.organization.team.AddTeamMemberRequest;
import dev.belgie.organization.team.CreateTeamRequest;
import dev.belgie.organization.team.Team;
import dev.belgie.organization.team.TeamClient;
import dev.belgie.organization.team.TeamCreatedEvent;
import dev.belgie.organization.team.TeamDeletedEvent;
import dev.belgie.organization.team.TeamErrorCode;
import dev.belgie.organization.team.TeamMember;
import dev.belgie.organization.team.TeamMemberAddedEvent;
import dev.belgie.organization.team.TeamMemberRemovedEvent;
import dev.belgie.organization.team.TeamMemberRoleUpdatedEvent;
import dev.belgie.organization.team.internal.TeamMembershipBridge;
import dev.belgie.organization.team.TeamMembershipSummary;
import dev.belgie.organization.team.TeamPermissions;
import dev.belgie.organization.team.TeamRenamedEvent;
import dev.belgie.organization.team.TeamSettings;
import dev.belgie.organization.team.UpdateTeamRequest;
import dev.belgie.organization.Actor;
import dev.belgie.organization.Permissions;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.spi.OrganizationUser;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Teams and their members. Every operation acts for an {@link Actor} and goes through the
 * core's one access check ({@link OrganizationAccess}): a change locks the organization's
 * row before it reads or writes any team row, so that team changes, and every path into a
 * team (see {@link TeamMembershipBridge}), take the same locks in the same order as the
 * core's, and a check and the insert after it are atomic.
 * <p>
 * Organization members holding {@code team:create}, {@code team:update} or
 * {@code team:delete} manage every team; anyone else manages a team only through the team
 * permissions of their role in it. Created by the auto-configuration; applications use
 * {@link TeamClient} or {@link dev.belgie.organization.team.TeamService}.
 */
public final class TeamOperations {

	private static final int MAX_NAME_LENGTH = 100;

	private final OrganizationAccess access;

	private final TeamRepository teams;

	private final TeamMemberRepository members;

	private final TeamSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditLog auditLog;

	public TeamOperations(OrganizationAccess access, TeamRepository teams, TeamMemberRepository members,
			TeamSettings settings, ApplicationEventPublisher events, Clock clock, AuditLog auditLog) {
		this.auditLog = auditLog;
		this.access = access;
		this.teams = teams;
		this.members = members;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	public TeamSettings settings() {
		return this.settings;
	}

	/** Creates a team; needs {@code team:create}, within {@code maximum-teams}. */
	public Team create(Actor actor, UUID organizationId, CreateTeamRequest request) {
		String name = validName(request.name());
		return this.access.write(actor, organizationId, Permissions.TEAM_CREATE, (membership) -> {
			Integer limit = this.settings.maximumTeams();
			if (limit != null && this.teams.countByOrganizationId(organizationId) >= limit) {
				throw new OrganizationException(TeamErrorCode.TEAM_LIMIT_REACHED,
						"The organization has reached its limit of " + limit + " teams.");
			}
			checkNameFree(organizationId, name, null);
			TeamEntity team = this.teams.saveAndFlush(new TeamEntity(organizationId, name, now()));
			Team created = team(team, 0);
			this.events.publishEvent(new TeamCreatedEvent(created));
			this.auditLog.record(actor, organizationId, AuditActions.TEAM_CREATED, target(created),
					AuditLog.details("name", name));
			return created;
		});
	}

	/** The organization's teams with their member counts, oldest first, to any member. */
	public List<Team> teams(Actor actor, UUID organizationId) {
		return this.access.read(actor, organizationId,
				(membership) -> this.teams.findRows(organizationId).stream().map(TeamOperations::team).toList());
	}

	/** A team of the organization, to any member. */
	public Team team(Actor actor, UUID organizationId, UUID teamId) {
		return this.access.read(actor, organizationId,
				(membership) -> this.teams.findRow(organizationId, teamId)
					.map(TeamOperations::team)
					.orElseThrow(TeamOperations::teamNotFound));
	}

	/**
	 * Renames a team; needs {@code team:update}, or the team permission
	 * {@code team:update} in the team.
	 */
	public Team rename(Actor actor, UUID organizationId, UUID teamId, UpdateTeamRequest request) {
		String name = validName(request.name());
		return this.access.write(actor, organizationId, null, (membership) -> {
			TeamEntity team = manage(membership, teamId, TeamPermissions.TEAM_UPDATE).team();
			String previous = team.getName();
			if (previous.equals(name)) {
				return team(team, this.members.countByTeamId(teamId));
			}
			checkNameFree(organizationId, name, teamId);
			team.rename(name, now());
			this.teams.saveAndFlush(team);
			Team renamed = team(team, this.members.countByTeamId(teamId));
			this.events.publishEvent(new TeamRenamedEvent(renamed, previous));
			this.auditLog.record(actor, organizationId, AuditActions.TEAM_RENAMED, target(renamed),
					AuditLog.details("name", AuditLog.change(previous, name)));
			return renamed;
		});
	}

	/**
	 * Deletes a team with its team memberships (organization memberships stay); needs
	 * {@code team:delete}.
	 */
	public void delete(Actor actor, UUID organizationId, UUID teamId) {
		this.access.write(actor, organizationId, Permissions.TEAM_DELETE, (membership) -> {
			TeamEntity team = find(organizationId, teamId);
			Team deleted = team(team, this.members.countByTeamId(teamId));
			this.teams.delete(team);
			this.teams.flush();
			this.events.publishEvent(new TeamDeletedEvent(deleted));
			this.auditLog.record(actor, organizationId, AuditActions.TEAM_DELETED, target(deleted),
					AuditLog.details("name", deleted.name(), "memberCount", deleted.memberCount()));
			return null;
		});
	}

	/** A team's members, oldest first, to any member of the organization. */
	public List<TeamMember> members(Actor actor, UUID organizationId, UUID teamId) {
		return this.access.read(actor, organizationId, (membership) -> {
			find(organizationId, teamId);
			return this.members.findByTeamIdOrderByCreatedAtAscIdAsc(teamId)
				.stream()
				.map(TeamOperations::member)
				.toList();
		});
	}

	/**
	 * Adds a member of the organization to a team, within
	 * {@code maximum-members-per-team}; needs {@code team:update}, or the team permission
	 * {@code team-member:create} and every permission of the granted team role.
	 */
	public TeamMember addMember(Actor actor, UUID organizationId, UUID teamId, AddTeamMemberRequest request) {
		String userId = (request.userId() != null) ? request.userId().trim() : "";
		if (userId.isEmpty()) {
			throw OrganizationException.invalid("userId", "must not be blank");
		}
		String role = this.settings.validateRole(request.role());
		return this.access.write(actor, organizationId, null, (membership) -> {
			Manager manager = manage(membership, teamId, TeamPermissions.MEMBER_CREATE);
			manager.checkCanGrant(role);
			Membership joining = this.access
				.membership(Actor.member(new OrganizationUser(userId, null, null)), organizationId)
				.orElseThrow(() -> new OrganizationException(TeamErrorCode.NOT_ORGANIZATION_MEMBER,
						"Only members of the organization can join its teams."));
			if (this.members.existsByTeamIdAndUserId(teamId, userId)) {
				throw new OrganizationException(TeamErrorCode.ALREADY_TEAM_MEMBER, "The user is already in the team.");
			}
			checkSeat(manager.team());
			TeamMember added = insert(manager.team(), joining.memberId(), userId, role);
			this.auditLog.record(actor, organizationId, AuditActions.TEAM_MEMBER_ADDED, target(added), AuditLog.details(
					"teamId", teamId.toString(), "teamName", manager.team().getName(), "userId", userId, "role", role));
			return added;
		});
	}

	/**
	 * Changes a team member's team role; needs the same rights as adding one, and
	 * {@code team-member:update}.
	 */
	public TeamMember updateMemberRole(Actor actor, UUID organizationId, UUID teamId, String userId, Object role) {
		if (role == null) {
			throw OrganizationException.invalid("role", "must name at least one team role");
		}
		String normalized = this.settings.validateRole(role);
		return this.access.write(actor, organizationId, null, (membership) -> {
			Manager manager = manage(membership, teamId, TeamPermissions.MEMBER_UPDATE);
			TeamMemberEntity target = findMember(teamId, userId);
			manager.checkCanManage(target.getRole());
			manager.checkCanGrant(normalized);
			String previous = target.getRole();
			target.setRole(normalized, now());
			this.members.saveAndFlush(target);
			TeamMember updated = member(target);
			this.events.publishEvent(new TeamMemberRoleUpdatedEvent(updated, previous));
			this.auditLog.record(actor, organizationId, AuditActions.TEAM_MEMBER_ROLE_CHANGED, target(updated),
					AuditLog.details("teamId", teamId.toString(), "teamName", manager.team().getName(), "userId",
							userId, "role", AuditLog.change(previous, normalized)));
			return updated;
		});
	}

	/**
	 * Removes a member from a team (not from the organization); needs
	 * {@code team-member:delete}.
	 */
	public void removeMember(Actor actor, UUID organizationId, UUID teamId, String userId) {
		this.access.write(actor, organizationId, null, (membership) -> {
			Manager manager = manage(membership, teamId, TeamPermissions.MEMBER_DELETE);
			TeamMemberEntity target = findMember(teamId, userId);
			manager.checkCanManage(target.getRole());
			TeamMember removed = member(target);
			this.members.delete(target);
			this.members.flush();
			this.events.publishEvent(new TeamMemberRemovedEvent(removed));
			this.auditLog.record(actor, organizationId, AuditActions.TEAM_MEMBER_REMOVED, target(removed),
					AuditLog.details("teamId", teamId.toString(), "teamName", manager.team().getName(), "userId",
							userId, "role", removed.role()));
			return null;
		});
	}

	/**
	 * Every team a user belongs to, across organizations, with the user's team role: one
	 * statement.
	 */
	public List<TeamMembershipSummary> forUser(String userId) {
		return this.teams.findRowsOfUser(userId).stream().map((row) -> {
			TeamEntity team = row.team();
			return new TeamMembershipSummary(team.getId(), team.getOrganizationId(), team.getName(), row.memberCount(),
					team.getCreatedAt(), row.role());
		}).toList();
	}

	/**
	 * A team of a locked organization that one more member may join:
	 * {@code TEAM_NOT_FOUND} for a team of another organization,
	 * {@code TEAM_MEMBER_LIMIT_REACHED} when it is full.
	 */
	TeamEntity seat(UUID organizationId, UUID teamId) {
		TeamEntity team = find(organizationId, teamId);
		checkSeat(team);
		return team;
	}

	/**
	 * Adds a member who has just joined the locked organization to a team, with the
	 * default team role.
	 */
	void join(UUID organizationId, UUID teamId, UUID memberId, String userId) {
		insert(find(organizationId, teamId), memberId, userId, this.settings.defaultRole());
	}

	/** Drops a leaving organization member's team memberships. */
	void leave(UUID memberId) {
		this.members.deleteByMemberId(memberId);
	}

	private void checkSeat(TeamEntity team) {
		Integer limit = this.settings.maximumMembersPerTeam();
		if (limit != null && this.members.countByTeamId(team.getId()) >= limit) {
			throw new OrganizationException(TeamErrorCode.TEAM_MEMBER_LIMIT_REACHED,
					"The team has reached its limit of " + limit + " members.");
		}
	}

	private TeamMember insert(TeamEntity team, UUID memberId, String userId, String role) {
		TeamMemberEntity member = this.members.saveAndFlush(new TeamMemberEntity(team, memberId, userId, role, now()));
		TeamMember added = member(member);
		this.events.publishEvent(new TeamMemberAddedEvent(added));
		return added;
	}

	/**
	 * Who manages a team: an organization member holding {@code team:update} manages
	 * every team of the organization (an unknown team is then {@code TEAM_NOT_FOUND});
	 * anyone else only a team in which its team role grants {@code permission}, and is
	 * refused ({@code FORBIDDEN}) for any other team id, known or not.
	 */
	private Manager manage(Membership membership, UUID teamId, String permission) {
		UUID organizationId = membership.organizationId();
		if (membership.can(Permissions.TEAM_UPDATE)) {
			return new Manager(find(organizationId, teamId), null);
		}
		TeamMemberEntity own = this.members.findInOrganization(organizationId, teamId, membership.userId())
			.filter((member) -> this.settings.permissionsOf(member.getRole()).contains(permission))
			.orElseThrow(() -> new OrganizationException(OrganizationErrorCode.FORBIDDEN,
					"Your role does not allow this (" + permission + ")."));
		return new Manager(own.getTeam(), this.settings.permissionsOf(own.getRole()));
	}

	/**
	 * The team a change works on, and the team permissions of its manager ({@code null}:
	 * every one).
	 */
	private final class Manager {

		private final TeamEntity team;

		private final Set<String> permissions;

		Manager(TeamEntity team, Set<String> permissions) {
			this.team = team;
			this.permissions = permissions;
		}

		TeamEntity team() {
			return this.team;
		}

		/**
		 * A team role grants only roles whose permissions it holds all of: no escalation
		 * by a custom role.
		 */
		void checkCanGrant(String roles) {
			if (this.permissions != null && !this.permissions.containsAll(settings.permissionsOf(roles))) {
				throw new OrganizationException(OrganizationErrorCode.FORBIDDEN,
						"You cannot grant a team role with permissions you do not hold.");
			}
		}

		void checkCanManage(String targetRoles) {
			if (this.permissions != null && !this.permissions.containsAll(settings.permissionsOf(targetRoles))) {
				throw new OrganizationException(OrganizationErrorCode.FORBIDDEN,
						"You cannot change or remove a team member whose permissions you do not all hold.");
			}
		}

	}

	private TeamEntity find(UUID organizationId, UUID teamId) {
		return this.teams.findByIdAndOrganizationId(teamId, organizationId).orElseThrow(TeamOperations::teamNotFound);
	}

	private TeamMemberEntity findMember(UUID teamId, String userId) {
		return this.members.findByTeamIdAndUserId(teamId, userId)
			.orElseThrow(
					() -> new OrganizationException(OrganizationErrorCode.MEMBER_NOT_FOUND, "No such team member."));
	}

	private void checkNameFree(UUID organizationId, String name, UUID teamId) {
		boolean taken = (teamId != null)
				? this.teams.existsByOrganizationIdAndNameIgnoreCaseAndIdNot(organizationId, name, teamId)
				: this.teams.existsByOrganizationIdAndNameIgnoreCase(organizationId, name);
		if (taken) {
			throw new OrganizationException(TeamErrorCode.TEAM_NAME_TAKEN,
					"The organization already has a team named '" + name + "'.");
		}
	}

	/** A name by the starter's text rule, 1 to 100 characters once cleaned. */
	static String validName(String name) {
		return PlainTextRule.require("name", name, MAX_NAME_LENGTH);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static OrganizationException teamNotFound() {
		return new OrganizationException(OrganizationErrorCode.TEAM_NOT_FOUND, "No such team.");
	}

	private static AuditTarget target(Team team) {
		return AuditTarget.of("team", team.id());
	}

	private static AuditTarget target(TeamMember member) {
		return AuditTarget.of("team-member", member.id());
	}

	private static Team team(TeamRow row) {
		return team(row.team(), row.memberCount());
	}

	private static Team team(TeamEntity team, long memberCount) {
		return new Team(team.getId(), team.getOrganizationId(), team.getName(), memberCount, team.getCreatedAt());
	}

	private static TeamMember member(TeamMemberEntity member) {
		return new TeamMember(member.getId(), member.getTeamId(), member.getUserId(), member.getRole(),
				member.getCreatedAt());
	}

}
