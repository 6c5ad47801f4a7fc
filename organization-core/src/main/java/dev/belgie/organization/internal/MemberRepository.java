package dev.belgie.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.belgie.organization.Member;
import dev.belgie.organization.OrganizationSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MemberRepository extends JpaRepository<MemberEntity, UUID> {

	/** A user's membership with its organization, in one query: the basis of every access check. */
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

	/** Whether the organization has an owner other than {@code memberId}: at most one indexed row read. */
	boolean existsByOrganizationIdAndOwnerTrueAndIdNot(UUID organizationId, UUID memberId);

	/**
	 * One page of an organization's members, read straight into the answer's records (no entity is loaded, kept
	 * in the persistence context or copied again); with {@link #countByOrganizationId}, always two statements.
	 */
	@Query("""
			select new dev.belgie.organization.Member(m.id, m.organizationId, m.userId, m.email, m.name, m.role,
			m.createdAt) from BelgieMember m where m.organizationId = :organizationId""")
	List<Member> findMemberPage(@Param("organizationId") UUID organizationId, Pageable pageable);

	/**
	 * A user's organizations with the user's role in each and its member count: one statement, read straight
	 * into the answer's records.
	 */
	@Query("""
			select new dev.belgie.organization.OrganizationSummary(o.id, o.name, o.slug, o.logo, o.metadata, o.domain,
			o.createdAt, m.role, (select count(c) from BelgieMember c where c.organizationId = o.id))
			from BelgieMember m join m.organization o where m.userId = :userId order by o.createdAt, o.id""")
	List<OrganizationSummary> findOrganizationSummaries(@Param("userId") String userId);

}
