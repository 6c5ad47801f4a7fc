package dev.belgie.sample.api.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/**
 * Text without control characters (CR, LF, NUL...), format characters (bidi overrides,
 * zero-width characters), lone surrogates or line separators: they forge log lines,
 * reorder what a reader sees, or break storage (PostgreSQL refuses NUL). The same rule as
 * the starter's for organization names.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[^\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]*",
		message = "must not contain control, format or bidirectional-override characters")
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@interface PlainText {

	String message() default "must not contain control, format or bidirectional-override characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
