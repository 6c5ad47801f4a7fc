package dev.belgie.organization.domain;

import java.net.IDN;
import java.util.Locale;
import java.util.Set;

import com.google.common.net.InternetDomainName;

import dev.belgie.organization.error.OrganizationException;

/**
 * Normalization and admission of the host names an organization may claim: lower-cased,
 * internationalized names in their ASCII form ({@code bücher.example} becomes
 * {@code xn--bcher-kva.example}), at most 253 characters, at least two labels; public
 * suffixes (from the public suffix list that Guava bundles) and public e-mail providers
 * refused with {@link DomainErrorCode#DOMAIN_NOT_ALLOWED}.
 */
public final class DomainNames {

	/** The longest host name DNS carries, in characters of its ASCII form. */
	public static final int MAX_LENGTH = 253;

	/** The label under which the verification TXT record is looked up. */
	public static final String VERIFICATION_LABEL = "_belgie-verification";

	private final Set<String> publicEmailProviders;

	/**
	 * Names refused besides the public suffixes.
	 * @param publicEmailProviders public e-mail providers (normalized by this
	 * constructor)
	 */
	public DomainNames(Set<String> publicEmailProviders) {
		this.publicEmailProviders = publicEmailProviders.stream()
			.map(DomainNames::ascii)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/**
	 * The normalized form of a domain an organization may claim.
	 * @param domain what the caller typed
	 * @return the lower-case ASCII form
	 * @throws OrganizationException {@code DOMAIN_NOT_ALLOWED} for a malformed name, a
	 * public suffix or a public e-mail provider
	 */
	public String admit(String domain) {
		String ascii = ascii(domain);
		InternetDomainName name;
		try {
			name = InternetDomainName.from(ascii);
		}
		catch (IllegalArgumentException ex) {
			throw notAllowed("is not a host name");
		}
		if (ascii.length() > MAX_LENGTH) {
			throw notAllowed("is longer than " + MAX_LENGTH + " characters");
		}
		if (name.parts().size() < 2) {
			throw notAllowed("needs at least two labels");
		}
		if (name.isPublicSuffix() || name.isRegistrySuffix()) {
			throw notAllowed("is a public suffix");
		}
		if (!name.isUnderPublicSuffix()) {
			throw notAllowed("is not under a known public suffix");
		}
		if (this.publicEmailProviders.contains(ascii)
				|| this.publicEmailProviders.contains(name.topPrivateDomain().toString())) {
			throw notAllowed("is a public e-mail provider");
		}
		return ascii;
	}

	/**
	 * The name of the TXT record proving ownership of a domain.
	 * @param domain a domain in its normalized form
	 * @return {@code _belgie-verification.<domain>}
	 */
	public static String verificationName(String domain) {
		return VERIFICATION_LABEL + "." + domain;
	}

	/**
	 * The domain part of an e-mail address, normalized like {@link #admit(String)} but
	 * not admitted.
	 * @param email an e-mail address
	 * @return its domain in lower-case ASCII, or {@code null} when the address has no
	 * domain part
	 */
	public static String ofEmail(String email) {
		if (email == null) {
			return null;
		}
		int at = email.lastIndexOf('@');
		if (at < 0 || at == email.length() - 1) {
			return null;
		}
		try {
			return ascii(email.substring(at + 1));
		}
		catch (OrganizationException ex) {
			return null;
		}
	}

	private static String ascii(String domain) {
		if (domain == null || domain.isBlank()) {
			throw notAllowed("is empty");
		}
		String trimmed = domain.strip();
		if (trimmed.endsWith(".")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		try {
			return IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			throw notAllowed("is not a host name");
		}
	}

	private static OrganizationException notAllowed(String why) {
		return new OrganizationException(DomainErrorCode.DOMAIN_NOT_ALLOWED, "The domain " + why);
	}

}
