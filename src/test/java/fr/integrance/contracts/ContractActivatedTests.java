package fr.integrance.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import tools.jackson.databind.json.JsonMapper;

import fr.integrance.IntegrationTest;
import fr.integrance.people.NewPerson;
import fr.integrance.people.People;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.PersonName;

/**
 * Activating a contract announces it, with the member and the member number, for the
 * members' channel to invite them; opening one does not. The event survives the JSON of
 * the publication registry.
 */
@IntegrationTest
@RecordApplicationEvents
class ContractActivatedTests {

	@Autowired
	People people;

	@Autowired
	IndividualContracts contracts;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JsonMapper json;

	@Test
	void activatingAContractPublishesContractActivated() {
		PersonId member = people
			.register(NewPerson.of(PersonName.of(Civility.M, "Roussel", "Bastien"), LocalDate.of(1975, 3, 9)));
		IndividualContract opened = contracts
			.open(new NewIndividualContract(member, "essentielle", LocalDate.of(2026, 1, 1), List.of()));
		assertThat(events.stream(ContractActivated.class)).isEmpty();

		IndividualContract active = contracts.activate(opened.id());

		assertThat(events.stream(ContractActivated.class))
			.containsExactly(new ContractActivated(active.id(), member, active.memberNumber()));
	}

	/**
	 * The event publication registry keeps the event as JSON (the application's mapper)
	 * and reads it back to complete a publication interrupted by a stop.
	 */
	@Test
	void theEventReadsBackFromItsJson() {
		ContractActivated event = new ContractActivated(ContractId.of("0b5f4c2e-0000-4000-8000-00000000c002"),
				PersonId.random(), MemberNumber.of(42));

		assertThat(json.readValue(json.writeValueAsString(event), ContractActivated.class)).isEqualTo(event);
	}

}
