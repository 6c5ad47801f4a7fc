package dev.belgie.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.springframework.data.domain.Persistable;

/**
 * One row per user who created an organization under {@code organization-limit}:
 * creations by one user lock it by its key, so that they count the user's memberships one
 * after the other, on any number of application instances, whether or not the user
 * belongs to an organization yet.
 */
@Entity(name = "BelgieUserLock")
@Table(name = "belgie_user_lock")
public class UserLockEntity implements Persistable<String> {

	@Id
	@Column(name = "user_id", nullable = false, length = 255)
	private String userId;

	protected UserLockEntity() {
	}

	public UserLockEntity(String userId) {
		this.userId = userId;
	}

	@Override
	public String getId() {
		return this.userId;
	}

	/** Always new: the row is only ever inserted (once) and locked, never updated. */
	@Override
	public boolean isNew() {
		return true;
	}

}
