package dev.belgie.sample.api.project;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import dev.belgie.sample.web.openapi.ProblemResponses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Projects of an organization, and of all the caller's organizations. */
@RestController
class ProjectController {

	private final Projects projects;

	ProjectController(Projects projects) {
		this.projects = projects;
	}

	@PostMapping("/api/organizations/{organizationId}/projects")
	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND" })
	ResponseEntity<ProjectView> create(@PathVariable UUID organizationId, @RequestBody ProjectRequest body) {
		ProjectView created = this.projects.create(organizationId, body);
		return ResponseEntity.created(URI.create("/api/organizations/" + organizationId + "/projects/" + created.id()))
			.body(created);
	}

	@GetMapping("/api/organizations/{organizationId}/projects")
	@ProblemResponses({ "VALIDATION_FAILED", "ORGANIZATION_NOT_FOUND" })
	List<ProjectView> list(@PathVariable UUID organizationId) {
		return this.projects.list(organizationId);
	}

	@GetMapping("/api/organizations/{organizationId}/projects/{projectId}")
	@ProblemResponses({ "VALIDATION_FAILED", "ORGANIZATION_NOT_FOUND", "PROJECT_NOT_FOUND" })
	ProjectView get(@PathVariable UUID organizationId, @PathVariable UUID projectId) {
		return this.projects.get(organizationId, projectId);
	}

	@DeleteMapping("/api/organizations/{organizationId}/projects/{projectId}")
	@ProblemResponses({ "VALIDATION_FAILED", "FORBIDDEN", "ORGANIZATION_NOT_FOUND", "PROJECT_NOT_FOUND" })
	ResponseEntity<Void> delete(@PathVariable UUID organizationId, @PathVariable UUID projectId) {
		this.projects.delete(organizationId, projectId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/projects")
	@ProblemResponses
	List<ProjectView> visible() {
		return this.projects.visible();
	}

}
