package dev.belgie.organization.autoconfigure.schema;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Reports a DataSource whose schema the starter applies as managed, so that Hibernate does not default
 * to {@code create-drop} on an embedded database and drop the starter's tables.
 */
public class OrganizationSchemaManagementProvider implements SchemaManagementProvider {

	private final ObjectProvider<OrganizationSchemaInitializer> initializers;

	public OrganizationSchemaManagementProvider(ObjectProvider<OrganizationSchemaInitializer> initializers) {
		this.initializers = initializers;
	}

	@Override
	public SchemaManagement getSchemaManagement(DataSource dataSource) {
		return this.initializers.stream().anyMatch((initializer) -> initializer.getDataSource().equals(dataSource))
				? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
	}

}
