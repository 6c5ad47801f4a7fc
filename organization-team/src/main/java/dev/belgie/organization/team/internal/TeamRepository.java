package dev.belgie.organization.team.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TeamRepository extends JpaRepository<TeamEntity, UUID> {

	/**
	 * A team of one organization: a team of another is not found, exactly like an unknown
	 * id.
	 */
	Optional<TeamEntity> findByIdAndOrganizationId(UUID id, UUID organizationId);

	boolean existsByOrganizationIdAndNameIgnoreCase(UUID organizationId, String name);

	boolean existsByOrganizationIdAndNameIgnoreCaseAndIdNot(UUID organizationId, String name, UUID id);

	long countByOrganizationId(UUID organizationId);

	/**
	 * An organization's teams with their member counts, oldest first: one statement
	 * whatever their number.
	 */
	@Query("""
			select new dev.belgie.organization.team.internal.TeamRow(t,
			(select count(c) from BelgieTeamMember c where c.teamId = t.id))
			from BelgieTeam t where t.organizationId = :organizationId order by t.createdAt, t.id""")
	List<TeamRow> findRows(@Param("organizationId") UUID organizationId);

	@Query("""
			select new dev.belgie.organization.team.internal.TeamRow(t,
			(select count(c) from BelgieTeamMember c where c.teamId = t.id))
			from BelgieTeam t where t.id = :id and t.organizationId = :organizationId""")
	Optional<TeamRow> findRow(@Param("organizationId") UUID organizationId, @Param("id") UUID id);

	/**
	 * Every team a user belongs to, across organizations, with the user's role: one
	 * statement.
	 */
	@Query("""
			select new dev.belgie.organization.team.internal.TeamRow(t,
			(select count(c) from BelgieTeamMember c where c.teamId = t.id), m.role)
			from BelgieTeamMember m join m.team t where m.userId = :userId order by t.createdAt, t.id""")
	List<TeamRow> findRowsOfUser(@Param("userId") String userId);

}
