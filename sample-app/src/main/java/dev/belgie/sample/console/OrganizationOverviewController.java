package dev.belgie.sample.console;

import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An organization's overview. */
@Controller
class OrganizationOverviewController {

	private final OrganizationClient organizations;

	private final OrganizationPages pages;

	OrganizationOverviewController(OrganizationClient organizations, OrganizationPages pages) {
		this.organizations = organizations;
		this.pages = pages;
	}

	@GetMapping("/organizations/{organizationId}")
	String overview(@PathVariable UUID organizationId, Model model) {
		this.pages.prepare(organizationId, "Overview", model);
		model.addAttribute("details", this.organizations.details(organizationId));
		return "console/organization";
	}

}
