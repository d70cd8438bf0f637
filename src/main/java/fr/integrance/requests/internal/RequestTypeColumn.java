package fr.integrance.requests.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jspecify.annotations.Nullable;

import fr.integrance.requests.RequestType;

/** A request type as its name in {@code request_case.request_type}. */
@Converter
class RequestTypeColumn implements AttributeConverter<RequestType, String> {

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable RequestType type) {
		return type == null ? null : type.name();
	}

	@Override
	public @Nullable RequestType convertToEntityAttribute(@Nullable String name) {
		return name == null ? null : RequestType.valueOf(name);
	}

}
