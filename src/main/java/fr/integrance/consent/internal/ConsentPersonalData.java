package fr.integrance.consent.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.consent.ConsentRecord;
import fr.integrance.consent.SubjectRef;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * The consent module's part of access, erasure and restriction, for a
 * {@link DataSubjectRef.Kind#PERSON} or a {@link DataSubjectRef.Kind#VISITOR} (the id of
 * the consent cookie).
 * <p>
 * Consent records are the proof the controller must be able to give (GDPR Art. 7(1)):
 * which notice each choice answered, when and how. The export gives them all; an erasure
 * keeps them, each with the reason « preuve du consentement » for as long as the
 * register's rule of its purpose runs (until the withdrawal and the proof's own
 * limitation period: no fixed day), and so are the unsubscribe links, which are what lets
 * the person withdraw in one click. Records are append-only and read only to prove or to
 * know the choice in force, which storage under restriction allows (Art. 18(2)): a
 * restriction changes no record; a person who wants a processing stopped withdraws their
 * consent, which is recorded.
 */
@Component
@Transactional
class ConsentPersonalData implements PersonalDataProvider {

	static final String MODULE = "consent";

	static final String PROOF = "preuve du consentement";

	static final String UNSUBSCRIBE = "preuve du consentement : lien de désinscription, permet le retrait";

	private final EntityManager entityManager;

	ConsentPersonalData(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExportSection> export(DataSubjectRef subject) {
		List<Map<String, Object>> identification = new ArrayList<>();
		List<Map<String, Object>> connection = new ArrayList<>();
		for (ConsentRecord record : records(subject)) {
			Map<String, Object> decision = new LinkedHashMap<>();
			decision.put("subject", record.subject().value());
			decision.put("purpose", record.purpose());
			decision.put("decision", record.decision().name());
			decision.put("noticeVersion", record.noticeVersion());
			decision.put("method", record.method().name());
			decision.put("recordedAt", record.recordedAt());
			identification.add(decision);
			if (record.truncatedIp() != null || record.userAgent() != null) {
				Map<String, Object> origin = new LinkedHashMap<>();
				origin.put("purpose", record.purpose());
				origin.put("recordedAt", record.recordedAt());
				origin.put("truncatedIp", record.truncatedIp());
				origin.put("userAgent", record.userAgent());
				connection.add(origin);
			}
		}
		List<ExportSection> sections = new ArrayList<>();
		if (!identification.isEmpty()) {
			sections.add(new ExportSection(MODULE, "identification", identification));
		}
		if (!connection.isEmpty()) {
			sections.add(new ExportSection(MODULE, "connection", connection));
		}
		return sections;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
		List<ErasureOutcome> outcomes = new ArrayList<>();
		for (ConsentRecord record : records(subject)) {
			outcomes.add(ErasureOutcome.kept(MODULE, "consent_record#" + record.id(), PROOF, null));
		}
		Optional<SubjectRef> ref = ref(subject);
		if (ref.isPresent()) {
			entityManager
				.createQuery("select t.tokenHash from UnsubscribeTokenEntity t where t.subjectRef = :subject",
						String.class)
				.setParameter("subject", ref.get().value())
				.getResultList()
				.forEach(hash -> outcomes
					.add(ErasureOutcome.kept(MODULE, "marketing_unsubscribe_token#" + hash, UNSUBSCRIBE, null)));
		}
		return outcomes;
	}

	@Override
	public RestrictionOutcome restrict(DataSubjectRef subject, RestrictionGround ground) {
		return new RestrictionOutcome(MODULE, 0);
	}

	@Override
	public RestrictionOutcome liftRestriction(DataSubjectRef subject) {
		return new RestrictionOutcome(MODULE, 0);
	}

	private List<ConsentRecord> records(DataSubjectRef subject) {
		return ref(subject)
			.map(ref -> entityManager
				.createQuery(
						"select r from ConsentRecordEntity r where r.subjectRef = :subject order by r.recordedAt, r.id",
						ConsentRecordEntity.class)
				.setParameter("subject", ref.value())
				.getResultStream()
				.map(ConsentRecordEntity::toRecord)
				.toList())
			.orElse(List.of());
	}

	private static Optional<SubjectRef> ref(DataSubjectRef subject) {
		try {
			return switch (subject.kind()) {
				case PERSON -> Optional.of(SubjectRef.person(subject.id()));
				case VISITOR -> Optional.of(SubjectRef.visitor(UUID.fromString(subject.id())));
				case ACCOUNT, EMAIL -> Optional.empty();
			};
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
