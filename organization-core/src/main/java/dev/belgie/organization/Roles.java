package dev.belgie.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.membership.Membership;

/**
 * Role values: normalization between what callers pass (a string, an enum, a
 * comma-separated string, or a collection of any of them) and what is stored and sent on
 * the wire (a lower-case, trimmed, de-duplicated, sorted, comma-separated string such as
 * {@code "admin,member"}).
 */
public final class Roles {

	/** The built-in role that may do everything, deleting the organization included. */
	public static final String OWNER = "owner";

	/** The built-in role that manages members, invitations and teams. */
	public static final String ADMIN = "admin";

	/** The built-in role that reads. */
	public static final String MEMBER = "member";

	private Roles() {
	}

	/**
	 * Normalizes a role value.
	 * @param value a {@link CharSequence}, an {@link Enum}, or a collection or array of
	 * either
	 * @return the normalized comma-separated string
	 * @throws OrganizationException ({@code VALIDATION_FAILED} on field {@code role})
	 * when the value is empty or of another type
	 */
	public static String normalize(Object value) {
		return String.join(",", parse(value));
	}

	/**
	 * Parses a role value into its individual, sorted role names.
	 * @param value see {@link #normalize(Object)}
	 * @return the role names, never empty
	 */
	public static List<String> parse(Object value) {
		Set<String> roles = new LinkedHashSet<>();
		collect(value, roles);
		if (roles.isEmpty()) {
			throw OrganizationException.invalid("role", "must name at least one role");
		}
		List<String> sorted = new ArrayList<>(roles);
		sorted.sort(null);
		return List.copyOf(sorted);
	}

	/**
	 * {@return the role names of an already normalized, stored value; no validation}
	 * @param normalized a normalized role value (comma-separated role names)
	 */
	public static List<String> split(String normalized) {
		return (normalized == null || normalized.isEmpty()) ? List.of() : List.of(normalized.split(","));
	}

	/**
	 * {@return whether a normalized role value includes {@code role}}
	 * @param normalized a normalized role value (comma-separated role names)
	 * @param role a role value: a string, a comma-separated string or a collection of
	 * role names
	 */
	public static boolean includes(String normalized, String role) {
		return split(normalized).contains(role);
	}

	/**
	 * Whether a membership holds the {@code owner} role (the system's counts as one).
	 * @param membership the membership
	 * @return whether it is an owner's
	 */
	public static boolean isOwner(Membership membership) {
		return membership.isSystem() || includes(membership.role(), OWNER);
	}

	private static void collect(Object value, Set<String> roles) {
		if (value instanceof CharSequence text) {
			for (String part : text.toString().split(",")) {
				String role = part.trim().toLowerCase(Locale.ROOT);
				if (!role.isEmpty()) {
					roles.add(role);
				}
			}
		}
		else if (value instanceof Enum<?> constant) {
			collect(constant.name(), roles);
		}
		else if (value instanceof Collection<?> values) {
			for (Object element : values) {
				collectElement(element, roles);
			}
		}
		else if (value instanceof Object[] values) {
			for (Object element : values) {
				collectElement(element, roles);
			}
		}
		else if (value != null) {
			throw OrganizationException.invalid("role", "must be a string or an array of strings");
		}
	}

	private static void collectElement(Object element, Set<String> roles) {
		if (!(element instanceof CharSequence) && !(element instanceof Enum<?>)) {
			throw OrganizationException.invalid("role", "must be a string or an array of strings");
		}
		collect(element, roles);
	}

}
