package dev.belgie.sample.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's firewall refuses exactly what Spring Security's default one refuses, in
 * header names, header values and parameter names: every code point of the Basic
 * Multilingual Plane, every 13th beyond, a lone surrogate.
 */
class FirewallConfigurationTests {

	private final HttpFirewall standard = new StrictHttpFirewall();

	private final HttpFirewall fast = new FirewallConfiguration().httpFirewall();

	@Test
	void controlCharactersAndUnassignedCodePointsAreRefusedAndTabsInValuesPass() {
		for (HttpFirewall firewall : List.of(this.standard, this.fast)) {
			assertThat(refusesHeaderValue(firewall, "a\u0007b")).isTrue();
			assertThat(refusesHeaderValue(firewall, "a\u0085b")).isTrue();
			assertThat(refusesHeaderValue(firewall, "a\u0378b")).isTrue();
			assertThat(refusesHeaderValue(firewall, "a\tb")).isFalse();
			assertThat(refusesHeaderValue(firewall, "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x-_~")).isFalse();
			assertThat(refusesHeaderValue(firewall, "Zoë 東京 \uD83D\uDE00")).isFalse();
		}
	}

	@Test
	void headerValuesAreRefusedAlike() {
		assertThat(differences((text) -> {
			MockHttpServletRequest request = request();
			request.addHeader("X-Test", text);
			return request;
		}, (firewalled) -> firewalled.getHeader("X-Test"))).isEmpty();
	}

	@Test
	void headerNamesAreRefusedAlike() {
		assertThat(differences((text) -> {
			MockHttpServletRequest request = request();
			request.addHeader("X-" + text, "value");
			return request;
		}, (firewalled) -> firewalled.getHeaderNames().nextElement())).isEmpty();
	}

	@Test
	void parameterNamesAreRefusedAlike() {
		assertThat(differences((text) -> {
			MockHttpServletRequest request = request();
			request.addParameter("p" + text, "value");
			return request;
		}, (firewalled) -> firewalled.getParameterNames().nextElement())).isEmpty();
	}

	/**
	 * The code points (and lone surrogates) that one firewall refuses and the other lets
	 * through.
	 */
	private List<String> differences(Function<String, MockHttpServletRequest> request,
			Function<jakarta.servlet.http.HttpServletRequest, Object> read) {
		List<String> differences = new ArrayList<>();
		// every code point of the Basic Multilingual Plane, then every 13th of the others
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint += (codePoint < 0x10000) ? 1 : 13) {
			String text = "a" + Character.toString(codePoint) + "b";
			if (refuses(this.standard, request.apply(text), read) != refuses(this.fast, request.apply(text), read)) {
				differences.add(Integer.toHexString(codePoint));
			}
		}
		String loneSurrogate = "a" + (char) 0xD800 + "b";
		if (refuses(this.standard, request.apply(loneSurrogate), read) != refuses(this.fast,
				request.apply(loneSurrogate), read)) {
			differences.add("lone surrogate");
		}
		return differences;
	}

	private static boolean refuses(HttpFirewall firewall, MockHttpServletRequest request,
			Function<jakarta.servlet.http.HttpServletRequest, Object> read) {
		try {
			read.apply(firewall.getFirewalledRequest(request));
			return false;
		}
		catch (RequestRejectedException ex) {
			return true;
		}
	}

	private static boolean refusesHeaderValue(HttpFirewall firewall, String value) {
		MockHttpServletRequest request = request();
		request.addHeader("X-Test", value);
		return refuses(firewall, request, (firewalled) -> firewalled.getHeader("X-Test"));
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/organizations");
		request.setServletPath("/api/organizations");
		return request;
	}

}
