package fr.integrance.consent.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentProof;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.ConsentRecord;
import fr.integrance.consent.ConsentState;
import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.Decision;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * Consent records in {@code consent_record}: insert only; the state in force is the
 * latest row per purpose.
 */
@Service
@Transactional
@RequiredArgsConstructor
class JpaConsentManagement implements ConsentManagement {

	/** The register's id of the consent legal basis (GDPR Art. 6(1)(a)). */
	static final String CONSENT_BASIS = "consent";

	/**
	 * Decisions that answer the question and therefore age: they are asked again after
	 * the renewal age.
	 */
	static final Set<Decision> RENEWABLE = EnumSet.of(Decision.GIVEN, Decision.REFUSED);

	private final EntityManager entityManager;

	private final ProcessingRegister register;

	private final CookieCatalogue catalogue;

	private final ConsentSettings settings;

	private final Clock clock;

	@Override
	public List<ConsentRecord> record(DataSubjectRef subject, Map<String, Decision> decisions, ConsentMethod method,
			RequestOrigin origin) {
		return record(subject.journalRef(), decisions, method, origin);
	}

	/**
	 * {@link #record(DataSubjectRef, Map, ConsentMethod, RequestOrigin)} by stored
	 * reference.
	 */
	List<ConsentRecord> record(String subject, Map<String, Decision> decisions, ConsentMethod method,
			RequestOrigin origin) {
		List<String> known = knownPurposes();
		decisions.keySet().forEach(purpose -> {
			if (!known.contains(purpose)) {
				throw new IllegalArgumentException("Not a purpose that takes consent: " + purpose);
			}
		});
		Instant now = clock.instant();
		String noticeVersion = register.current().policy().version();
		RequestOrigin from = origin == null ? RequestOrigin.NONE : origin;
		String ip = IpAddresses.truncate(from.ipAddress());
		String userAgent = UserAgents.truncate(from.userAgent());
		List<ConsentRecordEntity> records = new ArrayList<>();
		// Register order, so that a proof reads in the order the visitor saw the
		// purposes.
		for (String purpose : known) {
			Decision decision = decisions.get(purpose);
			if (decision != null) {
				ConsentRecordEntity entity = new ConsentRecordEntity(subject, purpose, noticeVersion, decision, method,
						now, ip, userAgent);
				entityManager.persist(entity);
				records.add(entity);
			}
		}
		entityManager.flush();
		return records.stream().map(ConsentRecordEntity::toRecord).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, ConsentState> currentState(DataSubjectRef subject) {
		return currentState(subject.journalRef());
	}

	/** {@link #currentState(DataSubjectRef)} by stored reference. */
	@Transactional(readOnly = true)
	Map<String, ConsentState> currentState(String subject) {
		return stateOf(history(subject));
	}

	@Override
	public List<ConsentRecord> withdraw(DataSubjectRef subject, Collection<String> purposes, ConsentMethod method,
			RequestOrigin origin) {
		return withdraw(subject.journalRef(), purposes, method, origin);
	}

	/**
	 * {@link #withdraw(DataSubjectRef, Collection, ConsentMethod, RequestOrigin)} by
	 * stored reference.
	 */
	List<ConsentRecord> withdraw(String subject, Collection<String> purposes, ConsentMethod method,
			RequestOrigin origin) {
		Map<String, ConsentState> state = currentState(subject);
		Map<String, Decision> withdrawals = new LinkedHashMap<>();
		for (String purpose : purposes) {
			ConsentState current = state.get(purpose);
			if (current == null
					|| !(current.decision() == Decision.REFUSED || current.decision() == Decision.WITHDRAWN)) {
				withdrawals.put(purpose, Decision.WITHDRAWN);
			}
		}
		return withdrawals.isEmpty() ? List.of() : record(subject, withdrawals, method, origin);
	}

	@Override
	@Transactional(readOnly = true)
	public ConsentProof proofFor(DataSubjectRef subject) {
		String stored = subject.journalRef();
		List<ConsentRecord> history = history(stored);
		List<ConsentProof.Entry> entries = history.stream()
			.map(r -> new ConsentProof.Entry(r.purpose(), r.decision(), r.noticeVersion(), r.method(), r.recordedAt(),
					r.truncatedIp(), r.userAgent()))
			.toList();
		return new ConsentProof(stored, clock.instant(), register.current().policy().version(),
				List.copyOf(stateOf(history).values()), entries);
	}

	/** The subject's records, oldest first (ties broken by insertion order). */
	private List<ConsentRecord> history(String subject) {
		return entityManager
			.createQuery(
					"select r from ConsentRecordEntity r where r.subjectRef = :subject order by r.recordedAt, r.id",
					ConsentRecordEntity.class)
			.setParameter("subject", subject)
			.getResultStream()
			.map(ConsentRecordEntity::toRecord)
			.toList();
	}

	private Map<String, ConsentState> stateOf(List<ConsentRecord> history) {
		Map<String, ConsentRecord> latest = new LinkedHashMap<>();
		history.forEach(record -> latest.put(record.purpose(), record));
		List<String> cookiePurposes = catalogue.consentPurposeIds();
		Instant now = clock.instant();
		Map<String, ConsentState> state = new LinkedHashMap<>();
		latest.forEach((purpose, record) -> {
			Instant expiresAt = expiresAt(record.recordedAt(), settings.renewAfter());
			if (cookiePurposes.contains(purpose) && RENEWABLE.contains(record.decision()) && !expiresAt.isAfter(now)) {
				state.put(purpose, new ConsentState(purpose, Decision.EXPIRED, record.noticeVersion(),
						ConsentMethod.EXPIRY, expiresAt));
			}
			else {
				state.put(purpose, new ConsentState(purpose, record.decision(), record.noticeVersion(), record.method(),
						record.recordedAt()));
			}
		});
		return state;
	}

	/**
	 * Calendar arithmetic in UTC: a choice made on 31 August expires on 28 (or 29)
	 * February.
	 */
	static Instant expiresAt(Instant decidedAt, Period renewAfter) {
		return decidedAt.atZone(ZoneOffset.UTC).plus(renewAfter).toInstant();
	}

	private List<String> knownPurposes() {
		List<String> known = new ArrayList<>(catalogue.consentPurposeIds());
		known.add(ConsentPurposes.MARKETING);
		// Processing purposes of the register that rest on consent (e.g. the member's
		// login account).
		register.current()
			.purposes()
			.stream()
			.filter(purpose -> purpose.legalBases().contains(CONSENT_BASIS))
			.map(Register.Purpose::id)
			.filter(id -> !known.contains(id))
			.forEach(known::add);
		return known;
	}

}
