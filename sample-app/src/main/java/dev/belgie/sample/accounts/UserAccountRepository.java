package dev.belgie.sample.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	Optional<UserAccount> findByVerificationTokenHash(String verificationTokenHash);

	/**
	 * Marks the e-mail verified and uses the token up, if the token is still the
	 * account's and unexpired: one statement, so two requests with the same token cannot
	 * both succeed.
	 * @return 1 when verified, 0 when the token was used, replaced or expired meanwhile
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update UserAccount u set u.emailVerified = true, u.verificationTokenHash = null,
			u.verificationTokenExpiresAt = null
			where u.id = :id and u.verificationTokenHash = :tokenHash and u.verificationTokenExpiresAt > :now""")
	int verify(@Param("id") UUID id, @Param("tokenHash") String tokenHash, @Param("now") Instant now);

	/**
	 * Issues a new verification token (voiding the previous one) for an unverified
	 * account whose last e-mail was requested at or before {@code sentBefore}: one
	 * statement, so concurrent resends send at most one e-mail.
	 * @return 1 when issued, 0 when the account is verified or asked too recently
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update UserAccount u set u.verificationTokenHash = :tokenHash, u.verificationTokenExpiresAt = :expiresAt,
			u.verificationSentAt = :now
			where u.id = :id and u.emailVerified = false
			and (u.verificationSentAt is null or u.verificationSentAt <= :sentBefore)""")
	int reissueVerification(@Param("id") UUID id, @Param("tokenHash") String tokenHash,
			@Param("expiresAt") Instant expiresAt, @Param("now") Instant now, @Param("sentBefore") Instant sentBefore);

}
