package dev.belgie.organization;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slug rules: the pattern a slug must match, and the derivation of a free slug from a name.
 */
public final class Slugs {

	public static final int MAX_LENGTH = 48;

	public static final Pattern PATTERN = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$");

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

	private Slugs() {
	}

	public static boolean isValid(String slug) {
		return slug != null && PATTERN.matcher(slug).matches();
	}

	/**
	 * The slug a name derives to: lower-cased, accents dropped, every run of other characters a single
	 * {@code -}, at most {@value #MAX_LENGTH} characters; {@code org} when nothing is left.
	 */
	public static String derive(String name) {
		String ascii = DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		String slug = trimDashes(NON_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"));
		slug = trimDashes(truncate(slug, MAX_LENGTH));
		return slug.isEmpty() ? "org" : slug;
	}

	/**
	 * The first of {@code base}, {@code base-2}, {@code base-3}, ... that is not {@code taken}.
	 */
	public static String firstFree(String base, Collection<String> taken) {
		if (!taken.contains(base)) {
			return base;
		}
		for (int n = 2;; n++) {
			String suffix = "-" + n;
			String candidate = trimDashes(truncate(base, MAX_LENGTH - suffix.length())) + suffix;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}

	private static String truncate(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

	private static String trimDashes(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '-') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '-') {
			end--;
		}
		return text.substring(start, end);
	}

}
