package dev.belgie.organization.domain;

import dev.belgie.organization.error.ErrorCode;

/**
 * Error codes of verified domains and enrollment (API.md, <em>Domains and enrollment</em>).
 */
public enum DomainErrorCode implements ErrorCode {

	/** No such domain in the organization. */
	DOMAIN_NOT_FOUND(404, "Domain not found"),

	/** A public e-mail provider, a public suffix or a malformed host name. */
	DOMAIN_NOT_ALLOWED(400, "Domain not allowed"),

	/** The domain is verified by another organization. */
	DOMAIN_TAKEN(409, "Domain taken"),

	/** The verification TXT record is not there (or holds another value). */
	DOMAIN_NOT_VERIFIED(409, "Domain not verified");

	private final int status;

	private final String title;

	DomainErrorCode(int status, String title) {
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
