package dev.belgie.organization;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link PlainText @PlainText} by {@link PlainTextRule#isPlain(CharSequence)}.
 */
public final class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return PlainTextRule.isPlain(value);
	}

}
