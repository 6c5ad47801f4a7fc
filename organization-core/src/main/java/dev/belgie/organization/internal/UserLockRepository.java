package dev.belgie.organization.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserLockRepository extends JpaRepository<UserLockEntity, String> {

	/** Locks a user's row by its primary key (no range, so no gap lock on MariaDB). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u.userId from BelgieUserLock u where u.userId = :userId")
	Optional<String> lock(@Param("userId") String userId);

}
