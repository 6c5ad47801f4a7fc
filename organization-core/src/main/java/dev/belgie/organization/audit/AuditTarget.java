package dev.belgie.organization.audit;

import java.util.Objects;

/**
 * What an audit entry is about: a type ({@code organization}, {@code member},
 * {@code invitation}, {@code team}, {@code project}, ...) and that thing's id.
 *
 * @param type the kind of thing changed
 * @param id its id
 */
public record AuditTarget(String type, String id) {

	/**
	 * Checks the type is given.
	 * @param type what kind of thing the entry is about
	 * @param id the id of the thing, in its own kind
	 */
	public AuditTarget {
		Objects.requireNonNull(type, "type");
	}

	/**
	 * A target of the given type and id.
	 * @param type the kind of thing changed
	 * @param id its id (its {@code toString()} is kept)
	 * @return the target
	 */
	public static AuditTarget of(String type, Object id) {
		return new AuditTarget(type, (id != null) ? id.toString() : null);
	}

}
