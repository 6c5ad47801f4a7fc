package dev.belgie.organization.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A membership: a user in an organization with one or more roles. The user's e-mail and name are kept as
 * they were when the user joined, so that listing members needs no call to the application's user store.
 */
@Entity(name = "BelgieMember")
@Table(name = "belgie_member")
public class MemberEntity extends NewAwareEntity {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organization_id", nullable = false)
	private OrganizationEntity organization;

	@Column(name = "organization_id", nullable = false, insertable = false, updatable = false)
	private UUID organizationId;

	@Column(name = "user_id", nullable = false, length = 255)
	private String userId;

	@Column(length = 320)
	private String email;

	@Column(length = 255)
	private String name;

	@Column(nullable = false, length = 255)
	private String role;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected MemberEntity() {
	}

	public MemberEntity(OrganizationEntity organization, String userId, String email, String name, String role,
			Instant now) {
		this.id = UUID.randomUUID();
		this.organization = organization;
		this.organizationId = organization.getId();
		this.userId = userId;
		this.email = email;
		this.name = name;
		this.role = role;
		this.createdAt = now;
		this.updatedAt = now;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public OrganizationEntity getOrganization() {
		return this.organization;
	}

	public UUID getOrganizationId() {
		return this.organizationId;
	}

	public String getUserId() {
		return this.userId;
	}

	public String getEmail() {
		return this.email;
	}

	public String getName() {
		return this.name;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role, Instant now) {
		this.role = role;
		this.updatedAt = now;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
