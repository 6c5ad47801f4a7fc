package dev.belgie.sample.console;

import java.util.UUID;

import dev.belgie.organization.Permissions;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.team.CreateTeamRequest;
import dev.belgie.organization.team.Team;
import dev.belgie.organization.team.TeamClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's teams: the list, and a new team for those holding
 * {@code team:create}. A refused team (its name taken, the organization's team limit
 * reached) is shown on the form with the client's message.
 */
@Controller
@ConditionalOnBooleanProperty(name = "belgie.team.enabled", matchIfMissing = true)
class TeamsPageController {

	private final TeamClient teams;

	private final OrganizationPages pages;

	TeamsPageController(TeamClient teams, OrganizationPages pages) {
		this.teams = teams;
		this.pages = pages;
	}

	@GetMapping("/organizations/{organizationId}/teams")
	String teams(@PathVariable UUID organizationId, Model model) {
		return page(organizationId, new NameForm(null), model);
	}

	private String page(UUID organizationId, NameForm form, Model model) {
		CallerMembership caller = this.pages.prepare(organizationId, "Teams", model);
		model.addAttribute("teams", this.teams.teams(organizationId));
		model.addAttribute("canCreate", caller.can(Permissions.TEAM_CREATE));
		model.addAttribute("form", form);
		return "console/teams";
	}

	@PostMapping("/organizations/{organizationId}/teams")
	String create(@PathVariable UUID organizationId, @ModelAttribute("form") NameForm form, Model model,
			RedirectAttributes redirect) {
		try {
			Team team = this.teams.create(organizationId, new CreateTeamRequest(form.name()));
			redirect.addFlashAttribute("notice", "Created the team " + team.name() + ".");
			return ConsoleActions.redirect(TeamPageController.teamPath(organizationId, team.id()));
		}
		catch (OrganizationException ex) {
			model.addAttribute("problem", ConsoleProblem.of(ex));
			return page(organizationId, form, model);
		}
	}

	/** A team's name, as typed in the new-team or the rename form. */
	record NameForm(String name) {
	}

}
