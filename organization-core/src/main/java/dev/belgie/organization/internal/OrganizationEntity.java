package dev.belgie.organization.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organization row. Callers never see it: the client returns value records.
 */
@Entity(name = "BelgieOrganization")
@Table(name = "belgie_organization")
public class OrganizationEntity extends NewAwareEntity {

	@Id
	private UUID id;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false, length = 48)
	private String slug;

	@Column(length = 2048)
	private String logo;

	@Convert(converter = MetadataConverter.class)
	@Column(length = 65535)
	private Map<String, Object> metadata;

	@Column(length = 255)
	private String domain;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/**
	 * How many members the organization has: kept by every change of its members, each of
	 * which holds the organization's row lock, so that reads need not count the
	 * membership rows.
	 */
	@Column(name = "member_count", nullable = false)
	private int memberCount;

	/**
	 * A backstop behind the row lock every change takes: a stale write fails instead of
	 * being lost.
	 */
	@Version
	private int version;

	protected OrganizationEntity() {
	}

	public OrganizationEntity(String name, String slug, Instant now) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.slug = slug;
		this.createdAt = now;
		this.updatedAt = now;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getLogo() {
		return this.logo;
	}

	public void setLogo(String logo) {
		this.logo = logo;
	}

	public Map<String, Object> getMetadata() {
		return this.metadata;
	}

	public void setMetadata(Map<String, Object> metadata) {
		this.metadata = metadata;
	}

	public String getDomain() {
		return this.domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public int getMemberCount() {
		return this.memberCount;
	}

	/** Counts a member in or out ({@code delta} ±1), on the locked row. */
	public void countMembers(int delta) {
		this.memberCount += delta;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

}
