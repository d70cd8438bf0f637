package fr.integrance.requests.internal;

import java.util.Optional;

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
		return cases.findById(caseId.value()).filter(c -> !c.isAnonymised()).map(c -> {
			if (c.personId() != null) {
				return DataSubjectRef.person(c.personId().value());
			}
			return DataSubjectRef.email(c.submitterEmail());
		});
	}

}
