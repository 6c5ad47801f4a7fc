package dev.belgie.sample;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * {@code POST /api/auth/token} is throttled per remote address (3 a minute in this test's
 * application), whatever the e-mail addresses the requests name: beyond, 429
 * {@code TOO_MANY_REQUESTS} with {@code Retry-After}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.token.throttle.per-address.requests=3")
class TokenAddressThrottleApiIntegrationTests extends ApiIntegrationTests {

	@Test
	void tokenRequestsFromOneAddressAreThrottled() {
		for (int i = 0; i < 3; i++) {
			this.api
				.post("/api/auth/token", null,
						Map.of("email", SampleApi.uniqueEmail("spray"), "password", SampleApi.PASSWORD))
				.expectProblem(401, "BAD_CREDENTIALS");
		}
		TokenThrottleApiIntegrationTests.assertTooManyRequests(this.api.post("/api/auth/token", null,
				Map.of("email", SampleApi.uniqueEmail("spray"), "password", SampleApi.PASSWORD)));
	}

}
