package dev.belgie.organization.autoconfigure.domain;

import dev.belgie.organization.domain.DomainNames;
import dev.belgie.organization.domain.DomainVerifier;
import dev.belgie.organization.error.OrganizationException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OrganizationDomainAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OrganizationDomainAutoConfiguration.class));

	@Test
	void defaultsRefusePublicProvidersAndSuffixes() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(DomainVerifier.class);
			DomainNames names = context.getBean(DomainNames.class);
			assertThatExceptionOfType(OrganizationException.class).isThrownBy(() -> names.admit("gmail.com"));
			assertThatExceptionOfType(OrganizationException.class).isThrownBy(() -> names.admit("co.uk"));
			assertThat(names.admit("Acme.CO.uk")).isEqualTo("acme.co.uk");
		});
	}

	@Test
	void configuredProvidersReplaceTheDefaults() {
		this.runner.withPropertyValues("belgie.organization.domains.public-email-providers=acme.com").run((context) -> {
			DomainNames names = context.getBean(DomainNames.class);
			assertThatExceptionOfType(OrganizationException.class).isThrownBy(() -> names.admit("acme.com"));
			assertThat(names.admit("gmail.com")).isEqualTo("gmail.com");
		});
	}

	@Test
	void invalidSettingsFailAtStartUp() {
		this.runner.withPropertyValues("belgie.organization.domains.timeout=0s")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("belgie.organization.domains.attempts=0")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("belgie.organization.domains.servers=not a server")
			.run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("belgie.organization.domains.servers=127.0.0.1:5353,dns.example")
			.run((context) -> assertThat(context).hasNotFailed());
	}

}
