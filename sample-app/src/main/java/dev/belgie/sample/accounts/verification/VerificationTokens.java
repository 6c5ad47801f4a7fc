package dev.belgie.sample.accounts.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.security.crypto.keygen.BytesKeyGenerator;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * Secret tokens of verification links: 256 random bits, URL-safe; the database keeps only
 * their SHA-256 hash (a leaked table verifies nobody), which is enough for a random
 * secret of that size (no salt or slow hash needed, unlike passwords).
 */
final class VerificationTokens {

	private static final BytesKeyGenerator random = KeyGenerators.secureRandom(32);

	private VerificationTokens() {
	}

	static String newToken() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random.generateKey());
	}

	/** The hash stored for a token: 64 hex digits. */
	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
