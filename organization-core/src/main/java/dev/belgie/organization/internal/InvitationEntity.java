package dev.belgie.organization.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An invitation to join an organization, addressed to an e-mail address. Its stored
 * status is one of {@code pending}, {@code accepted}, {@code rejected} or
 * {@code canceled}; a pending invitation past its expiry reads as {@code expired}.
 */
@Entity(name = "BelgieInvitation")
@Table(name = "belgie_invitation")
public class InvitationEntity extends NewAwareEntity {

	public static final String PENDING = "pending";

	public static final String ACCEPTED = "accepted";

	public static final String REJECTED = "rejected";

	public static final String CANCELED = "canceled";

	public static final String EXPIRED = "expired";

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organization_id", nullable = false)
	private OrganizationEntity organization;

	@Column(name = "organization_id", nullable = false, insertable = false, updatable = false)
	private UUID organizationId;

	@Column(nullable = false, length = 320)
	private String email;

	@Column(nullable = false, length = 255)
	private String role;

	@Column(nullable = false, length = 16)
	private String status;

	@Column(name = "inviter_id", nullable = false, length = 255)
	private String inviterId;

	@Column(name = "team_id")
	private UUID teamId;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** The SHA-256 of the e-mailed link's secret token; replaced by a resend. */
	@Column(name = "token_hash", length = 64)
	private String tokenHash;

	@Version
	private int version;

	protected InvitationEntity() {
	}

	public InvitationEntity(OrganizationEntity organization, String email, String role, String inviterId, UUID teamId,
			Instant expiresAt, String tokenHash, Instant now) {
		this.id = UUID.randomUUID();
		this.tokenHash = tokenHash;
		this.organization = organization;
		this.organizationId = organization.getId();
		this.email = email;
		this.role = role;
		this.status = PENDING;
		this.inviterId = inviterId;
		this.teamId = teamId;
		this.expiresAt = expiresAt;
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

	public String getEmail() {
		return this.email;
	}

	public String getRole() {
		return this.role;
	}

	/** Whether {@code tokenHash} is the hash of this invitation's current token. */
	public boolean hasTokenHash(String tokenHash) {
		return this.tokenHash != null && MessageDigest.isEqual(this.tokenHash.getBytes(StandardCharsets.US_ASCII),
				tokenHash.getBytes(StandardCharsets.US_ASCII));
	}

	/** The stored status; see {@link #statusAt(Instant)} for the one callers see. */
	public String getStatus() {
		return this.status;
	}

	/**
	 * The status as of {@code now}: a pending invitation past its expiry is
	 * {@code expired}.
	 */
	public String statusAt(Instant now) {
		return (PENDING.equals(this.status) && !now.isBefore(this.expiresAt)) ? EXPIRED : this.status;
	}

	public String getInviterId() {
		return this.inviterId;
	}

	public UUID getTeamId() {
		return this.teamId;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** Ends the invitation with a final status. */
	public void close(String status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	/** Refreshes a pending invitation for a resend: new role, team and expiry. */
	/**
	 * Refreshes a pending invitation for a resend: a new token voids the link sent
	 * before.
	 */
	public void refresh(String role, String inviterId, UUID teamId, Instant expiresAt, String tokenHash, Instant now) {
		this.tokenHash = tokenHash;
		this.role = role;
		this.inviterId = inviterId;
		this.teamId = teamId;
		this.expiresAt = expiresAt;
		this.updatedAt = now;
	}

}
