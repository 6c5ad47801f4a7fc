package dev.belgie.organization.error;

/**
 * A stable, machine-readable error code with the HTTP status it maps to.
 * <p>
 * Codes are {@code UPPER_SNAKE_CASE} and never change meaning once published; applications may define
 * their own codes (for example an enum implementing this interface) and throw them with
 * {@link OrganizationException}.
 */
public interface ErrorCode {

	/** The code, for example {@code ORGANIZATION_NOT_FOUND}. */
	String code();

	/** The HTTP status that the code maps to, for example {@code 404}. */
	int status();

	/** A short, human-readable summary of the problem type. */
	String title();

}
