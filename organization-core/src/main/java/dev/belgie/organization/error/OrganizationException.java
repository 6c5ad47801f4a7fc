package dev.belgie.organization.error;

import java.util.List;

/**
 * The one exception type of the organization domain: a stable {@link ErrorCode}, a
 * human-readable detail and, for validation failures, the invalid fields. The
 * auto-configuration renders it as RFC 9457 problem details.
 */
public class OrganizationException extends RuntimeException {

	private final ErrorCode errorCode;

	private final List<FieldViolation> violations;

	public OrganizationException(ErrorCode errorCode, String detail) {
		this(errorCode, detail, List.of());
	}

	public OrganizationException(ErrorCode errorCode, String detail, List<FieldViolation> violations) {
		super(detail);
		this.errorCode = errorCode;
		this.violations = List.copyOf(violations);
	}

	public static OrganizationException invalid(String field, String message) {
		return invalid(List.of(new FieldViolation(field, message)));
	}

	public static OrganizationException invalid(List<FieldViolation> violations) {
		return new OrganizationException(OrganizationErrorCode.VALIDATION_FAILED, "The request is not valid.",
				violations);
	}

	public ErrorCode getErrorCode() {
		return this.errorCode;
	}

	/** The error code as a string, for example {@code LAST_OWNER}. */
	public String getCode() {
		return this.errorCode.code();
	}

	public int getStatus() {
		return this.errorCode.status();
	}

	public List<FieldViolation> getViolations() {
		return this.violations;
	}

}
