package fr.integrance.guardianspace;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.contracts.Representation;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.FrenchDates;

/**
 * The protected adults an agent may act for: those their organisation represents today (a
 * lapsed representation gives no access). Anyone else is unknown to the agent.
 */
@Component
@RequiredArgsConstructor
class ProtectedAdults {

	/** A protected adult as iTutelle lists them. */
	record ProtectedAdult(UUID id, String name) {
	}

	private final Representations representations;

	private final People people;

	private final Clock clock;

	/** The organisation's protected adults, by name. */
	List<ProtectedAdult> of(AuthenticatedUser agent) {
		Optional<UUID> organisation = agent.organisation().map(o -> o.value());
		if (organisation.isEmpty()) {
			return List.of();
		}
		List<PersonId> ids = representations.validForOrganisation(organisation.get(), FrenchDates.today(clock))
			.stream()
			.map(Representation::protectedAdult)
			.distinct()
			.toList();
		Map<PersonId, PersonSummary> summaries = people.summaries(ids);
		return summaries.values()
			.stream()
			.map(summary -> new ProtectedAdult(summary.id().value(), summary.name().fullName()))
			.sorted(Comparator.comparing(ProtectedAdult::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The adult when the agent's organisation represents them today; empty otherwise. */
	Optional<ProtectedAdult> find(AuthenticatedUser agent, UUID adult) {
		Optional<UUID> organisation = agent.organisation().map(o -> o.value());
		PersonId person = new PersonId(adult);
		if (organisation.isEmpty()
				|| !representations.represents(organisation.get(), person, FrenchDates.today(clock))) {
			return Optional.empty();
		}
		PersonSummary summary = people.summaries(List.of(person)).get(person);
		return Optional.ofNullable(summary).map(s -> new ProtectedAdult(adult, s.name().fullName()));
	}

}
