package dev.belgie.organization.domain;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default verifier against a real DNS server started by the test on a random port.
 */
class DnsTxtDomainVerifierTests {

	private static final String NAME = "_belgie-verification.acme.example";

	private DnsResponder dns;

	private DnsTxtDomainVerifier verifier;

	@BeforeEach
	void start() throws Exception {
		this.dns = new DnsResponder();
		this.verifier = new DnsTxtDomainVerifier(List.of(this.dns.address()), Duration.ofMillis(300), 1);
	}

	@AfterEach
	void stop() {
		this.dns.close();
	}

	@Test
	void recordHoldingTheTokenVerifies() {
		this.dns.txt.put(NAME, List.of("v=spf1 -all", "token-123"));
		assertThat(this.verifier.verify("acme.example", NAME, "token-123")).isTrue();
	}

	@Test
	void recordWithAnotherValueDoesNotVerify() {
		this.dns.txt.put(NAME, List.of("token-999"));
		assertThat(this.verifier.verify("acme.example", NAME, "token-123")).isFalse();
	}

	@Test
	void missingRecordDoesNotVerify() {
		this.dns.existing.add(NAME);
		assertThat(this.verifier.verify("acme.example", NAME, "token-123")).isFalse();
	}

	@Test
	void nonExistentNameDoesNotVerify() {
		assertThat(this.verifier.verify("acme.example", NAME, "token-123")).isFalse();
	}

	@Test
	void serverThatDoesNotAnswerTimesOutWithinTheConfiguredTime() {
		this.dns.txt.put(NAME, List.of("token-123"));
		this.dns.silent = true;
		long start = System.nanoTime();
		assertThat(this.verifier.verify("acme.example", NAME, "token-123")).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		this.dns.silent = false;
		assertThat(this.verifier.verify("acme.example", NAME, "token-123")).isTrue();
	}

}
