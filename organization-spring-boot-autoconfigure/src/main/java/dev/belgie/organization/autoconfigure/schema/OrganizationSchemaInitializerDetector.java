package dev.belgie.organization.autoconfigure.schema;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link OrganizationSchemaInitializer} initializes the database,
 * so that the JPA {@code EntityManagerFactory} and everything else that depends on
 * database initialization waits for it.
 */
class OrganizationSchemaInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(OrganizationSchemaInitializer.class);
	}

}
