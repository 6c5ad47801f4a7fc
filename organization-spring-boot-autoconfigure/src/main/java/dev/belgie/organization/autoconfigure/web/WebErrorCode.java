package dev.belgie.organization.autoconfigure.web;

import dev.belgie.organization.error.ErrorCode;

/**
 * Codes for the HTTP errors that Spring MVC raises before any controller runs.
 */
public enum WebErrorCode implements ErrorCode {

	NOT_FOUND(404, "Not found"),
	METHOD_NOT_ALLOWED(405, "Method not allowed"),
	NOT_ACCEPTABLE(406, "Not acceptable"),
	UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type");

	private final int status;

	private final String title;

	WebErrorCode(int status, String title) {
		this.status = status;
		this.title = title;
	}

	@Override
	public String code() {
		return name();
	}

	@Override
	public int status() {
		return this.status;
	}

	@Override
	public String title() {
		return this.title;
	}

}
