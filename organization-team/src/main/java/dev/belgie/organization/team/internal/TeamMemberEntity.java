package dev.belgie.organization.team.internal;

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
 * A team membership: an organization member (by membership id, which the database
 * cascades from) in a team with a team role. The user id is kept beside it so that a
 * user's teams are one indexed query.
 */
@Entity(name = "BelgieTeamMember")
@Table(name = "belgie_team_member")
public class TeamMemberEntity {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "team_id", nullable = false, updatable = false)
	private TeamEntity team;

	@Column(name = "team_id", nullable = false, insertable = false, updatable = false)
	private UUID teamId;

	@Column(name = "member_id", nullable = false, updatable = false)
	private UUID memberId;

	@Column(name = "user_id", nullable = false, updatable = false, length = 255)
	private String userId;

	@Column(nullable = false, length = 255)
	private String role;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private Integer version;

	protected TeamMemberEntity() {
	}

	public TeamMemberEntity(TeamEntity team, UUID memberId, String userId, String role, Instant now) {
		this.id = UUID.randomUUID();
		this.team = team;
		this.teamId = team.getId();
		this.memberId = memberId;
		this.userId = userId;
		this.role = role;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public UUID getId() {
		return this.id;
	}

	public TeamEntity getTeam() {
		return this.team;
	}

	public UUID getTeamId() {
		return this.teamId;
	}

	public UUID getMemberId() {
		return this.memberId;
	}

	public String getUserId() {
		return this.userId;
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

}
