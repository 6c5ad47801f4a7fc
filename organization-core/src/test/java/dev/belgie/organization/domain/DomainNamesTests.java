package dev.belgie.organization.domain;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.belgie.organization.error.OrganizationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DomainNamesTests {

	private final DomainNames names = new DomainNames(Set.of("gmail.com", "outlook.com"));

	@Test
	void normalizesCaseTrailingDotAndInternationalizedNames() {
		assertThat(this.names.admit(" Acme.Example.COM. ")).isEqualTo("acme.example.com");
		assertThat(this.names.admit("bücher.de")).isEqualTo("xn--bcher-kva.de");
		assertThat(this.names.admit("xn--bcher-kva.de")).isEqualTo("xn--bcher-kva.de");
	}

	@Test
	void refusesPublicSuffixes() {
		assertNotAllowed("com");
		assertNotAllowed("co.uk");
		assertNotAllowed("github.io");
		assertThat(this.names.admit("acme.co.uk")).isEqualTo("acme.co.uk");
	}

	@Test
	void refusesPublicEmailProvidersAndTheirSubdomains() {
		assertNotAllowed("gmail.com");
		assertNotAllowed("GMAIL.com");
		assertNotAllowed("mail.outlook.com");
	}

	@Test
	void refusesMalformedAndOverlongNames() {
		assertNotAllowed("");
		assertNotAllowed("localhost");
		assertNotAllowed("acme..example");
		assertNotAllowed("acme_corp.com");
		assertNotAllowed("a@b.com");
		String label = "a".repeat(60);
		assertNotAllowed(label + "." + label + "." + label + "." + label + "." + label + ".com");
	}

	@Test
	void emailDomainInAsciiForm() {
		assertThat(DomainNames.ofEmail("Ann@Bücher.DE")).isEqualTo("xn--bcher-kva.de");
		assertThat(DomainNames.ofEmail("nobody")).isNull();
		assertThat(DomainNames.verificationName("acme.com")).isEqualTo("_belgie-verification.acme.com");
	}

	private void assertNotAllowed(String domain) {
		assertThatExceptionOfType(OrganizationException.class).isThrownBy(() -> this.names.admit(domain))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("DOMAIN_NOT_ALLOWED"));
	}

}
