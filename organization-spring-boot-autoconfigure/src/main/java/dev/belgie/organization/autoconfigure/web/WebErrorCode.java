package dev.belgie.organization.autoconfigure.web;

import dev.belgie.organization.error.ErrorCode;

/**
 * Codes for the HTTP errors that Spring MVC raises before any controller runs.
 */
public final class WebErrorCode {

	public static final ErrorCode NOT_FOUND = ErrorCode.of("NOT_FOUND", 404, "Not found");

	public static final ErrorCode METHOD_NOT_ALLOWED = ErrorCode.of("METHOD_NOT_ALLOWED", 405, "Method not allowed");

	public static final ErrorCode NOT_ACCEPTABLE = ErrorCode.of("NOT_ACCEPTABLE", 406, "Not acceptable");

	public static final ErrorCode UNSUPPORTED_MEDIA_TYPE = ErrorCode.of("UNSUPPORTED_MEDIA_TYPE", 415,
			"Unsupported media type");

	private WebErrorCode() {
	}

}
