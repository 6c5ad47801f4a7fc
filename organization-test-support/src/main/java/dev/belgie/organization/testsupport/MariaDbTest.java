package dev.belgie.organization.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated subclass of a database test on MariaDB: a schema of its own in the
 * server of {@code BELGIE_TEST_MARIADB_URL}, else in a Testcontainers container; skipped
 * when neither is available, failed under {@code CI=true}.
 *
 * @see OnDatabase
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@OnDatabase(DatabaseKind.MARIADB)
public @interface MariaDbTest {

}
