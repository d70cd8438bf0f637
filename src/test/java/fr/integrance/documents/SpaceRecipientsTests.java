package fr.integrance.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import fr.integrance.contracts.NewRepresentation;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.contracts.Representations;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.identity.TestAccounts.Created;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationKind;
import fr.integrance.people.PersonId;
import fr.integrance.platform.DateRange;
import fr.integrance.platform.EmailAddress;
import fr.integrance.testsupport.PeopleFixtures;

/**
 * Who receives a protected adult's alerts and reminders: every active agent of each
 * guardian organisation that represents them today; not a disabled agent, not the agents
 * of an organisation whose representation has ended; nobody for a case's space.
 */
@IdentityIntegrationTest
class SpaceRecipientsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Representations representations;

	@Test
	void theAgentsOfTheRepresentingOrganisationsReceiveAProtectedAdultsReminders() {
		PersonId adult = new PeopleFixtures(context).person("Protege", "Paul", LocalDate.of(1950, 3, 3));
		OrganisationId guardian = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		Created first = accounts.account(Role.GUARDIAN_AGENT, guardian, true);
		Created second = accounts.account(Role.GUARDIAN_AGENT, guardian, false);
		Created gone = accounts.account(Role.GUARDIAN_AGENT, guardian, false);
		accounts.disable(gone.id());
		representations.create(new NewRepresentation(guardian.value(), adult, ProtectionMeasure.TUTELLE,
				DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2099, 12, 31)), "RG 23/00042"));
		OrganisationId former = accounts.organisation(OrganisationKind.GUARDIAN_SERVICE);
		Created formerAgent = accounts.account(Role.GUARDIAN_AGENT, former, true);
		representations.create(new NewRepresentation(former.value(), adult, ProtectionMeasure.CURATELLE_SIMPLE,
				DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2022, 12, 31)), "RG 15/00001"));

		Set<String> addresses = recipients(SpaceOwner.person(adult.value()));

		assertThat(addresses).containsExactlyInAnyOrder(first.login(), second.login())
			.doesNotContain(gone.login(), formerAgent.login());
		assertThat(recipients(SpaceOwner.caseFile(adult.value()))).isEmpty();
	}

	private Set<String> recipients(SpaceOwner owner) {
		Set<String> all = new LinkedHashSet<>();
		context.getBeansOfType(SpaceRecipients.class)
			.values()
			.forEach(source -> source.recipientsOf(owner).stream().map(EmailAddress::value).forEach(all::add));
		return all;
	}

}
