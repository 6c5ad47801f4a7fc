package dev.belgie.sample.api.organization;

import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.Organization;
import dev.belgie.organization.organization.OrganizationDetails;
import dev.belgie.organization.organization.OrganizationSummary;
import dev.belgie.organization.organization.SlugAvailability;
import dev.belgie.organization.organization.UpdateOrganizationRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.sample.web.openapi.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organizations: each method one call to the request-scoped client, which checks the
 * caller itself.
 */
@RestController
@RequestMapping("/api/organizations")
class OrganizationController {

	private final OrganizationClient organizations;

	OrganizationController(OrganizationClient organizations) {
		this.organizations = organizations;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@ProblemResponses({ "VALIDATION_FAILED", "ORGANIZATION_CREATION_DISABLED", "ORGANIZATION_SLUG_TAKEN",
			"ORGANIZATION_LIMIT_REACHED" })
	ResponseEntity<Organization> create(@RequestBody CreateOrganizationRequest body) {
		Organization created = this.organizations.create(body);
		return ResponseEntity.created(URI.create("/api/organizations/" + created.id())).body(created);
	}

	@GetMapping
	@ProblemResponses
	List<OrganizationSummary> mine() {
		return this.organizations.forIndividual();
	}

	@GetMapping("/slug-availability")
	@ProblemResponses("VALIDATION_FAILED")
	SlugAvailability slugAvailability(@RequestParam String slug) {
		return this.organizations.checkSlug(slug);
	}

	@GetMapping("/{organizationId}")
	@ProblemResponses({ "VALIDATION_FAILED", "ORGANIZATION_NOT_FOUND" })
	OrganizationDetails details(@PathVariable UUID organizationId) {
		return this.organizations.details(organizationId);
	}

	@GetMapping("/by-slug/{slug}")
	@ProblemResponses("ORGANIZATION_NOT_FOUND")
	OrganizationDetails detailsBySlug(@PathVariable String slug) {
		return this.organizations.detailsBySlug(slug);
	}

	@PatchMapping("/{organizationId}")
	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "ORGANIZATION_SLUG_TAKEN" })
	Organization update(@PathVariable UUID organizationId, @RequestBody UpdateOrganizationRequest body) {
		return this.organizations.update(organizationId, body);
	}

	@DeleteMapping("/{organizationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "ORGANIZATION_DELETION_VETOED" })
	void delete(@PathVariable UUID organizationId, @RequestParam(defaultValue = "false") boolean cascade) {
		this.organizations.delete(organizationId, cascade);
	}

}
