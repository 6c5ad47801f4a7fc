package dev.belgie.sample.console;

import java.nio.charset.StandardCharsets;

/**
 * Where to go after signing in or up: only a path of this application, never another
 * site.
 */
final class ContinueUrl {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private ContinueUrl() {
	}

	/**
	 * The path when it is local ({@code /...}, not {@code //host} nor {@code /\host}),
	 * else {@code null}.
	 */
	static String local(String value) {
		if (value == null || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")
				|| value.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			return null;
		}
		return value;
	}

	/**
	 * A location as it may stand in a {@code Location} header and in a redirect's view
	 * name: every character that is not printable ASCII, or that is one of {@code " < > \
	 * ^ ` { | }} and space, is percent-encoded (as UTF-8); everything else, {@code %}
	 * escapes already there included, is kept.
	 */
	static String encode(String location) {
		StringBuilder encoded = new StringBuilder(location.length());
		for (byte b : location.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
			}
		}
		return encoded.toString();
	}

}
