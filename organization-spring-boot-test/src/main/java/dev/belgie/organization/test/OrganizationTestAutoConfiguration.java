package dev.belgie.organization.test;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.OrganizationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Gives the tests of an application of the starter its {@link OrganizationFixtures}: this
 * module is on the test class path only.
 */
@AutoConfiguration(after = OrganizationAutoConfiguration.class)
@ConditionalOnBean(OrganizationService.class)
public final class OrganizationTestAutoConfiguration {

	/**
	 * The fixtures over the application's service.
	 * @param service the service
	 * @return the fixtures
	 */
	@Bean
	@ConditionalOnMissingBean
	public OrganizationFixtures organizationFixtures(OrganizationService service) {
		return new OrganizationFixtures(service);
	}

}
