package fr.integrance.statistics.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * First-party audience measurement within the CNIL exemption: page views of our own site
 * only, with no identifier (no cookie, no IP, no user agent), summed per day and page.
 * Raw events are kept as long as the register's statistics purpose says (3 months:
 * {@code statistics-3m}); the daily sums, anonymous, are kept 25 months, the CNIL ceiling
 * for audience data.
 * <p>
 * The daily job ({@link #daily()}, triggered by {@link StatisticsSchedule}) runs on one
 * node at a time (ShedLock); its steps are plain methods that tests call with the clock
 * moved. Should two nodes still run it together (a lock that ran out), the unique (day,
 * page) key makes the second aggregation fail rather than count twice, and deleting old
 * rows twice is harmless.
 */
@Component
class AudienceStatistics {

	/** The register purpose whose retention rule bounds the raw events. */
	static final String STATISTICS_PURPOSE = "website-statistics";

	static final String DAILY_LOCK = "statistics.daily";

	private static final Logger log = LoggerFactory.getLogger(AudienceStatistics.class);

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Period rawRetention;

	private final Period aggregateRetention;

	AudienceStatistics(EntityManager entityManager, TransactionTemplate transactions, Clock clock,
			ProcessingRegister register, @Value("${app.statistics.raw-retention:P3M}") Period fallbackRawRetention,
			@Value("${app.statistics.aggregate-retention:P25M}") Period aggregateRetention) {
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.clock = clock;
		this.rawRetention = rawRetention(register.current()).orElse(fallbackRawRetention);
		this.aggregateRetention = aggregateRetention;
	}

	/**
	 * The duration of the statistics purpose's retention rule, if the register gives one
	 * in months/days/years.
	 */
	static Optional<Period> rawRetention(Register register) {
		return register.purposes()
			.stream()
			.filter(purpose -> STATISTICS_PURPOSE.equals(purpose.id()))
			.flatMap(purpose -> purpose.retention().stream())
			.map(register::retentionRule)
			.flatMap(Optional::stream)
			.map(Register.RetentionRule::duration)
			.findFirst()
			.flatMap(AudienceStatistics::parsePeriod);
	}

	private static Optional<Period> parsePeriod(String iso) {
		try {
			return Optional.of(Period.parse(iso));
		}
		catch (RuntimeException notAPeriod) {
			return Optional.empty();
		}
	}

	Period rawRetention() {
		return rawRetention;
	}

	void record(String pagePath) {
		transactions
			.executeWithoutResult(status -> entityManager.persist(new PageViewEventEntity(pagePath, clock.instant())));
	}

	@SchedulerLock(name = DAILY_LOCK, lockAtMostFor = "PT30M")
	public void daily() {
		int days = aggregateCompletedDays();
		int purged = purgeExpiredRawEvents();
		int purgedDays = purgeExpiredAggregates();
		log.info("Audience statistics: {} day(s) summed, {} raw event(s) and {} daily row(s) past retention deleted",
				days, purged, purgedDays);
	}

	/**
	 * Sums the raw events of every whole day (UTC) not summed yet, up to yesterday;
	 * returns the number of days summed. Run before the purge, so that no event is
	 * deleted before it is counted.
	 */
	int aggregateCompletedDays() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		return transactions.execute(status -> {
			LocalDate lastSummed = entityManager
				.createQuery("select max(d.viewDay) from PageViewDailyEntity d", LocalDate.class)
				.getSingleResult();
			Instant firstRaw = entityManager
				.createQuery("select min(e.viewedAt) from PageViewEventEntity e", Instant.class)
				.getSingleResult();
			if (firstRaw == null) {
				return 0;
			}
			LocalDate day = firstRaw.atZone(ZoneOffset.UTC).toLocalDate();
			if (lastSummed != null && !day.isAfter(lastSummed)) {
				day = lastSummed.plusDays(1);
			}
			int summed = 0;
			for (; day.isBefore(today); day = day.plusDays(1)) {
				List<Object[]> rows = entityManager.createQuery("""
						select e.pagePath, count(e) from PageViewEventEntity e
						where e.viewedAt >= :from and e.viewedAt < :to group by e.pagePath""", Object[].class)
					.setParameter("from", day.atStartOfDay(ZoneOffset.UTC).toInstant())
					.setParameter("to", day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
					.getResultList();
				for (Object[] row : rows) {
					entityManager.persist(new PageViewDailyEntity(day, (String) row[0], ((Number) row[1]).longValue()));
				}
				summed++;
			}
			return summed;
		});
	}

	/**
	 * Deletes the raw events older than the register's retention (3 months); returns how
	 * many.
	 */
	int purgeExpiredRawEvents() {
		Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(rawRetention).toInstant();
		return transactions
			.execute(status -> entityManager.createQuery("delete from PageViewEventEntity e where e.viewedAt < :cutoff")
				.setParameter("cutoff", cutoff)
				.executeUpdate());
	}

	/** Deletes the daily sums older than 25 months; returns how many rows. */
	int purgeExpiredAggregates() {
		LocalDate cutoff = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minus(aggregateRetention);
		return transactions
			.execute(status -> entityManager.createQuery("delete from PageViewDailyEntity d where d.viewDay < :cutoff")
				.setParameter("cutoff", cutoff)
				.executeUpdate());
	}

	/** The sums of one day, by page (for the DPO console and tests). */
	List<PageViewDailyEntity> dailyViews(LocalDate day) {
		return transactions.execute(
				status -> entityManager
					.createQuery("select d from PageViewDailyEntity d where d.viewDay = :day order by d.pagePath",
							PageViewDailyEntity.class)
					.setParameter("day", day)
					.getResultList());
	}

	long rawEventCount() {
		return transactions
			.execute(status -> entityManager.createQuery("select count(e) from PageViewEventEntity e", Long.class)
				.getSingleResult());
	}

}
