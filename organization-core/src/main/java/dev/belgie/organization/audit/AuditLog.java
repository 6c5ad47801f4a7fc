package dev.belgie.organization.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.UUID;

import javax.sql.DataSource;

import dev.belgie.organization.Actor;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.internal.MetadataConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The organizations' audit log: records one entry per change in the change's own
 * transaction (one plain insert on the transaction's connection, so a change that rolls
 * back leaves no entry) and reads it in keyset pages, newest first. Applications record
 * their own actions through {@link #record} in the transaction of the change they make,
 * and read the log through the organization client (members holding {@code audit:read})
 * or through {@link #page} (jobs, with no access check).
 */
public class AuditLog {

	private static final String INSERT = "insert into belgie_audit_entry (id, organization_id, at, action, actor_type,"
			+ " actor_id, actor_email, target_type, target_id, details) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String SELECT = "select id, organization_id, at, action, actor_type, actor_id, actor_email,"
			+ " target_type, target_id, details from belgie_audit_entry where organization_id = ?";

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final MetadataConverter json = new MetadataConverter();

	/**
	 * A log over the starter's data source.
	 * @param dataSource the data source whose transaction the entries join
	 * @param clock the clock stamping the entries
	 */
	public AuditLog(DataSource dataSource, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.clock = clock;
	}

	/**
	 * Records one entry in the current transaction, which must be active: the entry
	 * commits or rolls back with the change it records.
	 * @param actor who made the change
	 * @param organizationId the organization it belongs to
	 * @param action what was done ({@code project.created})
	 * @param target what it was done to
	 * @param details what changed (see {@link #change}); never a token, password or other
	 * secret; may be {@code null}
	 * @throws IllegalStateException when no transaction is active
	 */
	public void record(Actor actor, UUID organizationId, String action, AuditTarget target, Map<String, ?> details) {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(organizationId, "organizationId");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(target, "target");
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("An audit entry is recorded in the transaction of its change");
		}
		String actorType = (actor instanceof Actor.UserActor) ? "user" : "system";
		String actorId = (actor instanceof Actor.UserActor user) ? user.user().id() : null;
		String actorEmail = (actor instanceof Actor.UserActor user) ? user.user().email() : null;
		String detailsJson = (details != null && !details.isEmpty())
				? MetadataConverter.toJson(new LinkedHashMap<>(details)) : null;
		Timestamp at = Timestamp.from(this.clock.instant());
		UUID id = UUID.randomUUID();
		this.jdbc.update(INSERT, (ps) -> {
			ps.setObject(1, id);
			ps.setObject(2, organizationId);
			ps.setTimestamp(3, at, Calendar.getInstance(UTC));
			ps.setString(4, action);
			ps.setString(5, actorType);
			ps.setString(6, actorId);
			ps.setString(7, actorEmail);
			ps.setString(8, target.type());
			ps.setString(9, target.id());
			ps.setString(10, detailsJson);
		});
	}

	/**
	 * The details of an update: {@code {"before": before, "after": after}}.
	 * @param before the value before
	 * @param after the value after
	 * @return the details
	 */
	public static Map<String, Object> change(Object before, Object after) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", before);
		details.put("after", after);
		return details;
	}

	/**
	 * Details from alternating keys and values, in that order, leaving out the
	 * {@code null} values: {@code details("email", email, "teamId", teamId)}.
	 * @param keysAndValues a key, its value, the next key, ...
	 * @return the details
	 */
	public static Map<String, Object> details(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("keys and values come in pairs");
		}
		Map<String, Object> details = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				details.put((String) keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return details;
	}

	/**
	 * One page of an organization's log, newest first, with no access check (for jobs and
	 * the organization client, which checks {@code audit:read}). One statement, served by
	 * the index on the organization and the entries' order: its cost does not grow with
	 * the log.
	 * @param organizationId the organization
	 * @param query the page wanted
	 * @return the page
	 * @throws OrganizationException ({@code VALIDATION_FAILED} on {@code before}) when
	 * {@code before} is not an entry of the organization's log
	 */
	public AuditPage page(UUID organizationId, AuditQuery query) {
		StringBuilder sql = new StringBuilder(SELECT);
		List<Object> args = new ArrayList<>();
		args.add(organizationId);
		if (query.before() != null) {
			sql.append(" and entry_no < (select b.entry_no from belgie_audit_entry b where b.id = ?"
					+ " and b.organization_id = ?)");
			args.add(query.before());
			args.add(organizationId);
		}
		if (query.actionPrefix() != null && !query.actionPrefix().isEmpty()) {
			sql.append(" and action like ? escape '!'");
			args.add(query.actionPrefix().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
		}
		if (query.actorId() != null) {
			sql.append(" and actor_id = ?");
			args.add(query.actorId());
		}
		sql.append(" order by entry_no desc limit ?");
		args.add(query.limit() + 1);
		List<AuditEntry> items = this.jdbc.query(sql.toString(), (rs, row) -> entry(rs), args.toArray());
		if (items.isEmpty() && query.before() != null && !isEntry(organizationId, query.before())) {
			// a page after an entry that is not (or no longer) in this organization's
			// log:
			// a second statement only on an empty page, which following next never
			// reaches
			throw OrganizationException.invalid("before", "is not an entry of this organization's audit log");
		}
		UUID next = null;
		if (items.size() > query.limit()) {
			items = new ArrayList<>(items.subList(0, query.limit()));
			next = items.get(items.size() - 1).id();
		}
		return new AuditPage(List.copyOf(items), next);
	}

	private boolean isEntry(UUID organizationId, UUID id) {
		return !this.jdbc
			.queryForList("select 1 from belgie_audit_entry where id = ? and organization_id = ?", Integer.class, id,
					organizationId)
			.isEmpty();
	}

	private AuditEntry entry(ResultSet rs) throws SQLException {
		Timestamp at = rs.getTimestamp(3, Calendar.getInstance(UTC));
		String details = rs.getString(10);
		String actorType = rs.getString(5);
		return new AuditEntry(uuid(rs.getObject(1)), uuid(rs.getObject(2)), (at != null) ? at.toInstant() : null,
				rs.getString(4), new AuditActor(actorType, rs.getString(6), rs.getString(7)),
				new AuditTarget(rs.getString(8), rs.getString(9)),
				(details != null) ? this.json.convertToEntityAttribute(details) : Map.of());
	}

	private static UUID uuid(Object value) {
		if (value == null || value instanceof UUID) {
			return (UUID) value;
		}
		return UUID.fromString(value.toString());
	}

	/**
	 * The instant the log's clock reads now (for tests and retention).
	 * @return now
	 */
	Instant now() {
		return this.clock.instant();
	}

}
