package fr.integrance.guardianspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.contracts.Representation;
import fr.integrance.contracts.Representations;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.SpaceRecipients;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountStatus;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.Role;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.people.PersonId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FrenchDates;

/**
 * The alerts and reminders of a protected adult's document space go to every active agent
 * of each guardian organisation that represents them today (a representation whose
 * validity has ended gives no access, and so no mail).
 */
@Component
@RequiredArgsConstructor
class GuardianSpaceRecipients implements SpaceRecipients {

	private final Representations representations;

	private final AccountManagement accounts;

	private final Clock clock;

	@Override
	public List<EmailAddress> recipientsOf(SpaceOwner owner) {
		if (owner.kind() != SpaceOwner.Kind.PERSON) {
			return List.of();
		}
		LocalDate today = FrenchDates.today(clock);
		Set<EmailAddress> agents = new LinkedHashSet<>();
		for (Representation representation : representations.ofPerson(new PersonId(owner.id()))) {
			if (!representation.isValidOn(today)) {
				continue;
			}
			for (AccountSummary account : accounts
				.organisationAccounts(new OrganisationId(representation.guardianOrganisation()))) {
				if (account.role() == Role.GUARDIAN_AGENT && account.status() == AccountStatus.ACTIVE) {
					agents.add(EmailAddress.of(account.login()));
				}
			}
		}
		return List.copyOf(agents);
	}

}
