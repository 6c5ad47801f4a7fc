package dev.belgie.sample.user;

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

	protected UserAccount() {
	}

	public UserAccount(String email, String name, String passwordHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.email = email;
		this.name = name;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
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

}
