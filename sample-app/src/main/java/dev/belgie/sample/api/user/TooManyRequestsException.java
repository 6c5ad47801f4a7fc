package dev.belgie.sample.api.user;

import java.time.Duration;

import dev.belgie.organization.autoconfigure.web.ProblemDetails;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A 429 {@code TOO_MANY_REQUESTS} problem with a {@code Retry-After} header (whole seconds, at least 1). An
 * {@link ErrorResponseException}, so Spring MVC's problem-details support renders it with its header.
 */
class TooManyRequestsException extends ErrorResponseException {

	TooManyRequestsException(String detail, Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, ProblemDetails.of(SampleErrorCode.TOO_MANY_REQUESTS, detail), null);
		long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
	}

}
