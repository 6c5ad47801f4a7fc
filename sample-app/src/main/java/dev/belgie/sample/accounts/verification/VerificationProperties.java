package dev.belgie.sample.accounts.verification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail verification of the sample app's users.
 *
 * @param from the sender address of verification e-mails
 * @param expiresIn how long a verification link stays valid
 * @param resendInterval the least time between two verification e-mails to one user
 */
@ConfigurationProperties("sample.verification")
public record VerificationProperties(String from, Duration expiresIn, Duration resendInterval) {

	public VerificationProperties {
		from = (from != null && !from.isBlank()) ? from : "no-reply@localhost";
		expiresIn = positive("expires-in", (expiresIn != null) ? expiresIn : Duration.ofHours(24));
		resendInterval = positive("resend-interval", (resendInterval != null) ? resendInterval : Duration.ofMinutes(1));
	}

	private static Duration positive(String key, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("sample.verification." + key + " must be positive");
		}
		return value;
	}

}
