package dev.belgie.organization.domain;

/**
 * Proves that an organization controls a domain. The default,
 * {@link DnsTxtDomainVerifier}, looks for a TXT record
 * {@code _belgie-verification.<domain>} holding the domain's token; an application may
 * declare its own bean.
 */
@FunctionalInterface
public interface DomainVerifier {

	/**
	 * Whether the proof is in place.
	 * @param domain the domain in its normalized ASCII form
	 * @param recordName the name of the record to look up
	 * ({@code _belgie-verification.<domain>})
	 * @param token the value expected
	 * @return {@code true} when the record holds the token; {@code false} when it is
	 * missing, holds another value, the name does not exist or the servers did not answer
	 * in time
	 */
	boolean verify(String domain, String recordName, String token);

}
