package dev.belgie.sample.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sample app's bearer tokens: HMAC-SHA256 signed JWTs.
 *
 * @param secret the signing secret, at least 32 characters; when unset, a random one is
 * generated at start-up (tokens then neither survive a restart nor pass between
 * instances)
 * @param issuer the {@code iss} claim of the tokens the app issues, and the only one it
 * accepts
 * @param expiresIn how long a token is valid
 */
@ConfigurationProperties("sample.token")
public record TokenProperties(String secret, String issuer, Duration expiresIn) {

	static final String DEFAULT_ISSUER = "belgie-sample";

	public TokenProperties {
		if (secret != null && secret.isBlank()) {
			secret = null;
		}
		if (secret != null && secret.length() < 32) {
			throw new IllegalArgumentException("sample.token.secret must be at least 32 characters");
		}
		if (issuer == null || issuer.isBlank()) {
			issuer = DEFAULT_ISSUER;
		}
		if (expiresIn == null) {
			expiresIn = Duration.ofHours(1);
		}
		if (expiresIn.isNegative() || expiresIn.isZero()) {
			throw new IllegalArgumentException("sample.token.expires-in must be positive");
		}
	}

}
