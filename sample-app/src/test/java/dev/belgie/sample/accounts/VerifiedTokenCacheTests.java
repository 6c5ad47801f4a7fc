package dev.belgie.sample.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VerifiedTokenCacheTests {

	private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

	private final AtomicInteger verifications = new AtomicInteger();

	/**
	 * Stands for the signature check: accepts only tokens named "good-...", each expiring
	 * in an hour.
	 */
	private final JwtDecoder verifier = (token) -> {
		this.verifications.incrementAndGet();
		if (!token.startsWith("good-")) {
			throw new BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token)
			.header("alg", "HS256")
			.subject(token)
			.issuedAt(NOW)
			.expiresAt(NOW.plus(Duration.ofHours(1)))
			.build();
	};

	@Test
	void aTokenIsVerifiedOnceAndThenServedFromTheCache() {
		VerifiedTokenCache cache = new VerifiedTokenCache(this.verifier, 10, clockAt(NOW));

		Jwt first = cache.decode("good-a");
		Jwt second = cache.decode("good-a");

		assertThat(second).isSameAs(first);
		assertThat(this.verifications).hasValue(1);
	}

	@Test
	void aCachedTokenIsRefusedOnceItHasExpired() {
		MutableClock clock = new MutableClock(NOW);
		VerifiedTokenCache cache = new VerifiedTokenCache(this.verifier, 10, clock);
		cache.decode("good-a");

		clock.now = NOW.plus(Duration.ofHours(2));

		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> cache.decode("good-a"));
	}

	@Test
	void aTokenTheVerifierRefusesIsRefusedEveryTime() {
		VerifiedTokenCache cache = new VerifiedTokenCache(this.verifier, 10, clockAt(NOW));

		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> cache.decode("forged"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> cache.decode("forged"));
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void theCacheNeverHoldsMoreThanItsCapacity() {
		VerifiedTokenCache cache = new VerifiedTokenCache(this.verifier, 2, clockAt(NOW));
		cache.decode("good-a");
		cache.decode("good-b");
		cache.decode("good-c");

		cache.decode("good-a");

		assertThat(this.verifications).hasValue(4);
	}

	private static Clock clockAt(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
