package fr.integrance.guardianspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.RepresentationListing;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.NameKey;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.FrenchDates;

/**
 * The list of an organisation's protected adults: every adult it represents today (every
 * agent sees all of them), searched by name, filtered by measure and by a measure ending
 * within {@value #ENDING_SOON_DAYS} days, sorted, a page at a time. Two queries whatever
 * the size, each reading plain columns without loading entities: the organisation's valid
 * representations (index on organisation and start; only the measure is decrypted, the
 * court reference is not) and the people's summaries (names and birth dates; the NIR is
 * not read).
 */
@Component
@RequiredArgsConstructor
class AdultDirectory {

	/** A measure ending within this many days is "ending soon". */
	static final int ENDING_SOON_DAYS = 90;

	static final int PAGE_SIZE = 20;

	/** How the list is sorted. */
	enum Sort {

		/** By last name, then first names. */
		NOM,
		/** The measures ending first, then those without an end. */
		ECHEANCE;

		static Sort parse(@Nullable String text) {
			return "echeance".equalsIgnoreCase(text) ? ECHEANCE : NOM;
		}

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * What the agent asked for.
	 *
	 * @param query part of the name, compared without case, accents or punctuation; blank
	 * for everyone
	 * @param measure only that measure, or {@code null} for all
	 * @param endingSoon only the measures ending within {@value #ENDING_SOON_DAYS} days
	 * @param sort the order
	 * @param page the page, from 0
	 */
	record Criteria(String query, @Nullable ProtectionMeasure measure, boolean endingSoon, Sort sort, int page) {

		public boolean filtered() {
			return !query.isBlank() || measure != null || endingSoon;
		}

	}

	/**
	 * A protected adult as the list shows them; {@code keys} holds the name's
	 * {@link NameKey}s (last name, first names, then both run together in either order),
	 * space-separated: the sort's key and what the search looks in.
	 */
	record Row(UUID id, String name, String keys, LocalDate birthDate, ProtectionMeasure measure,
			@Nullable LocalDate validUntil, boolean endingSoon) {

		@Override
		public String toString() {
			return "Row[id=" + id + "]";
		}

	}

	/** One page of the list; {@code page} from 0. */
	record ResultPage(List<Row> items, int page, int total) {

		public int totalPages() {
			return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page + 1 < totalPages();
		}

	}

	private final Representations representations;

	private final People people;

	private final Clock clock;

	/** The page of the organisation's adults matching the criteria. */
	ResultPage list(AuthenticatedUser agent, Criteria criteria) {
		List<Row> rows = rows(agent);
		NameKey key = NameKey.of(criteria.query());
		List<Row> matching = rows.stream()
			.filter(row -> criteria.measure() == null || row.measure() == criteria.measure())
			.filter(row -> !criteria.endingSoon() || row.endingSoon())
			.filter(row -> key.isEmpty() || row.keys().contains(key.value()))
			.sorted(comparator(criteria.sort()))
			.toList();
		int lastPage = Math.max(0, (matching.size() - 1) / PAGE_SIZE);
		int page = Math.max(0, Math.min(criteria.page(), lastPage));
		int from = page * PAGE_SIZE;
		return new ResultPage(
				matching.subList(Math.min(from, matching.size()), Math.min(from + PAGE_SIZE, matching.size())), page,
				matching.size());
	}

	/**
	 * The organisation's adults whose measure ends within {@value #ENDING_SOON_DAYS}
	 * days, the nearest end first.
	 */
	List<Row> endingSoon(AuthenticatedUser agent) {
		return rows(agent).stream().filter(Row::endingSoon).sorted(comparator(Sort.ECHEANCE)).toList();
	}

	private List<Row> rows(AuthenticatedUser agent) {
		Optional<UUID> organisation = agent.organisation().map(o -> o.value());
		if (organisation.isEmpty()) {
			return List.of();
		}
		LocalDate today = FrenchDates.today(clock);
		LocalDate soon = today.plusDays(ENDING_SOON_DAYS);
		List<RepresentationListing> listings = representations.listedForOrganisation(organisation.get(), today);
		Map<PersonId, PersonSummary> summaries = people
			.summaries(listings.stream().map(RepresentationListing::protectedAdult).distinct().toList());
		// one row per adult: should two measures overlap, the one ending last
		Map<PersonId, RepresentationListing> byAdult = new LinkedHashMap<>();
		for (RepresentationListing listing : listings) {
			byAdult.merge(listing.protectedAdult(), listing,
					(first, second) -> ends(second).isAfter(ends(first)) ? second : first);
		}
		List<Row> rows = new ArrayList<>(byAdult.size());
		byAdult.forEach((id, listing) -> {
			PersonSummary summary = summaries.get(id);
			if (summary != null) {
				LocalDate until = listing.validity().end().orElse(null);
				String last = NameKey.of(summary.name().lastName()).value();
				String first = NameKey.of(summary.name().firstNames()).value();
				rows.add(new Row(id.value(), summary.name().fullName(),
						last + " " + first + " " + last + first + " " + first + last, summary.birthDate(),
						listing.measure(), until, until != null && !until.isAfter(soon)));
			}
		});
		return rows;
	}

	private static LocalDate ends(RepresentationListing listing) {
		return listing.validity().end().orElse(LocalDate.MAX);
	}

	private static Comparator<Row> comparator(Sort sort) {
		Comparator<Row> byName = Comparator.comparing(Row::keys).thenComparing(Row::id);
		if (sort == Sort.ECHEANCE) {
			return Comparator.comparing((Row row) -> row.validUntil() == null ? LocalDate.MAX : row.validUntil())
				.thenComparing(byName);
		}
		return byName;
	}

}
