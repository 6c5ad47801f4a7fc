package dev.belgie.organization.internal;

import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.invitation.InvitationPage;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.membership.Membership;
import dev.belgie.organization.organization.Organization;
import dev.belgie.organization.organization.OrganizationSummary;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;

import javax.sql.DataSource;

import dev.belgie.organization.Actor;
import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.spi.OrganizationCounter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;

/**
 * The read path: SQL that returns exactly the answer, mapped straight into the value
 * records with no entity, persistence context or query translation in between. Each read
 * is one statement on a pooled connection; outside a transaction it runs in auto-commit
 * (no {@code BEGIN}/{@code COMMIT}), inside one (an application's {@code @Transactional}
 * method) it joins that transaction's connection.
 * <p>
 * Every statement is bounded by indexes whatever the data size: member counts come from
 * the count kept on the organization's row, pages of members from the
 * {@code (organization_id, created_at, id)} index, read from whichever end of the
 * organization is nearer. Instants are bound and read with a UTC calendar, as Hibernate
 * does for the entities, so both see the same values on every supported database.
 */
public final class Reads {

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	private static final String ORGANIZATION_COLUMNS = "o.id, o.name, o.slug, o.logo, o.metadata, o.domain, o.created_at, o.member_count";

	private static final String MEMBER_COLUMNS = "m.id, m.organization_id, m.user_id, m.email, m.name, m.role, m.created_at";

	private static final String MEMBERSHIP_BY_ID = "select " + ORGANIZATION_COLUMNS + ", m.id, m.role"
			+ " from belgie_member m join belgie_organization o on o.id = m.organization_id"
			+ " where m.organization_id = ? and m.user_id = ?";

	private static final String MEMBERSHIP_BY_SLUG = "select " + ORGANIZATION_COLUMNS + ", m.id, m.role"
			+ " from belgie_member m join belgie_organization o on o.id = m.organization_id"
			+ " where o.slug = ? and m.user_id = ?";

	private static final String ORGANIZATION_BY_ID = "select " + ORGANIZATION_COLUMNS
			+ " from belgie_organization o where o.id = ?";

	private static final String ORGANIZATION_BY_SLUG = "select " + ORGANIZATION_COLUMNS
			+ " from belgie_organization o where o.slug = ?";

	private static final String ROLE = "select m.id, m.role from belgie_member m where m.organization_id = ? and m.user_id = ?";

	private static final String MEMBERS_FORWARD = "select " + MEMBER_COLUMNS
			+ " from belgie_member m where m.organization_id = ? order by m.created_at, m.id"
			+ " offset ? rows fetch first ? rows only";

	private static final String MEMBERS_BACKWARD = "select " + MEMBER_COLUMNS
			+ " from belgie_member m where m.organization_id = ? order by m.created_at desc, m.id desc"
			+ " offset ? rows fetch first ? rows only";

	private static final String PENDING_INVITATIONS = "select i.id, i.organization_id, o.name, i.email, i.role,"
			+ " i.inviter_id, i.team_id, i.expires_at, i.created_at, count(*) over () from belgie_invitation i"
			+ " join belgie_organization o on o.id = i.organization_id"
			+ " where i.organization_id = ? and i.status = 'pending' and i.expires_at > ?"
			+ " order by i.created_at, i.id offset ? rows fetch first ? rows only";

	private static final String PENDING_INVITATION_COUNT = "select count(*) from belgie_invitation i"
			+ " where i.organization_id = ? and i.status = 'pending' and i.expires_at > ?";

	private final JdbcTemplate jdbc;

	private final RolePolicy rolePolicy;

	private final MetadataConverter metadata = new MetadataConverter();

	/**
	 * "My organizations", with the counts that counters give as SQL in the same
	 * statement.
	 */
	private final String summaries;

	private final List<OrganizationCounter> sqlCounters;

	private final List<OrganizationCounter> separateCounters;

