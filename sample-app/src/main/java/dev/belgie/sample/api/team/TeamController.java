package dev.belgie.sample.api.team;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.belgie.organization.team.AddTeamMemberRequest;
import dev.belgie.organization.team.CreateTeamRequest;
import dev.belgie.organization.team.Team;
import dev.belgie.organization.team.TeamClient;
import dev.belgie.organization.team.TeamMember;
import dev.belgie.organization.team.TeamMembershipSummary;
import dev.belgie.organization.team.UpdateTeamRequest;
import dev.belgie.sample.web.openapi.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Teams of an organization and their members: each method one call to the request-scoped
 * team client.
 */
@RestController
class TeamController {

	private static final String TEAMS = "/api/organizations/{organizationId}/teams";

	private final TeamClient teams;

	TeamController(TeamClient teams) {
		this.teams = teams;
	}

	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "TEAM_NAME_TAKEN",
			"TEAM_LIMIT_REACHED" })
	@PostMapping(TEAMS)
	ResponseEntity<Team> create(@PathVariable UUID organizationId, @RequestBody CreateTeamRequest body) {
		Team created = this.teams.create(organizationId, body);
		return ResponseEntity.created(URI.create("/api/organizations/" + organizationId + "/teams/" + created.id()))
			.body(created);
	}

	@ProblemResponses({ "VALIDATION_FAILED", "ORGANIZATION_NOT_FOUND" })
	@GetMapping(TEAMS)
	List<Team> teams(@PathVariable UUID organizationId) {
		return this.teams.teams(organizationId);
	}

	@ProblemResponses({ "VALIDATION_FAILED", "ORGANIZATION_NOT_FOUND", "TEAM_NOT_FOUND" })
	@GetMapping(TEAMS + "/{teamId}")
	Team team(@PathVariable UUID organizationId, @PathVariable UUID teamId) {
		return this.teams.team(organizationId, teamId);
	}

	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "TEAM_NOT_FOUND",
			"TEAM_NAME_TAKEN" })
	@PatchMapping(TEAMS + "/{teamId}")
	Team update(@PathVariable UUID organizationId, @PathVariable UUID teamId, @RequestBody UpdateTeamRequest body) {
		return this.teams.update(organizationId, teamId, body);
	}

	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "TEAM_NOT_FOUND" })
	@DeleteMapping(TEAMS + "/{teamId}")
	ResponseEntity<Void> delete(@PathVariable UUID organizationId, @PathVariable UUID teamId) {
		this.teams.delete(organizationId, teamId);
		return ResponseEntity.noContent().build();
	}

	@ProblemResponses({ "VALIDATION_FAILED", "ORGANIZATION_NOT_FOUND", "TEAM_NOT_FOUND" })
	@GetMapping(TEAMS + "/{teamId}/members")
	List<TeamMember> members(@PathVariable UUID organizationId, @PathVariable UUID teamId) {
		return this.teams.members(organizationId, teamId);
	}

	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "TEAM_NOT_FOUND",
			"NOT_ORGANIZATION_MEMBER", "ALREADY_TEAM_MEMBER", "TEAM_MEMBER_LIMIT_REACHED" })
	@PostMapping(TEAMS + "/{teamId}/members")
	@ResponseStatus(HttpStatus.CREATED)
	TeamMember addMember(@PathVariable UUID organizationId, @PathVariable UUID teamId, @RequestBody AddBody body) {
		String userId = (body.userId() != null) ? body.userId().toString() : null;
		return this.teams.addMember(organizationId, teamId, new AddTeamMemberRequest(userId, body.role()));
	}

	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "TEAM_NOT_FOUND",
			"MEMBER_NOT_FOUND" })
	@PatchMapping(TEAMS + "/{teamId}/members/{userId}")
	TeamMember updateMember(@PathVariable UUID organizationId, @PathVariable UUID teamId, @PathVariable UUID userId,
			@RequestBody RoleBody body) {
		return this.teams.updateMemberRole(organizationId, teamId, userId.toString(), body.role());
	}

	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "TEAM_NOT_FOUND",
			"MEMBER_NOT_FOUND" })
	@DeleteMapping(TEAMS + "/{teamId}/members/{userId}")
	ResponseEntity<Void> removeMember(@PathVariable UUID organizationId, @PathVariable UUID teamId,
			@PathVariable UUID userId) {
		this.teams.removeMember(organizationId, teamId, userId.toString());
		return ResponseEntity.noContent().build();
	}

	@ProblemResponses
	@GetMapping("/api/teams")
	List<TeamMembershipSummary> mine() {
		return this.teams.forIndividual();
	}

	/**
	 * The sample app's user ids are UUIDs: a malformed one is a 400 before the client is
	 * called.
	 */
	record AddBody(UUID userId, Object role) {
	}

	/** {@code {"role": "maintainer"}}; a missing role is refused by the client. */
	record RoleBody(Object role) {
	}

}
