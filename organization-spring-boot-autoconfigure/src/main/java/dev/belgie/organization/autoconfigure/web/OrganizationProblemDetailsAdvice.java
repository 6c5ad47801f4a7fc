package dev.belgie.organization.autoconfigure.web;

import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.error.TooManyRequestsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders {@link OrganizationException}s as problem details with their stable
 * {@code code} (and a {@code Retry-After} header for a {@link TooManyRequestsException}),
 * and nothing else: the application's other errors stay its own (Spring Boot's problem
 * details when {@code spring.mvc.problemdetails.enabled} is set, see
 * {@link ProblemDetailCodeInterceptor}).
 * <p>
 * It runs last among the advice beans, so an application's own {@code @ExceptionHandler}
 * for {@code OrganizationException} (or for a supertype of it) wins. It does not extend
 * {@code ResponseEntityExceptionHandler}, which would switch Spring Boot's
 * problem-details handler off.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class OrganizationProblemDetailsAdvice {

	@ExceptionHandler(OrganizationException.class)
	public ResponseEntity<ProblemDetail> organizationException(OrganizationException ex) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.getStatus());
		if (ex instanceof TooManyRequestsException throttled) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.getRetryAfterSeconds()));
		}
		return response.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetails.of(ex.getErrorCode(), ex.getMessage(), ex.getViolations()));
	}

}
