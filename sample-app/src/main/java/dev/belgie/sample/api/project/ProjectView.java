package dev.belgie.sample.api.project;

import java.time.Instant;
import java.util.UUID;

/** A project on the wire. */
public record ProjectView(UUID id, UUID organizationId, String name, String description, Instant createdAt) {

	static ProjectView of(Project project) {
		return new ProjectView(project.getId(), project.getOrganizationId(), project.getName(),
				project.getDescription(), project.getCreatedAt());
	}

}
