package dev.belgie.organization.domain;

import dev.belgie.organization.error.ErrorCode;

/**
 * Error codes of verified domains and enrollment (API.md, <em>Domains and
 * enrollment</em>).
 */
public final class DomainErrorCode {

	/** No such domain in the organization. */
	public static final ErrorCode DOMAIN_NOT_FOUND = ErrorCode.of("DOMAIN_NOT_FOUND", 404, "Domain not found");

	/** A public e-mail provider, a public suffix or a malformed host name. */
	public static final ErrorCode DOMAIN_NOT_ALLOWED = ErrorCode.of("DOMAIN_NOT_ALLOWED", 400, "Domain not allowed");

	/** The domain is verified by another organization. */
	public static final ErrorCode DOMAIN_TAKEN = ErrorCode.of("DOMAIN_TAKEN", 409, "Domain taken");

	/** The verification TXT record is not there (or holds another value). */
	public static final ErrorCode DOMAIN_NOT_VERIFIED = ErrorCode.of("DOMAIN_NOT_VERIFIED", 409, "Domain not verified");

	private DomainErrorCode() {
	}

}
