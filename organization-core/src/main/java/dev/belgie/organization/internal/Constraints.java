package dev.belgie.organization.internal;

import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells which named constraint a write violated, on every supported database: each names
 * the constraint in its message (PostgreSQL and MariaDB as given, H2 upper-cased), so a
 * violation is mapped by name, never by guessing from the operation.
 */
public final class Constraints {

	public static final String ORGANIZATION_SLUG = "uk_belgie_organization_slug";

	public static final String MEMBER_ORGANIZATION_USER = "uk_belgie_member_organization_user";

	private Constraints() {
	}

	public static boolean violated(DataIntegrityViolationException ex, String constraint) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && message.toLowerCase(Locale.ROOT).contains(constraint)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
