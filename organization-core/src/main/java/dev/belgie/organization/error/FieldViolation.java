package dev.belgie.organization.error;

/**
 * One invalid input field: its name as the caller sent it and what is wrong with it.
 *
 * @param field the field, for example {@code slug}
 * @param message what is wrong, for example {@code must match ^[a-z0-9]...}
 */
public record FieldViolation(String field, String message) {
}
