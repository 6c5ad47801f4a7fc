package dev.belgie.organization.internal;

import java.time.Instant;
import java.util.UUID;

import dev.belgie.organization.Roles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A membership: a user in an organization with one or more roles. The user's e-mail and
 * name are kept as they were when the user joined, so that listing members needs no call
 * to the application's user store.
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

	/**
	 * Whether {@code role} includes {@code owner}: kept with the role so that owners are
	 * counted by an index.
	 */
	@Column(nullable = false)
	private boolean owner;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private int version;

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
		this.owner = Roles.includes(role, Roles.OWNER);
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
		this.owner = Roles.includes(role, Roles.OWNER);
		this.updatedAt = now;
	}

	public boolean isOwner() {
		return this.owner;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
