package fr.integrance.breaches;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the DPO describes of a breach (everything but the notification, the communication
 * and the status). The texts speak of an incident: {@code toString} shows none of them.
 *
 * @param title a short name of the incident
 * @param natures confidentiality, integrity, availability (at least one)
 * @param facts what happened
 * @param startedAt when it started, when known
 * @param discovery how it was discovered
 * @param awareAt when the controller became aware of it: starts the 72-hour clock
 * @param dataCategories ids of the register's data categories concerned
 * @param peopleCount approximate number of people concerned, when known
 * @param recordsCount approximate number of records concerned, when known
 * @param consequences likely consequences
 * @param measuresTaken measures taken
 * @param measuresProposed measures proposed
 * @param risk the likely risk to the people concerned
 */
public record BreachFacts(String title, Set<BreachNature> natures, String facts, @Nullable Instant startedAt,
		@Nullable String discovery, Instant awareAt, List<String> dataCategories, @Nullable Integer peopleCount,
		@Nullable Integer recordsCount, @Nullable String consequences, @Nullable String measuresTaken,
		@Nullable String measuresProposed, RiskLevel risk) {

	public BreachFacts {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(facts, "facts");
		Objects.requireNonNull(awareAt, "awareAt");
		Objects.requireNonNull(risk, "risk");
		natures = natures.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(natures));
		dataCategories = List.copyOf(dataCategories);
	}

	@Override
	public String toString() {
		return "BreachFacts[natures=" + natures + ", awareAt=" + awareAt + ", risk=" + risk + "]";
	}

}
