package dev.belgie.organization.autoconfigure.actuate;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log in the {@code organizations} endpoint: how many entries it keeps (one
 * count over the table's smallest index, read only when the endpoint is asked).
 */
public class AuditLogTotals implements OrganizationStatistics {

	private final JdbcClient jdbc;

	public AuditLogTotals(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public Map<String, Object> totals() {
		long entries = this.jdbc.sql("select count(*) from belgie_audit_entry").query(Long.class).single();
		return Map.of("auditLog", Map.of("entries", entries));
	}

}
