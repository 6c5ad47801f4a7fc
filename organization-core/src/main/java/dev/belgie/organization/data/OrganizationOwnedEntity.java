package dev.belgie.organization.data;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The base of an application entity that belongs to one organization: its
 * {@code organization_id} column (a UUID, not null, never changed after insert). The
 * application's changelog creates the column with an index on it (and, usually, a foreign
 * key to {@code belgie_organization(id)}).
 * <p>
 * Read such rows through {@link OrganizationOwnedRepository} or
 * {@link OrganizationOwned}, which join the membership table, so that a row of an
 * organization is only ever read for one of its members.
 */
@MappedSuperclass
public abstract class OrganizationOwnedEntity {

	@Column(name = "organization_id", nullable = false, updatable = false)
	private UUID organizationId;

	/** For JPA. */
	protected OrganizationOwnedEntity() {
	}

	/**
	 * A row of an organization.
	 * @param organizationId the organization's id
	 */
	protected OrganizationOwnedEntity(UUID organizationId) {
		this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
	}

	/**
	 * The organization the row belongs to.
	 * @return the organization's id
	 */
	public UUID getOrganizationId() {
		return this.organizationId;
	}

}
