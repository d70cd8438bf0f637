package fr.integrance.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.PersonName;

/**
 * Where an affiliation's cover ends (termination confirmed, portability, closing),
 * {@link AffiliationEnded} is published with its last day of cover.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Tag("integration")
class AffiliationEndedEventTests {

	@Autowired
	People people;

	@Autowired
	GroupContracts groupContracts;

	@Autowired
	Affiliations affiliations;

	/** An affiliation from 1 January 2026, employed since 15 November 2025, leaving. */
	private Affiliation leaving(TerminationReason reason) {
		PersonId employee = people
			.register(NewPerson.of(PersonName.of(Civility.MME, "Salariée", "Test"), LocalDate.of(1985, 3, 1)));
		GroupContract contract = groupContracts.create(new NewGroupContract(UUID.randomUUID(), List.of("confort"),
				List.of("cadres"), LocalDate.of(2026, 1, 1)));
		Affiliation affiliation = affiliations.request(new NewAffiliation(employee, contract.id(), "cadres", "confort",
				LocalDate.of(2026, 1, 1), LocalDate.of(2025, 11, 15)));
		affiliations.activate(affiliation.id());
		return affiliations.requestTermination(affiliation.id(), LocalDate.of(2026, 4, 30), reason);
	}

	@Test
	void aConfirmedTerminationEndsTheCoverOnItsEndDate(Scenario scenario) {
		Affiliation affiliation = leaving(TerminationReason.RESIGNATION);

		scenario.stimulate(() -> affiliations.confirmTermination(affiliation.id()))
			.andWaitForEventOfType(AffiliationEnded.class)
			.matchingMappedValue(AffiliationEnded::affiliation, affiliation.id())
			.toArriveAndVerify(event -> {
				assertThat(event.person()).isEqualTo(affiliation.person());
				assertThat(event.status()).isEqualTo(AffiliationStatus.TERMINATED);
				assertThat(event.lastDayOfCover()).isEqualTo(LocalDate.of(2026, 4, 30));
				assertThat(event.retentionUntil()).isEqualTo(LocalDate.of(2032, 4, 30));
			});
	}

	@Test
	void portabilityMovesTheLastDayOfCoverAndClosingRepeatsIt(Scenario scenario) {
		Affiliation affiliation = leaving(TerminationReason.DISMISSAL);
		affiliations.confirmTermination(affiliation.id());

		scenario.stimulate(() -> affiliations.startPortability(affiliation.id()))
			.andWaitForEventOfType(AffiliationEnded.class)
			.matching(event -> event.affiliation().equals(affiliation.id())
					&& event.status() == AffiliationStatus.PORTABILITY)
			.toArriveAndVerify(event -> {
				assertThat(event.lastDayOfCover()).isEqualTo(LocalDate.of(2026, 10, 31));
				assertThat(event.retentionUntil()).isEqualTo(LocalDate.of(2032, 10, 31));
			});

		scenario.stimulate(() -> affiliations.close(affiliation.id()))
			.andWaitForEventOfType(AffiliationEnded.class)
			.matching(
					event -> event.affiliation().equals(affiliation.id()) && event.status() == AffiliationStatus.CLOSED)
			.toArriveAndVerify(event -> assertThat(event.lastDayOfCover()).isEqualTo(LocalDate.of(2026, 10, 31)));
	}

	@Test
	void noEventBeforeTheTerminationIsConfirmed(Scenario scenario) {
		scenario.stimulate(() -> leaving(TerminationReason.RESIGNATION))
			.andWaitForStateChange(() -> Boolean.TRUE)
			.andVerifyEvents(events -> assertThat(events.ofType(AffiliationEnded.class)).isEmpty());
	}

}
