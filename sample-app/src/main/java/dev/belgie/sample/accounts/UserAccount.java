package dev.belgie.sample.accounts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the sample app's own user accounts. */
@Entity
@Table(name = "app_user")
public class UserAccount {

	@Id
	private UUID id;

	@Column(nullable = false, length = 320, unique = true)
	private String email;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "password_hash", nullable = false, length = 255)
	private String passwordHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "email_verified", nullable = false)
	private boolean emailVerified;

	/**
	 * The hash of the pending verification token; {@code null} once used (or never
	 * issued).
	 */
	@Column(name = "verification_token_hash", length = 64, unique = true)
	private String verificationTokenHash;

	@Column(name = "verification_token_expires_at")
	private Instant verificationTokenExpiresAt;

	/** When the last verification e-mail was requested: resends are throttled from it. */
	@Column(name = "verification_sent_at")
	private Instant verificationSentAt;

	protected UserAccount() {
	}

	public UserAccount(String email, String name, String passwordHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.email = email;
		this.name = name;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	/**
	 * Starts (or restarts) the proof of the mailbox: a new token voids the previous one.
	 */
	public void startVerification(String tokenHash, Instant sentAt, Instant expiresAt) {
		this.verificationTokenHash = tokenHash;
		this.verificationSentAt = sentAt;
		this.verificationTokenExpiresAt = expiresAt;
	}

	public UUID getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getName() {
		return this.name;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEmailVerified() {
		return this.emailVerified;
	}

	public Instant getVerificationTokenExpiresAt() {
		return this.verificationTokenExpiresAt;
	}

	public Instant getVerificationSentAt() {
		return this.verificationSentAt;
	}

}
