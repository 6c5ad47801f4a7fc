package dev.belgie.sample.console;

import java.util.UUID;

import dev.belgie.organization.error.OrganizationException;
import dev.belgie.sample.api.project.ProjectRequest;
import dev.belgie.sample.api.project.ProjectView;
import dev.belgie.sample.api.project.Projects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's projects: every member reads them; the create form and the delete
 * buttons are shown to those whose roles grant {@code project:create} and
 * {@code project:delete} (a {@code viewer} sees the list only). {@link Projects} checks
 * every action again.
 */
@Controller
class ProjectsPageController {

	private final Projects projects;

	private final OrganizationPages pages;

	ProjectsPageController(Projects projects, OrganizationPages pages) {
		this.projects = projects;
		this.pages = pages;
	}

	@GetMapping("/organizations/{organizationId}/projects")
	String projects(@PathVariable UUID organizationId, Model model) {
		return page(organizationId, new ProjectForm(null, null), model);
	}

	private String page(UUID organizationId, ProjectForm form, Model model) {
		CallerMembership caller = this.pages.prepare(organizationId, "Projects", model);
		model.addAttribute("projects", this.projects.list(organizationId));
		model.addAttribute("canCreate", caller.can(Projects.CREATE));
		model.addAttribute("canDelete", caller.can(Projects.DELETE));
		model.addAttribute("form", form);
		return "console/projects";
	}

	@PostMapping("/organizations/{organizationId}/projects")
	String create(@PathVariable UUID organizationId, @ModelAttribute("form") ProjectForm form, Model model,
			RedirectAttributes redirect) {
		try {
			ProjectView created = this.projects.create(organizationId,
					new ProjectRequest(form.name(), form.description()));
			redirect.addFlashAttribute("notice", "Created the project " + created.name() + ".");
			return ConsoleActions.redirect(projectsPath(organizationId));
		}
		catch (OrganizationException ex) {
			model.addAttribute("problem", ConsoleProblem.of(ex));
			return page(organizationId, form, model);
		}
	}

	@PostMapping("/organizations/{organizationId}/projects/{projectId}/delete")
	String delete(@PathVariable UUID organizationId, @PathVariable UUID projectId, RedirectAttributes redirect) {
		return ConsoleActions.run(redirect, projectsPath(organizationId), () -> {
			String name = this.projects.get(organizationId, projectId).name();
			this.projects.delete(organizationId, projectId);
			return "Deleted the project " + name + ".";
		});
	}

	private static String projectsPath(UUID organizationId) {
		return "/organizations/" + organizationId + "/projects";
	}

	/** The new-project form, kept as typed when it is refused. */
	record ProjectForm(String name, String description) {
	}

}
