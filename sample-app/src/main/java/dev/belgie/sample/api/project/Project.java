package dev.belgie.sample.api.project;

import java.time.Instant;
import java.util.UUID;

import dev.belgie.organization.data.OrganizationOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A project: the sample's own data, owned by one organization. */
@Entity
@Table(name = "project")
public class Project extends OrganizationOwnedEntity {

	@Id
	private UUID id;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(length = 1000)
	private String description;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Project() {
	}

	Project(UUID organizationId, String name, String description, Instant createdAt) {
		super(organizationId);
		this.id = UUID.randomUUID();
		this.name = name;
		this.description = description;
		this.createdAt = createdAt;
	}

	public UUID getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
