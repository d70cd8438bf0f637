package fr.integrance.platform.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Gives every error response an incident id, logs the failure under that id, and keeps
 * only what a visitor may see: status and id, never the exception, its message or a stack
 * trace. The person quotes the id to the support team, who find the full story in the
 * logs.
 * <p>
 * The id is the end of the request's trace id, which every log line of the request
 * carries ({@code traceId} in the logs, JSON in production): the last ten hexadecimal
 * digits, grouped 4-4-2 to be read over the phone; {@code grep -i} the digits without the
 * dashes to find the request. Without a trace (none started), a random id.
 */
@Component
class IncidentErrorAttributes extends DefaultErrorAttributes {

	static final String INCIDENT_ID = "incidentId";

	private static final Logger log = LoggerFactory.getLogger(IncidentErrorAttributes.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ObjectProvider<Tracer> tracer;

	IncidentErrorAttributes(ObjectProvider<Tracer> tracer) {
		this.tracer = tracer;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request,
				ErrorAttributeOptions.of(ErrorAttributeOptions.Include.STATUS));
		String incidentId = (String) request.getAttribute(INCIDENT_ID, RequestAttributes.SCOPE_REQUEST);
		if (incidentId == null) {
			incidentId = currentTraceId().or(() -> requestTraceId(request))
				.map(IncidentErrorAttributes::incidentIdOf)
				.orElseGet(IncidentErrorAttributes::newIncidentId);
			request.setAttribute(INCIDENT_ID, incidentId, RequestAttributes.SCOPE_REQUEST);
			Throwable error = getError(request);
			Object status = attributes.get("status");
			if (status instanceof Integer code && code >= 500) {
				log.error("Incident {} (status {})", incidentId, status, error);
			}
			else {
				log.debug("Incident {} (status {})", incidentId, status);
			}
		}
		attributes.remove("error");
		attributes.remove("message");
		attributes.remove("exception");
		attributes.remove("trace");
		attributes.remove("errors");
		attributes.remove("path");
		attributes.put(INCIDENT_ID, incidentId);
		return attributes;
	}

	private Optional<String> currentTraceId() {
		Tracer current = tracer.getIfAvailable();
		TraceContext context = current == null ? null : current.currentTraceContext().context();
		return context == null ? Optional.empty() : Optional.of(context.traceId());
	}

	/**
	 * The trace id of the request's own observation, when the error page is rendered
	 * outside its scope (the error dispatch after the request's filters are done).
	 */
	private static Optional<String> requestTraceId(WebRequest request) {
		if (!(request instanceof NativeWebRequest exchange)
				|| !(exchange.getNativeRequest() instanceof HttpServletRequest servletRequest)) {
			return Optional.empty();
		}
		return ServerHttpObservationFilter.findObservationContext(servletRequest)
			.map(context -> context.<TracingObservationHandler.TracingContext>get(
					TracingObservationHandler.TracingContext.class))
			.map(tracing -> tracing.getSpan())
			.map(span -> span.context().traceId());
	}

	/** The incident id of a trace: its last ten hex digits, upper case, grouped 4-4-2. */
	static String incidentIdOf(String traceId) {
		String hex = traceId.length() < 10 ? "0".repeat(10 - traceId.length()) + traceId
				: traceId.substring(traceId.length() - 10);
		hex = hex.toUpperCase(Locale.ROOT);
		return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8);
	}

	/**
	 * Short enough to read over the phone, random enough not to be guessed: e.g.
	 * "7F3A-09C2-B1".
	 */
	static String newIncidentId() {
		byte[] bytes = new byte[5];
		RANDOM.nextBytes(bytes);
		String hex = HexFormat.of().withUpperCase().formatHex(bytes);
		return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8);
	}

}
