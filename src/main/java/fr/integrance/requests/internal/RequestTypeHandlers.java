package fr.integrance.requests.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import fr.integrance.requests.RequestType;

/** The handler of each request type; the application does not start when one lacks. */
@Component
class RequestTypeHandlers {

	private final Map<RequestType, RequestTypeHandler<?>> handlers = new LinkedHashMap<>();

	RequestTypeHandlers(List<RequestTypeHandler<?>> handlers) {
		for (RequestTypeHandler<?> handler : handlers) {
			if (this.handlers.put(handler.type(), handler) != null) {
				throw new IllegalStateException("Two handlers for request type " + handler.type());
			}
		}
		for (RequestType type : RequestType.values()) {
			if (!this.handlers.containsKey(type)) {
				throw new IllegalStateException("No handler for request type " + type);
			}
		}
	}

	RequestTypeHandler<?> of(RequestType type) {
		return Objects.requireNonNull(handlers.get(type), () -> "No handler for request type " + type);
	}

}
