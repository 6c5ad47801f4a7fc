package dev.belgie.sample.accounts;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A {@link JwtDecoder} that verifies each distinct token once: a client sends the same
 * bearer token with every request, and checking its HMAC and parsing its JSON again each
 * time was a tenth of a read's CPU. A token the delegate accepted is kept (up to
 * {@code capacity} of them, then all are dropped) and, on every later request, its time
 * window is checked again; only exactly the same token string, whose signature was
 * verified, is taken from the cache.
 */
final class VerifiedTokenCache implements JwtDecoder {

	private final JwtDecoder delegate;

	private final int capacity;

	private final JwtTimestampValidator timestamps = new JwtTimestampValidator();

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	VerifiedTokenCache(JwtDecoder delegate, int capacity, Clock clock) {
		this.delegate = delegate;
		this.capacity = capacity;
		this.timestamps.setClock(clock);
	}

	@Override
	public Jwt decode(String token) {
		Jwt jwt = this.verified.get(token);
		if (jwt == null) {
			jwt = this.delegate.decode(token);
			if (this.verified.size() >= this.capacity) {
				this.verified.clear();
			}
			this.verified.put(token, jwt);
			return jwt;
		}
		OAuth2TokenValidatorResult result = this.timestamps.validate(jwt);
		if (result.hasErrors()) {
			this.verified.remove(token);
			throw new JwtValidationException("The token is no longer valid", result.getErrors());
		}
		return jwt;
	}

}
