package dev.belgie.organization.team.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A team of an organization. It names the organization by id only: the team module
 * reaches the core through its SPI, never through its entities. The version is
 * {@code null} until the row is inserted, which tells Spring Data that saving it is one
 * {@code INSERT}.
 */
@Entity(name = "BelgieTeam")
@Table(name = "belgie_team")
public class TeamEntity {

	@Id
	private UUID id;

	@Column(name = "organization_id", nullable = false, updatable = false)
	private UUID organizationId;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private Integer version;

	protected TeamEntity() {
	}

	public TeamEntity(UUID organizationId, String name, Instant now) {
		this.id = UUID.randomUUID();
		this.organizationId = organizationId;
		this.name = name;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getOrganizationId() {
		return this.organizationId;
	}

	public String getName() {
		return this.name;
	}

	public void rename(String name, Instant now) {
		this.name = name;
		this.updatedAt = now;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
