package dev.belgie.organization;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.belgie.organization.error.OrganizationException;

/**
 * The starter's one rule for e-mail addresses, used wherever an address enters (members,
 * invitations) and offered to applications for theirs (the sample app's sign-up uses it),
 * so that no address is accepted in one place and refused in another: one address as a
 * mailer accepts it, trimmed and lower-cased; no display name, no list ({@code ,}
 * {@code ;}), no spaces, control or format characters, no quoted local part, no address
 * literal ({@code x@[127.0.0.1]}); a dot-atom local part of at most 64 characters and a
 * domain of two or more labels, the last not numeric, without a trailing dot; at most 320
 * characters once lower-cased.
 */
public final class EmailAddresses {

	/** The longest address accepted, counted after trimming and lower-casing. */
	public static final int MAX_LENGTH = 320;

	/**
	 * An unquoted local part as mailers accept it (RFC 5322 dot-atom; letters of any
	 * script, as SMTPUTF8).
	 */
	private static final Pattern LOCAL = Pattern
		.compile("^[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\\.[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+)*$");

	/**
	 * A domain of two or more labels, none starting or ending with '-', the last not
	 * numeric.
	 */
	private static final Pattern DOMAIN = Pattern
		.compile("^(?:[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?\\.)+"
				+ "(?=[\\p{L}\\p{M}\\p{N}-]*\\p{L})[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?$");

	private EmailAddresses() {
	}

	/**
	 * What is wrong with an address, or {@code null} when it is one the starter accepts.
	 * @param email the address as given (trimmed and lower-cased before it is checked)
	 * @return a message for a field error, or {@code null}
	 */
	public static String problem(String email) {
		if (email == null || email.isBlank()) {
			return "must not be blank";
		}
		String cleaned = email.strip().toLowerCase(Locale.ROOT);
		if (cleaned.length() > MAX_LENGTH) {
			return "must be at most " + MAX_LENGTH + " characters";
		}
		return isValid(cleaned) ? null : "must be one e-mail address, such as name@example.com";
	}

	/**
	 * The address as stored and compared: trimmed and lower-cased.
	 * @param field the request field named by the error
	 * @param email the address as given
	 * @return the normalized address
	 * @throws OrganizationException {@code VALIDATION_FAILED} on {@code field} when the
	 * address is not accepted
	 */
	public static String normalize(String field, String email) {
		String problem = problem(email);
		if (problem != null) {
			throw OrganizationException.invalid(field, problem);
		}
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static boolean isValid(String address) {
		int at = address.lastIndexOf('@');
		if (at <= 0 || at != address.indexOf('@') || !PlainTextRule.isPlain(address)) {
			return false;
		}
		String local = address.substring(0, at);
		String domain = address.substring(at + 1);
		return local.length() <= 64 && domain.length() <= 253 && LOCAL.matcher(local).matches()
				&& DOMAIN.matcher(domain).matches();
	}

}
