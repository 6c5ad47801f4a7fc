package dev.belgie.organization.autoconfigure.actuate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The row count of one table, shown only when the table exists: teams appear once the
 * team module's changelog has made {@code belgie_team}.
 */
public class TableTotal implements OrganizationStatistics {

	private final DataSource dataSource;

	private final String name;

	private final String table;

	/**
	 * @param name the entry shown, such as {@code teams}
	 * @param table the table counted, such as {@code belgie_team}
	 */
	public TableTotal(DataSource dataSource, String name, String table) {
		this.dataSource = dataSource;
		this.name = name;
		this.table = table;
	}

	@Override
	public Map<String, Object> totals() {
		if (!exists()) {
			return Map.of();
		}
		return Map.of(this.name,
				JdbcClient.create(this.dataSource)
					.sql("select count(*) from " + this.table)
					.query(Long.class)
					.single());
	}

	private boolean exists() {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			DatabaseMetaData metaData = connection.getMetaData();
			// identifiers are stored upper-case by H2 and lower-case by PostgreSQL and
			// MariaDB
			for (String table : new String[] { this.table, this.table.toUpperCase(Locale.ROOT) }) {
				try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), table,
						new String[] { "TABLE" })) {
					if (tables.next()) {
						return true;
					}
				}
			}
			return false;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not look up table " + this.table, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

}
