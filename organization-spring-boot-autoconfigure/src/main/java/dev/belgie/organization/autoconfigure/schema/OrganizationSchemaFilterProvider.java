package dev.belgie.organization.autoconfigure.schema;

import java.util.Locale;

import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.spi.SchemaFilter;
import org.hibernate.tool.schema.spi.SchemaFilterProvider;

/**
 * Keeps Hibernate's schema generation ({@code create}, {@code create-drop},
 * {@code update}) away from the starter's tables, which its Liquibase changelog owns,
 * while {@code validate} still checks them. The application's own tables are left to
 * whatever {@code spring.jpa.hibernate.ddl-auto} says, so an application that lets
 * Hibernate create its tables on an embedded database keeps doing so.
 */
public class OrganizationSchemaFilterProvider implements SchemaFilterProvider {

	/** The prefix of every table the starter's changelog creates. */
	public static final String TABLE_PREFIX = "belgie_";

	private static final SchemaFilter EXCLUDING_STARTER_TABLES = new SchemaFilter() {

		@Override
		public boolean includeNamespace(Namespace namespace) {
			return true;
		}

		@Override
		public boolean includeTable(Table table) {
			return !table.getName().toLowerCase(Locale.ROOT).startsWith(TABLE_PREFIX);
		}

		@Override
		public boolean includeSequence(Sequence sequence) {
			return true;
		}

	};

	@Override
	public SchemaFilter getCreateFilter() {
		return EXCLUDING_STARTER_TABLES;
	}

	@Override
	public SchemaFilter getDropFilter() {
		return EXCLUDING_STARTER_TABLES;
	}

	@Override
	public SchemaFilter getTruncatorFilter() {
		return EXCLUDING_STARTER_TABLES;
	}

	@Override
	public SchemaFilter getMigrateFilter() {
		return EXCLUDING_STARTER_TABLES;
	}

	@Override
	public SchemaFilter getValidateFilter() {
		return SchemaFilter.ALL;
	}

}
