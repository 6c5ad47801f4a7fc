package dev.belgie.organization.team.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TeamMemberRepository extends JpaRepository<TeamMemberEntity, UUID> {

	Optional<TeamMemberEntity> findByTeamIdAndUserId(UUID teamId, String userId);

	/** A user's membership in a team of one organization, with its team. */
	@Query("select m from BelgieTeamMember m join fetch m.team t where t.id = :teamId and t.organizationId = :organizationId and m.userId = :userId")
	Optional<TeamMemberEntity> findInOrganization(@Param("organizationId") UUID organizationId,
			@Param("teamId") UUID teamId, @Param("userId") String userId);

	boolean existsByTeamIdAndUserId(UUID teamId, String userId);

	long countByTeamId(UUID teamId);

	/** A team's members, oldest first: one statement whatever the number of teams. */
	List<TeamMemberEntity> findByTeamIdOrderByCreatedAtAscIdAsc(UUID teamId);

	/** Drops an organization member's team memberships, in one statement. */
	@Modifying(flushAutomatically = true)
	@Query("delete from BelgieTeamMember m where m.memberId = :memberId")
	int deleteByMemberId(@Param("memberId") UUID memberId);

}
