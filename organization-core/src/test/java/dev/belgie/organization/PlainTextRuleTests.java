package dev.belgie.organization;

import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlainTextRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "Acme\u0000", "Acme\r\nINFO fake log line", "Acme\u0007", "\u202EemcA", "Ac\u200Bme",
			"Acme\u2066x\u2069", "Ac\u2028me", "Ac\u2029me", "Acme\uD800", "Ac\uE000me", "Ac\uFFFFme" })
	void controlFormatSeparatorSurrogatePrivateUseAndUnassignedCharactersAreRefused(String text) {
		assertThat(PlainTextRule.isPlain(text)).isFalse();
		assertThat(PlainTextRule.problem(text, 100, true)).isEqualTo(PlainTextRule.UNSAFE);
		assertThatExceptionOfType(OrganizationException.class)
			.isThrownBy(() -> PlainTextRule.require("title", text, 100))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(OrganizationErrorCode.VALIDATION_FAILED);
				assertThat(ex.getViolations()).singleElement()
					.satisfies((violation) -> assertThat(violation.field()).isEqualTo("title"));
			});
	}

	@Test
	void textIsTrimmedAndNormalizedBeforeItIsMeasured() {
		assertThat(PlainTextRule.require("name", "  Ünïcødé 株式会社 😀 \n", 100)).isEqualTo("Ünïcødé 株式会社 😀");
		assertThat(PlainTextRule.require("name", "Cafe\u0301", 4)).isEqualTo("Caf\u00e9");
		assertThat(PlainTextRule.require("name", "  " + "x".repeat(100) + "  ", 100)).isEqualTo("x".repeat(100));
		assertThat(PlainTextRule.problem("x".repeat(101), 100, true)).isEqualTo("must be at most 100 characters");
	}

	@Test
	void lengthsCountUtf16UnitsAsTheColumnsDo() {
		assertThat(PlainTextRule.problem("\uD83D\uDE00".repeat(50), 100, true)).isNull();
		assertThat(PlainTextRule.problem("\uD83D\uDE00".repeat(51), 100, true)).isNotNull();
	}

	@Test
	void blankTextIsRefusedOnlyWhenRequired() {
		assertThat(PlainTextRule.problem(null, 10, true)).isEqualTo(PlainTextRule.BLANK);
		assertThat(PlainTextRule.problem("  ", 10, true)).isEqualTo(PlainTextRule.BLANK);
		assertThat(PlainTextRule.optional("description", null, 10)).isNull();
		assertThat(PlainTextRule.optional("description", "  ", 10)).isEmpty();
	}

	@Test
	void theConstraintValidatorAppliesTheSameRule() {
		PlainTextValidator validator = new PlainTextValidator();
		assertThat(validator.isValid(null, null)).isTrue();
		assertThat(validator.isValid("Ann Smith", null)).isTrue();
		assertThat(validator.isValid("Ann\u0000", null)).isFalse();
		assertThat(validator.isValid("\u202EnnA", null)).isFalse();
	}

}
