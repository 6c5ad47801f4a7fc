package dev.belgie.organization.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Slug rules: the pattern a slug must match, and the derivation of slugs from a name.
 */
public final class Slugs {

	public static final int MAX_LENGTH = 48;

	public static final Pattern PATTERN = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$");

	/**
	 * How many numbered candidates ({@code base}, {@code base-2}, ...) one query looks
	 * at.
	 */
	public static final int CANDIDATES = 20;

	private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	/**
	 * Any script to Latin, then to ASCII: {@code Ромашка} → {@code romaska}, {@code 東京} →
	 * {@code dong jing}. Not thread-safe, so used under its lock, and only for names that
	 * are not ASCII already.
	 */
	private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

	private Slugs() {
	}

	public static boolean isValid(String slug) {
		return slug != null && PATTERN.matcher(slug).matches();
	}

	/**
	 * The slug a name derives to: transliterated to ASCII, lower-cased, every run of
	 * other characters a single {@code -}, at most {@value #MAX_LENGTH} characters;
	 * {@code org} when nothing is left.
	 */
	public static String derive(String name) {
		String ascii = isAscii(name) ? name : transliterate(name);
		String slug = trimDashes(NON_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"));
		slug = trimDashes(truncate(slug, MAX_LENGTH));
		return slug.isEmpty() ? "org" : slug;
	}

	/**
	 * {@code base}, then {@code base-2} to {@code base-}{@value #CANDIDATES}: the
	 * candidates one query checks.
	 */
	public static List<String> candidates(String base) {
		List<String> candidates = new ArrayList<>(CANDIDATES);
		candidates.add(base);
		for (int n = 2; n <= CANDIDATES; n++) {
			candidates.add(withSuffix(base, "-" + n));
		}
		return candidates;
	}

	/** The first candidate not {@code taken}, else {@code base} with a random suffix. */
	public static String firstFree(List<String> candidates, Collection<String> taken) {
		for (String candidate : candidates) {
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
		return randomSuffix(candidates.get(0));
	}

	/**
	 * {@code base} with a random suffix of six base-36 digits: taken with a chance of one
	 * in two billion.
	 */
	public static String randomSuffix(String base) {
		String suffix = Long
			.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36);
		return withSuffix(base, "-" + suffix);
	}

	private static String withSuffix(String base, String suffix) {
		return trimDashes(truncate(base, MAX_LENGTH - suffix.length())) + suffix;
	}

	private static String transliterate(String name) {
		synchronized (TO_ASCII) {
			return TO_ASCII.transliterate(name);
		}
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) > 0x7f) {
				return false;
			}
		}
		return true;
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
