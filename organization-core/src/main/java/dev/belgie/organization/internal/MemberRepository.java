package dev.belgie.organization.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MemberRepository extends JpaRepository<MemberEntity, UUID> {

	/**
	 * A user's membership with its organization, in one query: the basis of every access
	 * check.
	 */
	@Query("select m from BelgieMember m join fetch m.organization where m.organizationId = :organizationId and m.userId = :userId")
	Optional<MemberEntity> findMembership(@Param("organizationId") UUID organizationId, @Param("userId") String userId);

	@Query("select m from BelgieMember m join fetch m.organization o where o.slug = :slug and m.userId = :userId")
	Optional<MemberEntity> findMembershipBySlug(@Param("slug") String slug, @Param("userId") String userId);

	Optional<MemberEntity> findByIdAndOrganizationId(UUID id, UUID organizationId);

	Optional<MemberEntity> findByOrganizationIdAndEmail(UUID organizationId, String email);

	boolean existsByOrganizationIdAndUserId(UUID organizationId, String userId);

	boolean existsByOrganizationIdAndEmail(UUID organizationId, String email);

	long countByOrganizationId(UUID organizationId);

	long countByUserId(String userId);

	/**
	 * Whether the organization has an owner other than {@code memberId}: at most one
	 * indexed row read.
	 */
	boolean existsByOrganizationIdAndOwnerTrueAndIdNot(UUID organizationId, UUID memberId);

}
