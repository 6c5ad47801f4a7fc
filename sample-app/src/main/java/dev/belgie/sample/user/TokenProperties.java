package dev.belgie.sample.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sample app's bearer tokens: HMAC-SHA256 signed JWTs.
 *
 * @param secret the signing secret, at least 32 characters
 * @param expiresIn how long a token is valid
 */
@ConfigurationProperties("sample.token")
public record TokenProperties(String secret, Duration expiresIn) {

	public TokenProperties {
		if (secret == null || secret.length() < 32) {
			throw new IllegalArgumentException("sample.token.secret must be at least 32 characters");
		}
		if (expiresIn == null) {
			expiresIn = Duration.ofHours(1);
		}
	}

}
