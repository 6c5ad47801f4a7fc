package dev.belgie.sample.user;

import dev.belgie.organization.error.ErrorCode;

/** The sample app's own error codes, rendered like the starter's. */
public enum SampleErrorCode implements ErrorCode {

	EMAIL_TAKEN(409, "E-mail address taken"),
	BAD_CREDENTIALS(401, "Bad credentials");

	private final int status;

	private final String title;

	SampleErrorCode(int status, String title) {
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
