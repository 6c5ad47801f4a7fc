package dev.belgie.sample.api.project;

import java.util.UUID;

import dev.belgie.organization.data.OrganizationOwnedRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Projects, read only through the membership-checking queries of
 * {@link OrganizationOwnedRepository}.
 */
interface ProjectRepository extends OrganizationOwnedRepository<Project, UUID> {

	boolean existsByOrganizationId(UUID organizationId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Project p where p.organizationId = :organizationId")
	int deleteByOrganizationId(@Param("organizationId") UUID organizationId);

}