	public Reads(DataSource dataSource, RolePolicy rolePolicy, List<OrganizationCounter> counters) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.rolePolicy = rolePolicy;
		List<OrganizationCounter> inSql = new ArrayList<>();
		List<OrganizationCounter> separate = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select ").append(ORGANIZATION_COLUMNS).append(", m.role");
		for (OrganizationCounter counter : counters) {
			String count = counter.sqlCount("o.id");
			if (count != null) {
				inSql.add(counter);
				sql.append(", ").append(count);
			}
			else {
				separate.add(counter);
			}
		}
		this.sqlCounters = List.copyOf(inSql);
		this.separateCounters = List.copyOf(separate);
		sql.append(" from belgie_member m join belgie_organization o on o.id = m.organization_id")
			.append(" where m.user_id = ? order by o.created_at, o.id");
		this.summaries = sql.toString();
	}

	/**
	 * What a read is allowed on: the organization, its member count, and the actor's
	 * membership.
	 */
	public record OrganizationRead(Organization organization, long memberCount, Membership membership) {

	}

	/**
	 * The organizations a user belongs to with the user's role, the member count and
	 * every counter's count: one statement, plus one per counter that gives no SQL.
	 */
	public List<OrganizationSummary> summaries(String userId) {
		int counted = this.sqlCounters.size();
		Calendar calendar = calendar();
		List<OrganizationSummary> summaries = this.jdbc.query(this.summaries, (ps) -> ps.setString(1, userId),
				(rs, row) -> {
					Map<String, Long> counts = Map.of();
					if (counted > 0) {
						counts = new LinkedHashMap<>();
						for (int i = 0; i < counted; i++) {
							counts.put(this.sqlCounters.get(i).name(), rs.getLong(10 + i));
						}
					}
					return new OrganizationSummary(uuid(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
							this.metadata.convertToEntityAttribute(rs.getString(5)), rs.getString(6),
							instant(rs, 7, calendar), rs.getString(9), rs.getLong(8), counts);
				});
		if (summaries.isEmpty() || this.separateCounters.isEmpty()) {
			return summaries;
		}
		return merge(this.separateCounters, userId, summaries);
	}

	/** The summaries with every counter's count merged in: one call per counter. */
	private static List<OrganizationSummary> merge(List<OrganizationCounter> counters, String userId,
			List<OrganizationSummary> summaries) {
		Map<String, Map<UUID, Long>> countsByName = new LinkedHashMap<>();
		counters.forEach((counter) -> countsByName.put(counter.name(), counter.countFor(userId)));
		return summaries.stream().map((summary) -> {
			Map<String, Long> counts = new LinkedHashMap<>(summary.counts());
			countsByName
				.forEach((name, byOrganization) -> counts.put(name, byOrganization.getOrDefault(summary.id(), 0L)));
			return summary.withCounts(counts);
		}).toList();
	}

	/**
	 * The organization and the actor's membership in it: one statement; empty for a
	 * non-member.
	 */
	public Optional<OrganizationRead> organization(Actor actor, UUID organizationId) {
		if (actor instanceof Actor.UserActor user) {
			return one(MEMBERSHIP_BY_ID, (ps) -> {
				ps.setObject(1, organizationId);
				ps.setString(2, user.user().id());
			}, user.user().id());
		}
		return one(ORGANIZATION_BY_ID, (ps) -> ps.setObject(1, organizationId), null);
	}

	/** As {@link #organization(Actor, UUID)}, by slug. */
	public Optional<OrganizationRead> organizationBySlug(Actor actor, String slug) {
		if (actor instanceof Actor.UserActor user) {
			return one(MEMBERSHIP_BY_SLUG, (ps) -> {
				ps.setString(1, slug);
				ps.setString(2, user.user().id());
			}, user.user().id());
		}
		return one(ORGANIZATION_BY_SLUG, (ps) -> ps.setString(1, slug), null);
	}

	/** A user's membership in an organization: one indexed row, no lock. */
	public Optional<Membership> membership(UUID organizationId, String userId) {
		List<Membership> found = this.jdbc.query(ROLE, (ps) -> {
			ps.setObject(1, organizationId);
			ps.setString(2, userId);
		}, (rs, row) -> this.rolePolicy.membership(organizationId, uuid(rs, 1), userId, rs.getString(2)));
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	/**
	 * One page of an organization's members, oldest first, given how many it has: one
	 * statement, none past the end. A page in the second half is read from the newest
	 * end, so the first and the last pages cost the same whatever the size.
	 */
	public List<Member> memberPage(UUID organizationId, int page, int size, long total) {
		long offset = (long) page * size;
		if (offset >= total) {
			return List.of();
		}
		if (offset <= total / 2) {
			return this.jdbc.query(MEMBERS_FORWARD, paging(organizationId, offset, size), members());
		}
		long end = Math.min(total, offset + size);
		List<Member> items = new ArrayList<>(
				this.jdbc.query(MEMBERS_BACKWARD, paging(organizationId, total - end, end - offset), members()));
		Collections.reverse(items);
		return items;
	}

	/**
	 * One page of pending invitations, oldest first, with their total: one statement (two
	 * past the end).
	 */
	public InvitationPage pendingInvitations(UUID organizationId, int page, int size, Instant now) {
		long offset = (long) page * size;
		long[] total = { 0 };
		Calendar calendar = calendar();
		List<Invitation> items = this.jdbc.query(PENDING_INVITATIONS, (ps) -> {
			ps.setObject(1, organizationId);
			ps.setTimestamp(2, Timestamp.from(now), calendar);
			ps.setLong(3, offset);
			ps.setInt(4, size);
		}, (rs, row) -> {
			total[0] = rs.getLong(10);
			return new Invitation(uuid(rs, 1), uuid(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
					InvitationEntity.PENDING, rs.getString(6), uuid(rs, 7), instant(rs, 8, calendar),
					instant(rs, 9, calendar));
		});
		if (items.isEmpty() && offset > 0) {
			total[0] = this.jdbc.query(PENDING_INVITATION_COUNT, (ps) -> {
				ps.setObject(1, organizationId);
				ps.setTimestamp(2, Timestamp.from(now), calendar);
			}, (rs, row) -> rs.getLong(1)).get(0);
		}
		return new InvitationPage(items, page, size, total[0]);
	}

	private Optional<OrganizationRead> one(String sql, PreparedStatementSetter parameters, String userId) {
		Calendar calendar = calendar();
		List<OrganizationRead> found = this.jdbc.query(sql, parameters, (rs, row) -> {
			Organization organization = new Organization(uuid(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
					this.metadata.convertToEntityAttribute(rs.getString(5)), rs.getString(6), instant(rs, 7, calendar));
			Membership membership = (userId != null)
					? this.rolePolicy.membership(organization.id(), uuid(rs, 9), userId, rs.getString(10))
					: Membership.system(organization.id());
			return new OrganizationRead(organization, rs.getLong(8), membership);
		});
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	private RowMapper<Member> members() {
		Calendar calendar = calendar();
		return (rs, row) -> new Member(uuid(rs, 1), uuid(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), instant(rs, 7, calendar));
	}

	private static PreparedStatementSetter paging(UUID organizationId, long offset, long size) {
		return (PreparedStatement ps) -> {
			ps.setObject(1, organizationId);
			ps.setLong(2, offset);
			ps.setLong(3, size);
		};
	}

	private static UUID uuid(ResultSet rs, int column) throws SQLException {
		Object value = rs.getObject(column);
		if (value == null || value instanceof UUID) {
			return (UUID) value;
		}
		return UUID.fromString(value.toString());
	}

	private static Instant instant(ResultSet rs, int column, Calendar calendar) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column, calendar);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A UTC calendar for one statement's instants, bound and read as Hibernate does for
	 * the entities: a new one each time, since drivers may change the one they are given.
	 */
	static Calendar calendar() {
		return Calendar.getInstance(UTC);
	}

}
