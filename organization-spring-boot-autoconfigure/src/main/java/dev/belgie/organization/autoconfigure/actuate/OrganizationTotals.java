package dev.belgie.organization.autoconfigure.actuate;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organizations, memberships, and pending and expired invitations, counted over the
 * tables (not the entities), one query each.
 */
public class OrganizationTotals implements OrganizationStatistics {

	private final JdbcClient jdbc;

	private final Clock clock;

	public OrganizationTotals(DataSource dataSource, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.clock = clock;
	}

	@Override
	public Map<String, Object> totals() {
		Map<String, Object> totals = new LinkedHashMap<>();
		totals.put("organizations", count("select count(*) from belgie_organization"));
		totals.put("memberships", count("select count(*) from belgie_member"));
		// a pending invitation past its expiry reads as expired, as the client reports it
		totals.put("invitations",
				this.jdbc
					.sql("select coalesce(sum(case when expires_at > :now then 1 else 0 end), 0) as pending, "
							+ "coalesce(sum(case when expires_at <= :now then 1 else 0 end), 0) as expired "
							+ "from belgie_invitation where status = 'pending'")
					.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
					.query((rs, row) -> {
						Map<String, Object> invitations = new LinkedHashMap<>();
						invitations.put("pending", rs.getLong("pending"));
						invitations.put("expired", rs.getLong("expired"));
						return invitations;
					})
					.single());
		return totals;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
