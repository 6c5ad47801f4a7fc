package dev.belgie.sample.api.project;

import java.util.Map;
import java.util.UUID;

import dev.belgie.organization.data.OrganizationOwned;
import dev.belgie.organization.spi.OrganizationCounter;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * {@code projectCount} in {@code GET /api/organizations}: one grouped statement for all
 * the caller's organizations.
 */
@Component
class ProjectCounter implements OrganizationCounter {

	private final EntityManager entityManager;

	ProjectCounter(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public String name() {
		return "projectCount";
	}

	@Override
	public Map<UUID, Long> countFor(String userId) {
		return OrganizationOwned.countsVisibleTo(this.entityManager, Project.class, userId);
	}

	/**
	 * The same count inside the listing's own statement: "my organizations" stays one
	 * statement.
	 */
	@Override
	public String sqlCount(String organizationId) {
		return "(select count(*) from project p where p.organization_id = " + organizationId + ")";
	}

}
