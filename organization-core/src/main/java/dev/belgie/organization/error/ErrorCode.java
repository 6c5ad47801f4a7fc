package dev.belgie.organization.error;

/**
 * A stable, machine-readable error code with the HTTP status it maps to.
 * <p>
 * Codes are {@code UPPER_SNAKE_CASE} and never change meaning once published;
 * applications define their own with {@link #of(String, int, String)} (or an enum
 * implementing this interface) and throw them with {@link OrganizationException}.
 */
public interface ErrorCode {

	/**
	 * {@return an error code of the application's own, for example
	 * {@code ErrorCode.of("EMAIL_TAKEN", 409, "E-mail address taken")}}
	 * @param code the stable error code
	 * @param status the HTTP status
	 * @param title a short title for the problem detail, for example {@code E-mail taken}
	 */
	static ErrorCode of(String code, int status, String title) {
		record Defined(String code, int status, String title) implements ErrorCode {
		}
		return new Defined(code, status, title);
	}

	/**
	 * {@return the code, for example {@code ORGANIZATION_NOT_FOUND}}
	 */
	String code();

	/**
	 * {@return the HTTP status that the code maps to, for example {@code 404}}
	 */
	int status();

	/**
	 * {@return a short, human-readable summary of the problem type}
	 */
	String title();

}
