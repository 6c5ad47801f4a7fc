package dev.belgie.sample.user;

import dev.belgie.organization.error.ErrorCode;

/** The sample app's own error codes, rendered like the starter's. */
public final class SampleErrorCode {

	static final ErrorCode EMAIL_TAKEN = ErrorCode.of("EMAIL_TAKEN", 409, "E-mail address taken");

	static final ErrorCode BAD_CREDENTIALS = ErrorCode.of("BAD_CREDENTIALS", 401, "Bad credentials");

	private SampleErrorCode() {
	}

}
