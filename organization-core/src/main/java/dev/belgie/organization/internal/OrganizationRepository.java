package dev.belgie.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationRepository extends JpaRepository<OrganizationEntity, UUID> {

	Optional<OrganizationEntity> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * Reads an organization and locks its row until the transaction ends: every change to
	 * an organization, its members or its invitations goes through this lock, which
	 * serializes the checks of its invariants (last owner, limits, pending invitations)
	 * across threads and application instances.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from BelgieOrganization o where o.id = :id")
	Optional<OrganizationEntity> lockById(@Param("id") UUID id);

	/** Which of a bounded list of candidate slugs are taken: one indexed query. */
	@Query("select o.slug from BelgieOrganization o where o.slug in :slugs")
	List<String> findTakenSlugs(@Param("slugs") Collection<String> slugs);

	/**
	 * Deletes an organization in one statement; the database cascades to its members and
	 * invitations.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from BelgieOrganization o where o.id = :id")
	int deleteOrganization(@Param("id") UUID id);

}
