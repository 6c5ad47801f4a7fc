package dev.belgie.sample.web.openapi;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.belgie.organization.error.ErrorCode;

/**
 * Every error code the app can answer with, by name: the enum constants and the
 * {@code static final} {@link ErrorCode} fields of the classes that define them.
 */
public final class ErrorCatalog {

	private final Map<String, ErrorCode> codes = new LinkedHashMap<>();

	private ErrorCatalog() {
	}

	/**
	 * The codes declared in the given enums and holder classes (such as
	 * {@code WebErrorCode}).
	 */
	public static ErrorCatalog of(Class<?>... holders) {
		ErrorCatalog catalog = new ErrorCatalog();
		Arrays.stream(holders).forEach(catalog::add);
		return catalog;
	}

	/** The code of that name; fails naming the route when no class defines it. */
	public ErrorCode get(String name, Object route) {
		ErrorCode code = this.codes.get(name);
		if (code == null) {
			throw new IllegalStateException(
					"Unknown error code '" + name + "' documented on " + route + "; known: " + this.codes.keySet());
		}
		return code;
	}

	private void add(Class<?> holder) {
		for (Field field : holder.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && ErrorCode.class.isAssignableFrom(field.getType())
					&& field.trySetAccessible()) {
				try {
					ErrorCode code = (ErrorCode) field.get(null);
					this.codes.put(code.code(), code);
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

}
