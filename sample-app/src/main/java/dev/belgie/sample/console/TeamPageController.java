package dev.belgie.sample.console;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.Permissions;
import dev.belgie.organization.Roles;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.team.AddTeamMemberRequest;
import dev.belgie.organization.team.Team;
import dev.belgie.organization.team.TeamClient;
import dev.belgie.organization.team.TeamMember;
import dev.belgie.organization.team.TeamPermissions;
import dev.belgie.organization.team.TeamSettings;
import dev.belgie.organization.team.UpdateTeamRequest;
import dev.belgie.sample.console.TeamsPageController.NameForm;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One team: rename it, delete it, and its members with their team roles (add a member of
 * the organization, change a team role, remove someone). The controls follow the team
 * client's rules: an organization member holding {@code team:update} manages every team,
 * anyone else only as far as its own team role's permissions reach; the client checks
 * every action again.
 */
@Controller
@ConditionalOnBooleanProperty(name = "belgie.team.enabled", matchIfMissing = true)
class TeamPageController {

	/**
	 * The organization members the page names and offers to add: the console reads one
	 * page of them (the client's largest); a team member beyond it is shown by user id.
	 */
	private static final int MEMBERS_READ = 200;

	private final TeamClient teams;

	private final OrganizationClient organizations;

	private final OrganizationPages pages;

	private final TeamSettings settings;

	TeamPageController(TeamClient teams, OrganizationClient organizations, OrganizationPages pages,
			TeamSettings settings) {
		this.teams = teams;
		this.organizations = organizations;
		this.pages = pages;
		this.settings = settings;
	}

	@GetMapping("/organizations/{organizationId}/teams/{teamId}")
	String team(@PathVariable UUID organizationId, @PathVariable UUID teamId, Model model) {
		return page(organizationId, teamId, null, model);
	}

	private String page(UUID organizationId, UUID teamId, NameForm form, Model model) {
		CallerMembership caller = this.pages.prepare(organizationId, "Teams", model);
		Team team = this.teams.team(organizationId, teamId);
		List<TeamMember> members = this.teams.members(organizationId, teamId);
		Map<String, Member> people = this.organizations.members(organizationId, 0, MEMBERS_READ)
			.items()
			.stream()
			.collect(Collectors.toMap(Member::userId, Function.identity()));
		Manager manager = manager(caller, members);
		model.addAttribute("team", team);
		model.addAttribute("form", (form != null) ? form : new NameForm(team.name()));
		model.addAttribute("rows", members.stream().map((member) -> row(manager, member, people)).toList());
		model.addAttribute("canRename", manager.may(TeamPermissions.TEAM_UPDATE));
		model.addAttribute("canAdd", manager.may(TeamPermissions.MEMBER_CREATE));
		model.addAttribute("canDelete", caller.can(Permissions.TEAM_DELETE));
		model.addAttribute("teamRoles", manager.grantable(this.settings));
		model.addAttribute("defaultRoles", Roles.split(this.settings.defaultRole()));
		Set<String> inTeam = members.stream().map(TeamMember::userId).collect(Collectors.toSet());
		model.addAttribute("candidates",
				people.values().stream().filter((member) -> !inTeam.contains(member.userId())).toList());
		return "console/team";
	}

	private Manager manager(CallerMembership caller, List<TeamMember> members) {
		if (caller.can(Permissions.TEAM_UPDATE)) {
			return new Manager(null);
		}
		String me = caller.membership().userId();
		return new Manager(members.stream()
			.filter((member) -> member.userId().equals(me))
			.findFirst()
			.map((member) -> this.settings.permissionsOf(member.role()))
			.orElse(Set.of()));
	}

	private TeamMemberRow row(Manager manager, TeamMember member, Map<String, Member> people) {
		Member person = people.get(member.userId());
		String name = (person == null) ? member.userId() : (person.name() != null) ? person.name() : person.email();
		boolean manageable = manager.covers(this.settings.permissionsOf(member.role()));
		return new TeamMemberRow(member, name, (person != null) ? person.email() : null, Roles.split(member.role()),
				manageable && manager.may(TeamPermissions.MEMBER_UPDATE),
				manageable && manager.may(TeamPermissions.MEMBER_DELETE));
	}

