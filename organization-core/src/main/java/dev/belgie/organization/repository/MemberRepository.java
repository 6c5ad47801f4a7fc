package dev.belgie.organization.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.belgie.organization.domain.MemberEntity;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MemberRepository extends JpaRepository<MemberEntity, UUID> {

	/** A user's membership with its organization, in one query: the basis of every permission check. */
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

	/** The user's oldest membership, if the user has any. */
	Optional<MemberEntity> findFirstByUserIdOrderByCreatedAtAscIdAsc(String userId);

	/** Locks one membership row, found by its primary key (no range, so no gap lock on MariaDB). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m.id from BelgieMember m where m.id = :id")
	Optional<UUID> lockMember(@Param("id") UUID id);

	/** A user's memberships, read with a lock: the latest committed rows, on MariaDB's repeatable read too. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from BelgieMember m where m.userId = :userId")
	List<MemberEntity> lockMembershipsOf(@Param("userId") String userId);

	@Query("""
			select count(m) from BelgieMember m where m.organizationId = :organizationId
			and (m.role = 'owner' or m.role like 'owner,%' or m.role like '%,owner' or m.role like '%,owner,%')""")
	long countOwners(@Param("organizationId") UUID organizationId);

	/** One page of an organization's members; with {@link #countByOrganizationId}, always two statements. */
	List<MemberEntity> findByOrganizationId(UUID organizationId, Pageable pageable);

	@Query("""
			select new dev.belgie.organization.repository.MembershipSummary(o, m.role,
			(select count(c) from BelgieMember c where c.organizationId = o.id))
			from BelgieMember m join m.organization o where m.userId = :userId order by o.createdAt, o.id""")
	List<MembershipSummary> findMembershipSummaries(@Param("userId") String userId);

}
