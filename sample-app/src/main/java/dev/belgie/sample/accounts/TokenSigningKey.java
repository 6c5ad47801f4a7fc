package dev.belgie.sample.accounts;

import javax.crypto.SecretKey;

/**
 * The HMAC-SHA256 key that signs and checks the sample app's bearer tokens: from
 * {@code sample.token.secret}, or generated at start-up.
 */
public record TokenSigningKey(SecretKey key) {
}
