package dev.belgie.sample.benchmark;

import java.util.function.Predicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with the same rules for header names and values,
 * checked without a regular expression. The default checks every character of every
 * header against a Unicode-property pattern; with a bearer token of a few hundred
 * characters on every request, that was a tenth of the CPU of a read. Here the characters
 * of printable ASCII pass at once, and any other is checked as the pattern does: assigned
 * and not a control character (a tab too in values). Only under the {@code benchmark}
 * profile: the same refusals as Spring Security's default, which an application keeps
 * unless it measured the cost.
 */
@Configuration(proxyBeanMethods = false)
@Profile("benchmark")
class FirewallConfiguration {

	@Bean
	HttpFirewall httpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(allowed(false));
		firewall.setAllowedHeaderValues(allowed(true));
		firewall.setAllowedParameterNames(allowed(false));
		return firewall;
	}

	/**
	 * Every character assigned in Unicode and not an ISO control character ({@code \t}
	 * too when asked).
	 */
	static Predicate<String> allowed(boolean tab) {
		return (text) -> {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c >= 0x20 && c < 0x7f) {
					continue;
				}
				if (tab && c == '\t') {
					continue;
				}
				int codePoint = text.codePointAt(i);
				if (!Character.isDefined(codePoint) || Character.isISOControl(codePoint)) {
					return false;
				}
				i += Character.charCount(codePoint) - 1;
			}
			return true;
		};
	}

}
