package dev.belgie.sample;

import java.util.Map;

import dev.belgie.sample.SampleApi.ApiResponse;
import dev.belgie.sample.SampleApi.TestUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/auth/token} is throttled per e-mail address (the default: 10 a
 * minute): beyond, 429 {@code TOO_MANY_REQUESTS} with {@code Retry-After}, even with the
 * right password, so a password cannot be guessed at speed.
 * ({@link TokenAddressThrottleApiIntegrationTests}: per remote address.)
 */
class TokenThrottleApiIntegrationTests extends ApiIntegrationTests {

	@Test
	void tokenRequestsForOneEmailAreThrottled() {
		TestUser user = this.api.signUp("Tess");
		for (int i = 0; i < 9; i++) {
			this.api.post("/api/auth/token", null, Map.of("email", user.email(), "password", "guess " + i))
				.expectProblem(401, "BAD_CREDENTIALS");
		}
		// the address in another case is the same e-mail address
		ApiResponse refused = this.api.post("/api/auth/token", null,
				Map.of("email", user.email().toUpperCase(), "password", SampleApi.PASSWORD));
		assertTooManyRequests(refused);
		// another e-mail address from the same remote address is not throttled
		TestUser other = this.api.signUp("Theo");
		assertThat(this.api.token(other.email())).isNotBlank();
	}

	static void assertTooManyRequests(ApiResponse response) {
		response.expectProblem(429, "TOO_MANY_REQUESTS");
		assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
	}

}