	@PostMapping("/organizations/{organizationId}/teams/{teamId}/rename")
	String rename(@PathVariable UUID organizationId, @PathVariable UUID teamId, @ModelAttribute("form") NameForm form,
			Model model, RedirectAttributes redirect) {
		try {
			Team renamed = this.teams.update(organizationId, teamId, new UpdateTeamRequest(form.name()));
			redirect.addFlashAttribute("notice", "The team is now called " + renamed.name() + ".");
			return ConsoleActions.redirect(teamPath(organizationId, teamId));
		}
		catch (OrganizationException ex) {
			model.addAttribute("problem", ConsoleProblem.of(ex));
			return page(organizationId, teamId, form, model);
		}
	}

	@PostMapping("/organizations/{organizationId}/teams/{teamId}/delete")
	String delete(@PathVariable UUID organizationId, @PathVariable UUID teamId, RedirectAttributes redirect) {
		try {
			String name = this.teams.team(organizationId, teamId).name();
			this.teams.delete(organizationId, teamId);
			redirect.addFlashAttribute("notice", "Deleted the team " + name + ".");
			return ConsoleActions.redirect("/organizations/" + organizationId + "/teams");
		}
		catch (OrganizationException ex) {
			redirect.addFlashAttribute("problem", ConsoleProblem.of(ex));
			return ConsoleActions.redirect(teamPath(organizationId, teamId));
		}
	}

	@PostMapping("/organizations/{organizationId}/teams/{teamId}/members")
	String addMember(@PathVariable UUID organizationId, @PathVariable UUID teamId,
			@RequestParam(defaultValue = "") String userId, @RequestParam(defaultValue = "") List<String> role,
			RedirectAttributes redirect) {
		return ConsoleActions.run(redirect, teamPath(organizationId, teamId), () -> {
			TeamMember added = this.teams.addMember(organizationId, teamId,
					new AddTeamMemberRequest(userId.isBlank() ? null : userId, role));
			return "Added a member with the team " + ConsoleFormat.roles(added.role()) + ".";
		});
	}

	@PostMapping("/organizations/{organizationId}/teams/{teamId}/members/{userId}/role")
	String changeRole(@PathVariable UUID organizationId, @PathVariable UUID teamId, @PathVariable String userId,
			@RequestParam(defaultValue = "") List<String> role, RedirectAttributes redirect) {
		return ConsoleActions.run(redirect, teamPath(organizationId, teamId), () -> "The member now has the team "
				+ ConsoleFormat.roles(this.teams.updateMemberRole(organizationId, teamId, userId, role).role()) + ".");
	}

	@PostMapping("/organizations/{organizationId}/teams/{teamId}/members/{userId}/remove")
	String removeMember(@PathVariable UUID organizationId, @PathVariable UUID teamId, @PathVariable String userId,
			RedirectAttributes redirect) {
		return ConsoleActions.run(redirect, teamPath(organizationId, teamId), () -> {
			this.teams.removeMember(organizationId, teamId, userId);
			return "Removed the member from the team.";
		});
	}

	static String teamPath(UUID organizationId, UUID teamId) {
		return "/organizations/" + organizationId + "/teams/" + teamId;
	}

	/**
	 * What the caller may do in this team: every team permission ({@code null}) through
	 * the organization's {@code team:update}, else those of its own team role.
	 */
	private record Manager(Set<String> permissions) {

		boolean may(String permission) {
			return this.permissions == null || this.permissions.contains(permission);
		}

		/** A team role is granted and managed only by who holds all its permissions. */
		boolean covers(Set<String> required) {
			return this.permissions == null || this.permissions.containsAll(required);
		}

		List<String> grantable(TeamSettings settings) {
			return settings.roles()
				.roleNames()
				.stream()
				.filter((role) -> covers(settings.permissionsOf(role)))
				.toList();
		}

	}

	/**
	 * A team member as the table shows it, named from the organization's members.
	 *
	 * @param roles the member's team roles, one by one
	 */
	record TeamMemberRow(TeamMember member, String name, String email, List<String> roles, boolean canChangeRole,
			boolean canRemove) {
	}

}
