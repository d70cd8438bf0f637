package fr.integrance.website;

import java.util.List;

/**
 * What a form tells a person about the data it collects (GDPR Art. 13), generated from
 * the processing register: who processes it, for what, on which legal bases, who receives
 * it, how long it is kept, the rights those bases open and how to reach the DPO. Rendered
 * by the {@code intake/notice :: collection-notice} fragment on every public form.
 */
record CollectionNotice(String controllerName, String purposeLabel, List<Basis> legalBases, List<String> recipients,
		List<String> retention, List<String> rights, String dpoTitle, String dpoEmail, List<String> dpoAddress,
		String authorityName, String complaintSite) {

	record Basis(String label, String article) {
	}
}
