package dev.belgie.organization.autoconfigure.domain;

import dev.belgie.organization.autoconfigure.OrganizationAutoConfiguration;
import dev.belgie.organization.domain.DnsTxtDomainVerifier;
import dev.belgie.organization.domain.DomainNames;
import dev.belgie.organization.domain.DomainVerifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Verified domains: the admission of domain names and the {@link DomainVerifier} (DNS TXT
 * records by default), configured by {@code belgie.organization.domains.*}.
 */
@AutoConfiguration(after = OrganizationAutoConfiguration.class)
@EnableConfigurationProperties(DomainProperties.class)
public final class OrganizationDomainAutoConfiguration {

	/**
	 * The admission of domain names, refusing the configured public e-mail providers and
	 * the public suffixes.
	 * @param properties the domain settings
	 * @return the admission
	 */
	@Bean
	@ConditionalOnMissingBean
	public DomainNames organizationDomainNames(DomainProperties properties) {
		return new DomainNames(properties.getPublicEmailProviders());
	}

	/**
	 * The default verifier, reading DNS TXT records from the configured servers.
	 * @param properties the domain settings
	 * @return the verifier
	 */
	@Bean
	@ConditionalOnMissingBean
	public DomainVerifier organizationDomainVerifier(DomainProperties properties) {
		return new DnsTxtDomainVerifier(properties.getServers(), properties.getTimeout(), properties.getAttempts());
	}

}
