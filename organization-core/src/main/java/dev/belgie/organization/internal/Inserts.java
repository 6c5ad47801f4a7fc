package dev.belgie.organization.internal;

import dev.belgie.organization.membership.Member;
import dev.belgie.organization.organization.Organization;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import dev.belgie.organization.Roles;
import dev.belgie.organization.spi.OrganizationUser;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of a new organization and of its creator's membership, written with one plain
 * statement each in the caller's transaction (on its connection): nothing is read back,
 * so no entity needs to be built, managed and flushed. Columns and values are those the
 * entities write; a duplicate slug or membership fails on its named constraint, as with
 * the entities.
 */
public final class Inserts {

	private static final String ORGANIZATION = "insert into belgie_organization (id, name, slug, logo, metadata, domain,"
			+ " member_count, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

	private static final String MEMBER = "insert into belgie_member (id, organization_id, user_id, email, name, role,"
			+ " owner, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

	private final JdbcTemplate jdbc;

	public Inserts(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** Inserts an organization whose kept member count already counts its creator. */
	public Organization organization(String name, String slug, String logo, Map<String, Object> metadata, String domain,
			Instant now) {
		UUID id = UUID.randomUUID();
		String json = (metadata != null) ? MetadataConverter.toJson(metadata) : null;
		Timestamp timestamp = Timestamp.from(now);
		Calendar calendar = Reads.calendar();
		this.jdbc.update(ORGANIZATION, (ps) -> {
			ps.setObject(1, id);
			ps.setString(2, name);
			ps.setString(3, slug);
			ps.setString(4, logo);
			ps.setString(5, json);
			ps.setString(6, domain);
			ps.setInt(7, 1);
			ps.setTimestamp(8, timestamp, calendar);
			ps.setTimestamp(9, timestamp, calendar);
		});
		return new Organization(id, name, slug, logo, metadata, domain, now);
	}

	/** Inserts the membership of an organization's creator. */
	public Member creator(Organization organization, OrganizationUser creator, String role, Instant now) {
		UUID id = UUID.randomUUID();
		Timestamp timestamp = Timestamp.from(now);
		Calendar calendar = Reads.calendar();
		this.jdbc.update(MEMBER, (ps) -> {
			ps.setObject(1, id);
			ps.setObject(2, organization.id());
			ps.setString(3, creator.id());
			ps.setString(4, creator.email());
			ps.setString(5, creator.name());
			ps.setString(6, role);
			ps.setBoolean(7, Roles.includes(role, Roles.OWNER));
			ps.setTimestamp(8, timestamp, calendar);
			ps.setTimestamp(9, timestamp, calendar);
		});
		return new Member(id, organization.id(), creator.id(), creator.email(), creator.name(), role, now);
	}

}
