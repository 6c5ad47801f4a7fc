package dev.belgie.sample.api;

import dev.belgie.organization.error.ErrorCode;

/** The sample app's own error codes, rendered like the starter's. */
public final class SampleErrorCode {

	public static final ErrorCode EMAIL_TAKEN = ErrorCode.of("EMAIL_TAKEN", 409, "E-mail address taken");

	public static final ErrorCode BAD_CREDENTIALS = ErrorCode.of("BAD_CREDENTIALS", 401, "Bad credentials");

	public static final ErrorCode INVALID_TOKEN = ErrorCode.of("INVALID_TOKEN", 400, "Invalid token");

	public static final ErrorCode EMAIL_ALREADY_VERIFIED = ErrorCode.of("EMAIL_ALREADY_VERIFIED", 409,
			"E-mail address already verified");

	/**
	 * A project id unknown in the organization of the path (whether or not another
	 * organization has it).
	 */
	public static final ErrorCode PROJECT_NOT_FOUND = ErrorCode.of("PROJECT_NOT_FOUND", 404, "Project not found");

	private SampleErrorCode() {
	}

}
