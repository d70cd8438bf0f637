package fr.integrance.rights.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * The rights module's part of access, erasure and restriction: the rights requests a
 * person sent, found by the address they wrote from ({@link DataSubjectRef.Kind#EMAIL}; a
 * request names no person id). The export gives them all. An erasure keeps them: the
 * controller must be able to show that it answered each request and when (GDPR Art. 5(2)
 * and 12), a legal obligation that outlives the request; the register has no retention
 * rule of its own for them yet, hence no fixed day. They are read only to answer and to
 * prove the answer, which storage under restriction allows (Art. 18(2)): a restriction
 * changes no record.
 */
@Component
@Transactional
class RightsPersonalData implements PersonalDataProvider {

	static final String MODULE = "rights";

	static final String PROOF = "obligation légale : preuve de la réponse à la demande d’exercice des droits";

	private final SubjectRightsRequests requests;

	RightsPersonalData(SubjectRightsRequests requests) {
		this.requests = requests;
	}

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExportSection> export(DataSubjectRef subject) {
		List<Map<String, Object>> identification = new ArrayList<>();
		List<Map<String, Object>> personalLife = new ArrayList<>();
		for (RightsRequest request : requests(subject)) {
			Map<String, Object> requester = new LinkedHashMap<>();
			requester.put("reference", request.reference());
			requester.put("right", request.rightId());
			requester.put("scope", request.scope());
			requester.put("status", request.status().name());
			requester.put("receivedAt", request.receivedAt());
			requester.put("dueDate", request.dueDate());
			requester.put("firstName", request.requesterFirstName());
			requester.put("lastName", request.requesterLastName());
			requester.put("email", request.requesterEmail());
			requester.put("memberNumber", request.memberNumber());
			identification.add(requester);
			if (request.message() != null) {
				Map<String, Object> message = new LinkedHashMap<>();
				message.put("reference", request.reference());
				message.put("message", request.message());
				personalLife.add(message);
			}
		}
		List<ExportSection> sections = new ArrayList<>();
		if (!identification.isEmpty()) {
			sections.add(new ExportSection(MODULE, "identification", identification));
		}
		if (!personalLife.isEmpty()) {
			sections.add(new ExportSection(MODULE, "personal-life", personalLife));
		}
		return sections;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
		return requests(subject).stream()
			.map(request -> ErasureOutcome.kept(MODULE, "rights_request#" + request.id(), PROOF, null))
			.toList();
	}

	@Override
	public RestrictionOutcome restrict(DataSubjectRef subject, RestrictionGround ground) {
		return new RestrictionOutcome(MODULE, 0);
	}

	@Override
	public RestrictionOutcome liftRestriction(DataSubjectRef subject) {
		return new RestrictionOutcome(MODULE, 0);
	}

	private List<RightsRequest> requests(DataSubjectRef subject) {
		if (subject.kind() != DataSubjectRef.Kind.EMAIL) {
			return List.of();
		}
		return requests.findByEmail(subject.id().strip());
	}

}
