package fr.integrance.consent.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.consent.ConsentPurposes;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.PersonalRow;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * The consent module's rows of a subject, found by the reference they are stored under
 * ({@link DataSubjectRef#journalRef()}: a person, a visitor, an e-mail address's digest):
 * their consent records and their marketing unsubscribe links.
 * <p>
 * Consent records are the proof the controller must be able to give (GDPR Art. 7(1)):
 * which notice each choice answered, when and how. An erasure keeps them, each under the
 * register's retention rule of its purpose, or, for a cookie purpose (which the register
 * lists apart, without a rule of its own), under the register's rule that runs until
 * consent is withdrawn; so are the unsubscribe links, which are what lets the person
 * withdraw in one click, under the rule of marketing. Records are append-only and read
 * only to prove or to know the choice in force, which storage under restriction allows
 * (Art. 18(2)): they embed no restriction state; a person who wants a processing stopped
 * withdraws their consent, which is recorded.
 */
@Component
@RequiredArgsConstructor
class ConsentPersonalData implements PersonalDataRows {

	/** The register's trigger of a rule that runs until consent is withdrawn. */
	static final String CONSENT_WITHDRAWAL = "consent-withdrawal";

	private final EntityManager entityManager;

	private final ProcessingRegister register;

	@Override
	public List<PersonalRow> rows(DataSubjectRef subject) {
		String stored;
		try {
			stored = subject.journalRef();
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
		List<PersonalRow> rows = new ArrayList<>();
		entityManager
			.createQuery(
					"select r from ConsentRecordEntity r where r.subjectRef = :subject order by r.recordedAt, r.id",
					ConsentRecordEntity.class)
			.setParameter("subject", stored)
			.getResultList()
			.forEach(record -> rows.add(PersonalRow.kept(record, ruleOf(record.purposeId()), null)));
		entityManager
			.createQuery("select t from UnsubscribeTokenEntity t where t.subjectRef = :subject order by t.createdAt",
					UnsubscribeTokenEntity.class)
			.setParameter("subject", stored)
			.getResultList()
			.forEach(token -> rows.add(PersonalRow.kept(token, ruleOf(ConsentPurposes.MARKETING), null)));
		return rows;
	}

	/**
	 * The consent records and unsubscribe tokens of several subjects: two queries in all.
	 */
	@Override
	public Map<DataSubjectRef, List<PersonalRow>> rowsOfEach(List<DataSubjectRef> subjects) {
		Map<DataSubjectRef, String> refs = new LinkedHashMap<>();
		for (DataSubjectRef subject : subjects) {
			try {
				refs.put(subject, subject.journalRef());
			}
			catch (IllegalArgumentException ex) {
				// not a subject the consent records can name: nothing here
			}
		}
		Map<String, List<PersonalRow>> records = new HashMap<>();
		Map<String, List<PersonalRow>> tokens = new HashMap<>();
		if (!refs.isEmpty()) {
			Set<String> stored = Set.copyOf(refs.values());
			entityManager
				.createQuery("select r from ConsentRecordEntity r where r.subjectRef in :subjects"
						+ " order by r.recordedAt, r.id", ConsentRecordEntity.class)
				.setParameter("subjects", stored)
				.getResultList()
				.forEach(record -> records.computeIfAbsent(record.subjectRef(), r -> new ArrayList<>())
					.add(PersonalRow.kept(record, ruleOf(record.purposeId()), null)));
			entityManager
				.createQuery("select t from UnsubscribeTokenEntity t where t.subjectRef in :subjects"
						+ " order by t.createdAt", UnsubscribeTokenEntity.class)
				.setParameter("subjects", stored)
				.getResultList()
				.forEach(token -> tokens.computeIfAbsent(token.subjectRef(), r -> new ArrayList<>())
					.add(PersonalRow.kept(token, ruleOf(ConsentPurposes.MARKETING), null)));
		}
		Map<DataSubjectRef, List<PersonalRow>> rows = new LinkedHashMap<>();
		for (DataSubjectRef subject : subjects) {
			String ref = refs.get(subject);
			List<PersonalRow> found = new ArrayList<>();
			if (ref != null) {
				found.addAll(records.getOrDefault(ref, List.of()));
				found.addAll(tokens.getOrDefault(ref, List.of()));
			}
			rows.putIfAbsent(subject, List.copyOf(found));
		}
		return rows;
	}

	/**
	 * The retention rule of a consent purpose: the register purpose's first rule, or the
	 * register's rule that runs until consent is withdrawn.
	 */
	private String ruleOf(String purposeId) {
		Register current = register.current();
		return current.purposes()
			.stream()
			.filter(purpose -> purpose.id().equals(purposeId))
			.flatMap(purpose -> purpose.retention().stream())
			.findFirst()
			.orElseGet(() -> current.retentionRules()
				.stream()
				.filter(rule -> CONSENT_WITHDRAWAL.equals(rule.trigger()))
				.map(Register.RetentionRule::id)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("The register has no rule that ends with consent")));
	}

}
