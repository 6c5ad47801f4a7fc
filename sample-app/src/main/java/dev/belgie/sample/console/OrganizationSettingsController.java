package dev.belgie.sample.console;

import dev.belgie.organization.organization.Organization;
import dev.belgie.organization.organization.OrganizationSummary;
import dev.belgie.organization.organization.UpdateOrganizationRequest;
import java.util.Map;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.error.OrganizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's settings: name, slug and logo URL; deleting it after a confirmation.
 */
@Controller
class OrganizationSettingsController {

	private final OrganizationClient organizations;

	private final OrganizationPages pages;

	OrganizationSettingsController(OrganizationClient organizations, OrganizationPages pages) {
		this.organizations = organizations;
		this.pages = pages;
	}

	@GetMapping("/organizations/{organizationId}/settings")
	String settings(@PathVariable UUID organizationId, Model model) {
		OrganizationSummary organization = this.pages.prepare(organizationId, "Settings", model).organization();
		model.addAttribute("form", new SettingsForm(organization.name(), organization.slug(), organization.logo()));
		return "console/settings";
	}

	@PostMapping("/organizations/{organizationId}/settings")
	String update(@PathVariable UUID organizationId, @ModelAttribute("form") SettingsForm form, Model model,
			RedirectAttributes redirect) {
		try {
			// an empty logo field clears the logo
			Organization updated = this.organizations.update(organizationId, new UpdateOrganizationRequest(form.name(),
					form.slug(), (form.logo() != null) ? form.logo() : "", null, null));
			redirect.addFlashAttribute("notice", "Saved the settings of " + updated.name() + ".");
			return ConsoleActions.redirect("/organizations/" + organizationId + "/settings");
		}
		catch (OrganizationException ex) {
			this.pages.prepare(organizationId, "Settings", model);
			model.addAttribute("problem", ConsoleProblem.of(ex));
			return "console/settings";
		}
	}

	@GetMapping("/organizations/{organizationId}/delete")
	String confirmDeletion(@PathVariable UUID organizationId, Model model) {
		this.pages.prepare(organizationId, "Settings", model);
		return "console/delete";
	}

	@PostMapping("/organizations/{organizationId}/delete")
	String delete(@PathVariable UUID organizationId, @RequestParam(defaultValue = "") String confirmation, Model model,
			RedirectAttributes redirect) {
		OrganizationSummary organization = this.pages.prepare(organizationId, "Settings", model).organization();
		if (!confirmation.trim().equals(organization.slug())) {
			model.addAttribute("confirmation", confirmation);
			model.addAttribute("problem", new ConsoleProblem("CONFIRMATION_MISMATCH",
					"Please correct the fields marked below.",
					Map.of("confirmation", "Type the organization's slug, " + organization.slug() + ", to confirm.")));
			return "console/delete";
		}
		try {
			this.organizations.delete(organizationId);
			redirect.addFlashAttribute("notice", "Deleted " + organization.name() + ".");
			return ConsoleActions.redirect("/");
		}
		catch (OrganizationException ex) {
			model.addAttribute("confirmation", confirmation);
			model.addAttribute("problem", ConsoleProblem.of(ex));
			return "console/delete";
		}
	}

	/**
	 * The settings form.
	 *
	 * @param logo the logo's URL, empty for none
	 */
	record SettingsForm(String name, String slug, String logo) {
	}

}
