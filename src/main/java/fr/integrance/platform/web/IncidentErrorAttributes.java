package fr.integrance.platform.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Gives every error response an incident id, logs the failure under that id, and keeps
 * only what a visitor may see: status and id, never the exception, its message or a stack
 * trace. The person quotes the id to the support team, who find the full story in the
 * logs.
 */
@Component
class IncidentErrorAttributes extends DefaultErrorAttributes {

	static final String INCIDENT_ID = "incidentId";

	private static final Logger log = LoggerFactory.getLogger(IncidentErrorAttributes.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request,
				ErrorAttributeOptions.of(ErrorAttributeOptions.Include.STATUS));
		String incidentId = (String) request.getAttribute(INCIDENT_ID, RequestAttributes.SCOPE_REQUEST);
		if (incidentId == null) {
			incidentId = newIncidentId();
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
