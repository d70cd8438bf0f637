package fr.integrance.requests.internal;

import java.util.List;
import java.util.Map;

import fr.integrance.platform.ExportFormat;

/**
 * A case's payload as its sender's export shows it: what they sent, less the dependants
 * they declared, who are other people (the export says how many there were); the
 * dependants' own access goes through the people module.
 */
final class SendersOwnPayload implements ExportFormat {

	@Override
	public Object format(Object stored) {
		Map<String, Object> request = PayloadJson.tree((String) stored);
		Object dependants = request.remove("dependants");
		if (dependants instanceof List<?> declared) {
			request.put("dependantsDeclared", declared.size());
		}
		return request;
	}

}
