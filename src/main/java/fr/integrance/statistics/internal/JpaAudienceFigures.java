package fr.integrance.statistics.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.statistics.AudienceFigures;

/**
 * The audience figures from {@code page_view_daily}, and from {@code page_view_event} for
 * the days of the range after the last summed day (not summed yet).
 */
@Component
@RequiredArgsConstructor
class JpaAudienceFigures implements AudienceFigures {

	/** The longest range asked at once (the daily sums are kept 25 months). */
	static final int MAX_DAYS = 800;

	private final EntityManager entityManager;

	private final AudienceStatistics statistics;

	@Override
	@Transactional(readOnly = true)
	public AudienceReport report(LocalDate first, LocalDate last, int topPages) {
		if (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
			throw new IllegalArgumentException("a range of 1 to " + MAX_DAYS + " days, first before last");
		}
		Map<LocalDate, Long> perDay = new TreeMap<>();
		Map<String, Long> perPage = new LinkedHashMap<>();
		List<Object[]> summed = entityManager.createQuery("""
				select d.viewDay, d.pagePath, d.views from PageViewDailyEntity d
				where d.viewDay >= :first and d.viewDay <= :last""", Object[].class)
			.setParameter("first", first)
			.setParameter("last", last)
			.getResultList();
		for (Object[] row : summed) {
			add(perDay, perPage, (LocalDate) row[0], (String) row[1], ((Number) row[2]).longValue());
		}
		LocalDate lastSummed = entityManager
			.createQuery("select max(d.viewDay) from PageViewDailyEntity d", LocalDate.class)
			.getSingleResult();
		LocalDate day = lastSummed == null || lastSummed.isBefore(first) ? first : lastSummed.plusDays(1);
		for (; !day.isAfter(last); day = day.plusDays(1)) {
			List<Object[]> raw = entityManager.createQuery("""
					select e.pagePath, count(e) from PageViewEventEntity e
					where e.viewedAt >= :from and e.viewedAt < :to group by e.pagePath""", Object[].class)
				.setParameter("from", day.atStartOfDay(ZoneOffset.UTC).toInstant())
				.setParameter("to", day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
				.getResultList();
			for (Object[] row : raw) {
				add(perDay, perPage, day, (String) row[0], ((Number) row[1]).longValue());
			}
		}
		List<DayViews> days = new ArrayList<>();
		long total = 0;
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			long views = perDay.getOrDefault(d, 0L);
			days.add(new DayViews(d, views));
			total += views;
		}
		List<PageViews> pages = perPage.entrySet()
			.stream()
			.map(entry -> new PageViews(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingLong(PageViews::views).reversed().thenComparing(PageViews::page))
			.limit(Math.max(0, topPages))
			.toList();
		return new AudienceReport(first, last, days, pages, total);
	}

	private static void add(Map<LocalDate, Long> perDay, Map<String, Long> perPage, LocalDate day, String page,
			long views) {
		perDay.merge(day, views, Long::sum);
		perPage.merge(page, views, Long::sum);
	}

	@Override
	public Period rawRetention() {
		return statistics.rawRetention();
	}

}
