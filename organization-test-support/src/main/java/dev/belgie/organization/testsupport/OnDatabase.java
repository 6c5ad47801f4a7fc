package dev.belgie.organization.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a database test class on another database than H2: the variant of a suite is a
 * subclass of its H2 class with this annotation, usually through {@link PostgreSqlTest}
 * or {@link MariaDbTest}. A Spring test's application context gets a fresh schema of its
 * own on that database ({@code spring.datasource.*}, dropped when the context closes); a
 * test that starts its applications itself asks
 * {@link TestDatabases#forTestClass(Class)}. When the server is not available the class
 * is skipped, or fails under {@code CI=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DatabaseAvailableCondition.class)
@ContextCustomizerFactories(TestDatabaseContextCustomizerFactory.class)
public @interface OnDatabase {

	/**
	 * The database.
	 * @return the database the class runs on
	 */
	DatabaseKind value();

}
