package dev.belgie.sample.web.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error codes a route may answer with, documented in {@code /v3/api-docs} as
 * {@code application/problem+json} responses grouped by status. A route that needs a
 * bearer token documents {@code 401 UNAUTHENTICATED} (and, unless it is a {@code GET},
 * {@code 409 CONCURRENT_MODIFICATION}) without naming it; mark a route open to everyone
 * with an empty {@code @SecurityRequirements}.
 * <p>
 * Every route of the app carries this annotation (a test checks it), so a new route is
 * documented with one line: {@code @ProblemResponses({"VALIDATION_FAILED",
 * "ORGANIZATION_NOT_FOUND"})}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProblemResponses {

	/**
	 * The codes, such as {@code ORGANIZATION_NOT_FOUND}: each must be one the app
	 * defines.
	 */
	String[] value() default {};

}
