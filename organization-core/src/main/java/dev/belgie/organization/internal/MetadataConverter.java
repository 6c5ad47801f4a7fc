package dev.belgie.organization.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an organization's metadata, a JSON object, as JSON text: portable across H2,
 * PostgreSQL and MariaDB. Numbers keep their exact value: decimals are read back as
 * {@code BigDecimal}, never rounded to a {@code double} (nor {@code 1e400} turned into
 * {@code Infinity}).
 */
@Converter
public class MetadataConverter implements AttributeConverter<Map<String, Object>, String> {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(Map<String, Object> metadata) {
		return (metadata != null) ? toJson(metadata) : null;
	}

	@Override
	public Map<String, Object> convertToEntityAttribute(String json) {
		return (json != null) ? JSON.readValue(json, MAP) : null;
	}

	/** The JSON text of a metadata object, as it is stored. */
	public static String toJson(Map<String, Object> metadata) {
		return JSON.writeValueAsString(metadata);
	}

	/**
	 * What makes metadata impossible to store faithfully, or {@code null} when nothing
	 * does: nesting deeper than {@code maxDepth}, a non-finite {@code double} or
	 * {@code float} (JSON has no such number; it would come back as a string), or text
	 * with a lone surrogate (not Unicode; PostgreSQL refuses it).
	 */
	public static String problemIn(Object value, int maxDepth) {
		return problemIn(value, 0, maxDepth);
	}

	private static String problemIn(Object value, int depth, int maxDepth) {
		if (depth > maxDepth) {
			return "must be nested at most " + maxDepth + " levels deep";
		}
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String problem = (entry.getKey() instanceof String key && !isUnicode(key))
						? "must hold valid Unicode text" : problemIn(entry.getValue(), depth + 1, maxDepth);
				if (problem != null) {
					return problem;
				}
			}
		}
		else if (value instanceof Collection<?> items) {
			for (Object item : items) {
				String problem = problemIn(item, depth + 1, maxDepth);
				if (problem != null) {
					return problem;
				}
			}
		}
		else if ((value instanceof Double number && !Double.isFinite(number))
				|| (value instanceof Float single && !Float.isFinite(single))) {
			return "must hold finite numbers only";
		}
		else if (value instanceof String text && !isUnicode(text)) {
			return "must hold valid Unicode text";
		}
		return null;
	}

	private static boolean isUnicode(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
