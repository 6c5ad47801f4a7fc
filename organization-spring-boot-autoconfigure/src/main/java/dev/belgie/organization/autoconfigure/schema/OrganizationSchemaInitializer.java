package dev.belgie.organization.autoconfigure.schema;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.io.ResourceLoader;

/**
 * Applies the starter's Liquibase changelog at start-up, with change-log tables of its
 * own.
 * <p>
 * It is deliberately not a {@link SpringLiquibase} bean: Spring Boot's Liquibase
 * auto-configuration backs off when one exists, and the application's own changelog would
 * then silently not run. JPA waits for it through
 * {@link OrganizationSchemaInitializerDetector}.
 */
public class OrganizationSchemaInitializer implements InitializingBean, ResourceLoaderAware {

	/**
	 * The starter's master changelog, which an application may also include in its own.
	 */
	public static final String CHANGELOG = "classpath:db/changelog/organization/db.changelog-master.xml";

	/** The table in which the starter's Liquibase records the change sets it applied. */
	public static final String CHANGELOG_TABLE = "belgie_databasechangelog";

	public static final String CHANGELOG_LOCK_TABLE = "belgie_databasechangeloglock";

	private final DataSource dataSource;

	private final List<OrganizationSchemaChangelog> changelogs;

	private ResourceLoader resourceLoader;

	public OrganizationSchemaInitializer(DataSource dataSource) {
		this(dataSource, List.of());
	}

	/**
	 * @param additional changelogs of optional modules, applied in order after the
	 * starter's
	 */
	public OrganizationSchemaInitializer(DataSource dataSource, List<OrganizationSchemaChangelog> additional) {
		this.dataSource = dataSource;
		List<OrganizationSchemaChangelog> all = new ArrayList<>();
		all.add(new OrganizationSchemaChangelog(CHANGELOG));
		all.addAll(additional);
		this.changelogs = List.copyOf(all);
	}

	public DataSource getDataSource() {
		return this.dataSource;
	}

	@Override
	public void setResourceLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void afterPropertiesSet() throws Exception {
		for (OrganizationSchemaChangelog changelog : this.changelogs) {
			SpringLiquibase liquibase = new SpringLiquibase();
			liquibase.setDataSource(this.dataSource);
			liquibase.setChangeLog(changelog.location());
			liquibase.setDatabaseChangeLogTable(CHANGELOG_TABLE);
			liquibase.setDatabaseChangeLogLockTable(CHANGELOG_LOCK_TABLE);
			liquibase.setResourceLoader(this.resourceLoader);
			liquibase.afterPropertiesSet();
		}
	}

	/** The changelogs applied, the starter's first. */
	public List<OrganizationSchemaChangelog> getChangelogs() {
		return this.changelogs;
	}

}
