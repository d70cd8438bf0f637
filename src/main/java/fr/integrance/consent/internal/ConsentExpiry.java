package fr.integrance.consent.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.Decision;

/**
 * Once a day, appends an {@link Decision#EXPIRED} record for every cookie choice (consent
 * or refusal alike) that reached the renewal age, so that the history itself shows when a
 * choice lapsed. The state in force already reads such a choice as expired before the
 * sweep runs.
 * <p>
 * Several nodes may run it at once until ShedLock arrives: a doubled EXPIRED row is
 * harmless (the state stays expired), so no lock is taken here.
 */
@Component
@RequiredArgsConstructor
class ConsentExpiry {

	private static final Logger log = LoggerFactory.getLogger(ConsentExpiry.class);

	private static final int BATCH = 500;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final CookieCatalogue catalogue;

	private final ConsentSettings settings;

	private final Clock clock;

	@Scheduled(cron = "${app.consent.expiry-cron:0 40 2 * * *}", zone = "UTC")
	@SchedulerLock(name = "consent.expiry", lockAtMostFor = "PT30M")
	public void scheduled() {
		int expired = expireStaleChoices();
		log.info("Consent expiry: {} cookie choice(s) reached the renewal age", expired);
	}

	/**
	 * Records EXPIRED for each stale cookie choice in force; returns how many were
	 * recorded.
	 */
	int expireStaleChoices() {
		List<String> purposes = catalogue.consentPurposeIds();
		if (purposes.isEmpty()) {
			return 0;
		}
		Instant now = clock.instant();
		Instant cutoff = now.atZone(ZoneOffset.UTC).minus(settings.renewAfter()).toInstant();
		int total = 0;
		int done;
		do {
			done = transactions.execute(status -> {
				List<ConsentRecordEntity> stale = entityManager.createQuery("""
						select r from ConsentRecordEntity r
						where r.decision in :renewable and r.recordedAt <= :cutoff and r.purposeId in :purposes
						and not exists (select n.id from ConsentRecordEntity n
						    where n.subjectRef = r.subjectRef and n.purposeId = r.purposeId
						    and (n.recordedAt > r.recordedAt or (n.recordedAt = r.recordedAt and n.id > r.id)))
						order by r.id""", ConsentRecordEntity.class)
					.setParameter("renewable", JpaConsentManagement.RENEWABLE)
					.setParameter("cutoff", cutoff)
					.setParameter("purposes", purposes)
					.setMaxResults(BATCH)
					.getResultList();
				for (ConsentRecordEntity record : stale) {
					var current = record.toRecord();
					entityManager.persist(new ConsentRecordEntity(current.subject(), current.purpose(),
							current.noticeVersion(), Decision.EXPIRED, ConsentMethod.EXPIRY, now, null, null));
				}
				return stale.size();
			});
			total += done;
		}
		while (done == BATCH);
		return total;
	}

}
