package dev.belgie.organization.error;

import java.util.List;

/**
 * The one exception type of the organization domain: a stable {@link ErrorCode}, a
 * human-readable detail and, for validation failures, the invalid fields. The
 * auto-configuration renders it as RFC 9457 problem details.
 */
public class OrganizationException extends RuntimeException {

	/** The stable error code. */
	private final ErrorCode errorCode;

	/** The invalid fields, empty unless validation failed. */
	private final List<FieldViolation> violations;

	/**
	 * An error with no invalid field.
	 * @param errorCode the stable error code
	 * @param detail what went wrong, for people
	 */
	public OrganizationException(ErrorCode errorCode, String detail) {
		this(errorCode, detail, List.of());
	}

	/**
	 * An error naming invalid fields.
	 * @param errorCode the stable error code
	 * @param detail what went wrong, for people
	 * @param violations the invalid fields
	 */
	public OrganizationException(ErrorCode errorCode, String detail, List<FieldViolation> violations) {
		super(detail);
		this.errorCode = errorCode;
		this.violations = List.copyOf(violations);
	}

	/**
	 * A {@code VALIDATION_FAILED} error for one field.
	 * @param field the field's name
	 * @param message what is wrong with it
	 * @return the exception, to throw
	 */
	public static OrganizationException invalid(String field, String message) {
		return invalid(List.of(new FieldViolation(field, message)));
	}

	/**
	 * A {@code VALIDATION_FAILED} error for several fields.
	 * @param violations the invalid fields
	 * @return the exception, to throw
	 */
	public static OrganizationException invalid(List<FieldViolation> violations) {
		return new OrganizationException(OrganizationErrorCode.VALIDATION_FAILED, "The request is not valid.",
				violations);
	}

	/**
	 * The stable error code.
	 * @return the error code
	 */
	public ErrorCode getErrorCode() {
		return this.errorCode;
	}

	/**
	 * {@return the error code as a string, for example {@code LAST_OWNER}}
	 */
	public String getCode() {
		return this.errorCode.code();
	}

	/**
	 * The HTTP status of the error code.
	 * @return the status, for example 409
	 */
	public int getStatus() {
		return this.errorCode.status();
	}

	/**
	 * The invalid fields.
	 * @return the invalid fields, empty unless validation failed
	 */
	public List<FieldViolation> getViolations() {
		return this.violations;
	}

}
