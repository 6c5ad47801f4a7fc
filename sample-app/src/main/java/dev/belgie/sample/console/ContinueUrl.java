package dev.belgie.sample.console;

/** Where to go after signing in or up: only a path of this application, never another site. */
final class ContinueUrl {

	private ContinueUrl() {
	}

	/** The path when it is local ({@code /...}, not {@code //host} nor {@code /\host}), else {@code null}. */
	static String local(String value) {
		if (value == null || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")
				|| value.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			return null;
		}
		return value;
	}

}
