package dev.belgie.organization.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvitationRepository extends JpaRepository<InvitationEntity, UUID> {

	@Query("select i from BelgieInvitation i join fetch i.organization where i.id = :id")
	Optional<InvitationEntity> findWithOrganization(@Param("id") UUID id);

	@Query("select i.organizationId from BelgieInvitation i where i.id = :id")
	Optional<UUID> findOrganizationId(@Param("id") UUID id);

	/** Pending, unexpired invitations addressed to an e-mail address, newest first. */
	@Query("""
			select i from BelgieInvitation i join fetch i.organization
			where i.email = :email and i.status = 'pending' and i.expiresAt > :now
			order by i.createdAt desc, i.id""")
	List<InvitationEntity> findPendingForEmail(@Param("email") String email, @Param("now") Instant now);

	/**
	 * The pending invitation of an address, locked: a resend cannot revive one closed
	 * meanwhile.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select i from BelgieInvitation i
			where i.organizationId = :organizationId and i.email = :email and i.status = 'pending' and i.expiresAt > :now""")
	Optional<InvitationEntity> lockPendingFor(@Param("organizationId") UUID organizationId,
			@Param("email") String email, @Param("now") Instant now);

	@Query("""
			select count(i) from BelgieInvitation i
			where i.organizationId = :organizationId and i.status = 'pending' and i.expiresAt > :now""")
	long countPending(@Param("organizationId") UUID organizationId, @Param("now") Instant now);

	/**
	 * Reads an invitation and locks its row, so that it is accepted, rejected or canceled
	 * only once.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from BelgieInvitation i join fetch i.organization where i.id = :id")
	Optional<InvitationEntity> lockById(@Param("id") UUID id);

}
