package dev.belgie.sample;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.belgie.sample.SampleApi.TestUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bearer tokens made by the tests, as an attacker (or a careless issuer) would make them.
 */
final class TestTokens {

	static final String ISSUER = "belgie-sample";

	private TestTokens() {
	}

	/**
	 * The claims the app itself issues for a user: {@code iss}, {@code sub},
	 * {@code email}, {@code name}, times.
	 */
	static JWTClaimsSet.Builder claimsOf(TestUser user, Instant expiresAt) {
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(user.id())
			.claim("email", user.email())
			.claim("name", user.name())
			.issueTime(Date.from(expiresAt.minus(2, ChronoUnit.HOURS)))
			.expirationTime(Date.from(expiresAt));
	}

	/** The claims the app issues, valid for another hour. */
	static JWTClaimsSet.Builder claimsOf(TestUser user) {
		return claimsOf(user, Instant.now().plus(1, ChronoUnit.HOURS));
	}

	static String sign(byte[] secret, JWTClaimsSet claims) {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(new MACSigner(secret));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	/** The claims of a token, read without checking its signature. */
	static JsonNode claims(String token) {
		return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
	}

}
