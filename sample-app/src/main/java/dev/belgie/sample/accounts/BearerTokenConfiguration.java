package dev.belgie.sample.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs and checks the sample app's bearer tokens. A token is accepted only when it is
 * signed with the app's secret, carries an {@code exp} that has not passed, a non-blank
 * {@code sub} and the app's own issuer.
 */
@Configuration(proxyBeanMethods = false)
class BearerTokenConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(BearerTokenConfiguration.class);

	/** How many verified tokens are kept: about a kilobyte each. */
	private static final int VERIFIED_TOKENS = 10_000;

	@Bean
	TokenSigningKey tokenSigningKey(TokenProperties properties) {
		if (properties.secret() != null) {
			return new TokenSigningKey(hmacKey(properties.secret().getBytes(StandardCharsets.UTF_8)));
		}
		// A constant default would let anyone who reads this repository sign tokens for
		// any user.
		logger.warn("sample.token.secret (SAMPLE_TOKEN_SECRET) is not set: bearer tokens are signed with a random "
				+ "secret generated at start-up, so they are invalid after a restart and on other instances. "
				+ "Set a secret of at least 32 characters for any real deployment.");
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return new TokenSigningKey(hmacKey(random));
	}

	/**
	 * Verifies each distinct token once (see {@link VerifiedTokenCache}), with every rule
	 * below.
	 */
	@Bean
	JwtDecoder jwtDecoder(TokenSigningKey key, TokenProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key.key()).macAlgorithm(MacAlgorithm.HS256).build();
		JwtTimestampValidator expiry = new JwtTimestampValidator();
		expiry.setAllowEmptyExpiryClaim(false);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry,
				new JwtIssuerValidator(properties.issuer()), new JwtClaimValidator<Object>(JwtClaimNames.SUB,
						(subject) -> subject instanceof String text && !text.isBlank())));
		return new VerifiedTokenCache(decoder, VERIFIED_TOKENS, Clock.systemUTC());
	}

	@Bean
	JwtEncoder jwtEncoder(TokenSigningKey key) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(key.key()));
	}

	private static SecretKey hmacKey(byte[] secret) {
		return new SecretKeySpec(secret, "HmacSHA256");
	}

}
