package fr.integrance.requests.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.CaseSenders;

/**
 * {@link CaseSenders} from the case row: the person its acceptance created, else the
 * address it came from; nothing once the case is anonymised.
 */
@Service
@RequiredArgsConstructor
class JpaCaseSenders implements CaseSenders {

	private final RequestCases cases;

	@Override
	@Transactional(readOnly = true)
	public Optional<DataSubjectRef> sender(CaseId caseId) {
		return cases.findById(caseId.value()).filter(c -> !c.isAnonymised()).map(JpaCaseSenders::sender);
	}

	/** One query for all the cases. */
	@Override
	@Transactional(readOnly = true)
	public Map<CaseId, DataSubjectRef> senders(Collection<CaseId> caseIds) {
		Map<UUID, RequestCase> found = new HashMap<>();
		cases.findAllById(caseIds.stream().map(CaseId::value).distinct().toList())
			.forEach(requestCase -> found.put(requestCase.id(), requestCase));
		Map<CaseId, DataSubjectRef> senders = new LinkedHashMap<>();
		for (CaseId caseId : caseIds) {
			RequestCase requestCase = found.get(caseId.value());
			if (requestCase != null && !requestCase.isAnonymised()) {
				senders.put(caseId, sender(requestCase));
			}
		}
		return senders;
	}

	private static DataSubjectRef sender(RequestCase c) {
		if (c.personId() != null) {
			return DataSubjectRef.person(c.personId().value());
		}
		return DataSubjectRef.email(c.submitterEmail());
	}

}
