package dev.belgie.organization;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Bean Validation's form of {@link PlainTextRule}: the annotated text (a
 * {@link CharSequence}, {@code null} is valid) holds no control, format, separator,
 * private-use or unassigned character. Combine it with {@code @NotBlank} and
 * {@code @Size}, and store the text through {@link PlainTextRule#clean(String)}.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
		ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	/**
	 * The message of a violation.
	 * @return the message
	 */
	String message() default PlainTextRule.UNSAFE;

	/**
	 * The validation groups.
	 * @return the groups
	 */
	Class<?>[] groups() default {};

	/**
	 * The payload.
	 * @return the payload
	 */
	Class<? extends Payload>[] payload() default {};

}
