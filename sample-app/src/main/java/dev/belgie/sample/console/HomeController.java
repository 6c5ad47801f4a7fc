package dev.belgie.sample.console;

import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.Organization;
import dev.belgie.organization.organization.SlugAvailability;
import java.util.List;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.error.OrganizationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's home: the organization switcher, invitations waiting for the caller, a
 * new organization.
 */
@Controller
class HomeController {

	private final OrganizationClient organizations;

	HomeController(OrganizationClient organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("organizations", this.organizations.forIndividual());
		model.addAttribute("invitations", invitationsForMe());
		return "console/home";
	}

	/**
	 * Invitations addressed to the caller's e-mail; none to show until that address is
	 * verified.
	 */
	private List<Invitation> invitationsForMe() {
		try {
			return this.organizations.individualInvitations();
		}
		catch (OrganizationException ex) {
			return List.of();
		}
	}

	@GetMapping("/organizations/new")
	String newOrganization(Model model) {
		model.addAttribute("form", new OrganizationForm(null, null));
		return "console/organization-new";
	}

	@PostMapping("/organizations")
	String create(@ModelAttribute("form") OrganizationForm form, Model model, RedirectAttributes redirect) {
		try {
			Organization created = this.organizations
				.create(new CreateOrganizationRequest(form.name(), blankToNull(form.slug()), null, null, null));
			redirect.addFlashAttribute("notice", "Created " + created.name() + ". You are its owner.");
			return ConsoleActions.redirect("/organizations/" + created.id());
		}
		catch (OrganizationException ex) {
			model.addAttribute("problem", ConsoleProblem.of(ex));
			return "console/organization-new";
		}
	}

	/** The live slug check of the create and settings forms (an htmx fragment). */
	@GetMapping("/organizations/slug-availability")
	String slugAvailability(@RequestParam(defaultValue = "") String slug,
			@RequestParam(defaultValue = "") String current, Model model) {
		String trimmed = slug.trim();
		if (trimmed.isEmpty()) {
			model.addAttribute("slugStatus", SlugStatus.hint("Leave it empty to derive it from the name."));
		}
		else if (trimmed.equals(current)) {
			model.addAttribute("slugStatus", SlugStatus.hint("This is the current slug."));
		}
		else {
			try {
				SlugAvailability availability = this.organizations.checkSlug(trimmed);
				model.addAttribute("slugStatus",
						availability.available()
								? new SlugStatus("available", "“" + availability.slug() + "” is available.")
								: new SlugStatus("taken", "“" + availability.slug() + "” is taken."));
			}
			catch (OrganizationException ex) {
				ConsoleProblem problem = ConsoleProblem.of(ex);
				String message = problem.fields().getOrDefault("slug", problem.message());
				model.addAttribute("slugStatus", new SlugStatus("invalid", message));
			}
		}
		return "console/fragments :: slugStatus";
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * The create form.
	 *
	 * @param slug empty to derive it from the name
	 */
	record OrganizationForm(String name, String slug) {
	}

	/**
	 * The answer of the live slug check.
	 *
	 * @param state {@code available}, {@code taken}, {@code invalid} or {@code hint}
	 */
	record SlugStatus(String state, String message) {

		static SlugStatus hint(String message) {
			return new SlugStatus("hint", message);
		}

	}

}
