package dev.belgie.organization;

import java.text.Normalizer;

import dev.belgie.organization.error.OrganizationException;

/**
 * The starter's one rule for plain text that people type and others read: organization,
 * team and user names, and an application's own titles and descriptions. Used by the core
 * and the team module, and offered to applications, with or without Bean Validation
 * ({@link PlainText @PlainText} is the same rule as a constraint), so that no text is
 * accepted in one place and refused in another.
 * <p>
 * Text is trimmed ({@link String#strip()}) and NFC-normalized; it must not hold control
 * characters (CR, LF, NUL...), format characters (bidi overrides, zero-width characters),
 * lone surrogates, private-use or unassigned code points, or line and paragraph
 * separators: they forge log lines, reorder or hide what a reader sees, or break storage
 * (PostgreSQL refuses NUL). Lengths count UTF-16 units, as the databases' {@code varchar}
 * columns of H2 do, so that a text accepted here always fits its column.
 */
public final class PlainTextRule {

	/** The message of a blank text that is required. */
	public static final String BLANK = "must not be blank";

	/** The message of a text holding a character the rule refuses. */
	public static final String UNSAFE = "must not contain control, format or bidirectional-override characters";

	private PlainTextRule() {
	}

	/**
	 * Whether {@code text}, as it is, holds none of the characters the rule refuses.
	 * @param text the text, {@code null} counting as plain
	 * @return {@code true} when the text is plain
	 */
	public static boolean isPlain(CharSequence text) {
		return text == null || text.codePoints().noneMatch(PlainTextRule::isRefused);
	}

	/**
	 * The text as stored: trimmed and NFC-normalized.
	 * @param text the text as given, or {@code null}
	 * @return the cleaned text, or {@code null} for {@code null}
	 */
	public static String clean(String text) {
		return (text != null) ? Normalizer.normalize(text.strip(), Normalizer.Form.NFC) : null;
	}

	/**
	 * What is wrong with a text, or {@code null} when the rule accepts it.
	 * @param text the text as given (cleaned before it is checked)
	 * @param maxLength the most UTF-16 units of the cleaned text
	 * @param required whether a {@code null} or blank text is wrong
	 * @return a message for a field error, or {@code null}
	 */
	public static String problem(String text, int maxLength, boolean required) {
		String cleaned = clean(text);
		if (cleaned == null || cleaned.isEmpty()) {
			return required ? BLANK : null;
		}
		if (!isPlain(cleaned)) {
			return UNSAFE;
		}
		return (cleaned.length() > maxLength) ? "must be at most " + maxLength + " characters" : null;
	}

	/**
	 * A required text, cleaned.
	 * @param field the request field named by the error
	 * @param text the text as given
	 * @param maxLength the most UTF-16 units of the cleaned text
	 * @return the cleaned text, never blank
	 * @throws OrganizationException {@code VALIDATION_FAILED} on {@code field} when the
	 * rule refuses the text
	 */
	public static String require(String field, String text, int maxLength) {
		return check(field, text, maxLength, true);
	}

	/**
	 * An optional text, cleaned.
	 * @param field the request field named by the error
	 * @param text the text as given, or {@code null}
	 * @param maxLength the most UTF-16 units of the cleaned text
	 * @return the cleaned text ({@code ""} for a blank one), or {@code null} for
	 * {@code null}
	 * @throws OrganizationException {@code VALIDATION_FAILED} on {@code field} when the
	 * rule refuses the text
	 */
	public static String optional(String field, String text, int maxLength) {
		return check(field, text, maxLength, false);
	}

	private static String check(String field, String text, int maxLength, boolean required) {
		String problem = problem(text, maxLength, required);
		if (problem != null) {
			throw OrganizationException.invalid(field, problem);
		}
		return clean(text);
	}

	private static boolean isRefused(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
				true;
			default -> false;
		};
	}

}
