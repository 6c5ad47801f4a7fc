package dev.belgie.organization.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an organization's metadata, a JSON object, as JSON text: portable across H2, PostgreSQL and
 * MariaDB.
 */
@Converter
public class MetadataConverter implements AttributeConverter<Map<String, Object>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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

}
