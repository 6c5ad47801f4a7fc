package dev.belgie.sample.accounts;

import java.util.Locale;

import dev.belgie.organization.PlainTextRule;
import dev.belgie.organization.error.OrganizationException;

/**
 * The sample app's e-mail addresses: trimmed, lower-cased, and checked as they will be
 * stored.
 */
public final class EmailAddresses {

	/** The width of {@code app_user.email}. */
	public static final int MAX_LENGTH = 320;

	private EmailAddresses() {
	}

	/**
	 * The address as stored and compared. Bounds are checked after lower-casing (some
	 * characters grow), and control or format characters are refused (PostgreSQL refuses
	 * NUL): a 400 on {@code email}, never a 500.
	 */
	public static String normalize(String email) {
		// strip(), not trim(): trim() would silently drop a NUL or other control
		// character at either end
		String normalized = email.strip().toLowerCase(Locale.ROOT);
		if (normalized.length() > MAX_LENGTH) {
			throw OrganizationException.invalid("email", "must be at most " + MAX_LENGTH + " characters");
		}
		if (!PlainTextRule.isPlain(normalized)) {
			throw OrganizationException.invalid("email", PlainTextRule.UNSAFE);
		}
		return normalized;
	}

	/**
	 * An address a new account may have: the starter's one rule
	 * ({@link dev.belgie.organization.EmailAddresses}), the same that members and
	 * invitations are held to, so nobody signs up with an address ({@code x@[127.0.0.1]},
	 * a quoted local part) that could never be invited or added.
	 */
	static String forSignUp(String email) {
		return dev.belgie.organization.EmailAddresses.normalize("email", email);
	}

}
