package dev.belgie.organization.internal;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose UUID is assigned by the application. It tells Spring Data whether it is
 * new, so that saving a new entity is one {@code INSERT} rather than a {@code SELECT}
 * followed by an {@code INSERT}.
 */
@MappedSuperclass
public abstract class NewAwareEntity implements Persistable<UUID> {

	@Transient
	private boolean isNew = true;

	@Override
	public boolean isNew() {
		return this.isNew;
	}

	@PostLoad
	@PostPersist
	void markNotNew() {
		this.isNew = false;
	}

}
