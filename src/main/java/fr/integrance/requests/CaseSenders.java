package fr.integrance.requests;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.integrance.privacy.DataSubjectRef;

/**
 * Who sent a case, as a data subject: the person its acceptance created, or else the
 * e-mail address it was sent from. Used by the retention sweep to erase a prospect
 * through the privacy SPI exactly as an erasure request would, without the clocks ever
 * storing an address.
 */
public interface CaseSenders {

	/** The sender of the case; empty for an unknown or anonymised case. */
	Optional<DataSubjectRef> sender(CaseId caseId);

	/**
	 * The senders of several cases, as {@link #sender} gives them one by one; an unknown
	 * or anonymised case is left out. By default one call per case.
	 */
	default Map<CaseId, DataSubjectRef> senders(Collection<CaseId> caseIds) {
		Map<CaseId, DataSubjectRef> senders = new LinkedHashMap<>();
		caseIds.forEach(caseId -> sender(caseId).ifPresent(sender -> senders.put(caseId, sender)));
		return senders;
	}

}
