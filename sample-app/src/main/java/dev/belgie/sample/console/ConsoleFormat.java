package dev.belgie.sample.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.belgie.organization.Roles;
import org.springframework.stereotype.Component;

/**
 * How pages write times ({@code ${@consoleFormat.when(...)}}): in UTC, said so, as the
 * API does.
 */
@Component
class ConsoleFormat {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	public String when(Instant instant) {
		return (instant != null) ? WHEN.format(instant) : "";
	}

	/**
	 * A normalized role value in a sentence: "role member", "roles admin, member".
	 */
	static String roles(String normalized) {
		List<String> roles = Roles.split(normalized);
		return ((roles.size() == 1) ? "role " : "roles ") + String.join(", ", roles);
	}

	public String members(long count) {
		return count + ((count == 1) ? " member" : " members");
	}

}
