package dev.belgie.organization.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.belgie.organization.error.FieldViolation;
import dev.belgie.organization.error.OrganizationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class InputValidatorTests {

	@ParameterizedTest
	@ValueSource(strings = { "Acme\u0000", "Acme\r\nINFO fake log line", "Acme\u0007", "\u202EemcA", "Ac\u200Bme",
			"Acme\u2066x\u2069", "Ac\u2028me", "Acme\uD800" })
	void aNameWithControlFormatOrBidiCharactersIsRefused(String name) {
		assertRefused("name", (input) -> input.name(name, true));
	}

	@Test
	void aNameOfLettersFromAnyScriptIsAccepted() {
		assertAccepted((input) -> assertThat(input.name("  Ünïcødé 株式会社 😀  ", true)).isEqualTo("Ünïcødé 株式会社 😀"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "victim,attacker@example.com", "victim@example.com,attacker@example.com",
			"a;b@example.com", "Ann <ann@example.com>", "ann @example.com", "ann@example.com.", "ann@exa\u0000mple.com",
			"ann\r\n@example.com", "ann@localhost", "ann..b@example.com", ".ann@example.com", "ann.@example.com",
			"ann@-example.com", "ann@example..com", "ann@@example.com", "@example.com", "ann@", "ann@example.123",
			"\u202Eann@example.com" })
	void anAddressNoMailerCouldUseIsRefused(String email) {
		assertRefused("email", (input) -> input.email("email", email));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "ann@example.com", "Ann.Lee+tag@Mail.Example.co.uk", "o'brien@example.ie", "josé@exämple.com" })
	void anAddressAMailerAcceptsIsAcceptedLowerCased(String email) {
		assertAccepted((input) -> assertThat(input.email("email", "  " + email + " ")).isEqualTo(email.toLowerCase()));
	}

	@Test
	void theLengthOfAnAddressIsCheckedAfterLowerCasing() {
		// 'İ' lower-cases to two characters: 160 of them grow past 320
		String local = "a".repeat(60);
		String domain = "İ".repeat(50) + "." + "İ".repeat(50) + "." + "İ".repeat(59) + ".com";
		assertThat((local + "@" + domain).length()).isLessThanOrEqualTo(320);
		assertRefused("email", (input) -> input.email("email", local + "@" + domain));
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "data:image/png;base64,AAAA", "file:///etc/passwd",
			"//example.com/x.png", "logo.png", "https://", "http://exa mple.com/x.png",
			"https://example.com/\u0000.png" })
	void aLogoThatIsNotAnHttpUrlIsRefused(String logo) {
		assertRefused("logo", (input) -> input.logo(logo));
	}

	@Test
	void anHttpOrHttpsLogoIsAccepted() {
		assertAccepted((input) -> {
			input.logo("https://cdn.example.com/acme.png?size=64");
			input.logo("HTTP://example.com/a.png");
			input.logo("");
		});
	}

	@Test
	void metadataWithANonFiniteNumberIsRefused() {
		assertRefused("metadata", (input) -> input.metadata(Map.of("n", Double.POSITIVE_INFINITY)));
		assertRefused("metadata", (input) -> input.metadata(Map.of("n", List.of(Double.NaN))));
	}

	@Test
	void metadataNestedTooDeepIsRefused() {
		Object nested = "leaf";
		for (int i = 0; i < 200; i++) {
			nested = List.of(nested);
		}
		Object deep = nested;
		assertRefused("metadata", (input) -> input.metadata(Map.of("deep", deep)));
	}

	@Test
	void metadataKeepsExactNumbersThroughStorage() {
		MetadataConverter converter = new MetadataConverter();
		Map<String, Object> metadata = Map.of("huge", new BigDecimal("1e400"), "precise",
				new BigDecimal("0.1234567890123456789012345678901234567890"));
		assertAccepted((input) -> input.metadata(metadata));
		Map<String, Object> stored = converter.convertToEntityAttribute(converter.convertToDatabaseColumn(metadata));
		assertThat(stored.get("huge")).isEqualTo(new BigDecimal("1e400"));
		assertThat(stored.get("precise")).isEqualTo(new BigDecimal("0.1234567890123456789012345678901234567890"));
	}

	private static void assertRefused(String field, Consumer<InputValidator> check) {
		InputValidator input = new InputValidator();
		check.accept(input);
		assertThatExceptionOfType(OrganizationException.class).isThrownBy(input::throwIfInvalid)
			.satisfies((ex) -> assertThat(ex.getViolations()).extracting(FieldViolation::field).containsExactly(field));
	}

	private static void assertAccepted(Consumer<InputValidator> check) {
		InputValidator input = new InputValidator();
		check.accept(input);
		assertThatNoException().isThrownBy(input::throwIfInvalid);
	}

}
