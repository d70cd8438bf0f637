package fr.integrance.memberspace;

import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.Decision;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.contracts.MemberRecognition;
import fr.integrance.identity.ActivationAttempts;
import fr.integrance.identity.ActivationLinkRequest;
import fr.integrance.identity.MemberAccounts;
import fr.integrance.identity.MemberActivationResult;
import fr.integrance.memberspace.ActivationForms.Contact;
import fr.integrance.memberspace.ActivationForms.Identification;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PhoneNumber;
import fr.integrance.privacy.DataSubjectRef;

/**
 * The member activation journey (issue 6), across the modules that each own a part of it:
 * contracts recognise the member, identity counts failed attempts, sends the link and
 * creates the account, consent records the consent to the login account, people keeps the
 * verified contact. Identity may not know contracts, people or consent, so the steps are
 * joined here; each call is one module's rule, none is decided here.
 */
@Service
@RequiredArgsConstructor
class MemberActivationJourney {

	private final MemberRecognition recognition;

	private final ActivationAttempts attempts;

	private final MemberAccounts members;

	private final ConsentManagement consents;

	private final People people;

	sealed interface Outcome {

		record Recognised(PersonId person) implements Outcome {
		}

		/** The data match no active contract; the failure has been counted. */
		record NotRecognised() implements Outcome {
		}

		/**
		 * Too many failures for this number or from this address: refused whatever the
		 * data.
		 */
		record Limited() implements Outcome {
		}

	}

	Outcome identify(Identification identification, String clientAddress) {
		String number = identification.memberNumber().value();
		if (attempts.limited(clientAddress, number)) {
			return new Outcome.Limited();
		}
		Optional<PersonId> person = recognition.recognise(identification.lastName(), identification.firstNames(),
				identification.birthDate(), identification.memberNumber());
		if (person.isEmpty()) {
			attempts.recordFailure(clientAddress, number);
			return new Outcome.NotRecognised();
		}
		return new Outcome.Recognised(person.get());
	}

	ActivationLinkRequest sendLink(RecognisedMember member, Contact contact) {
		return members.startActivation(member.personId(), contact.email(), contact.phone());
	}

	Optional<EmailAddress> login(String token) {
		return members.activationLogin(token);
	}

	/**
	 * Creates the account, records the consent and updates the person's contact in one
	 * transaction: an account never exists without its consent record. A phone left blank
	 * keeps the one on file. The address on file before, when there was one and it
	 * differs, is told that an account was created.
	 * @throws PersonRestrictedException when the processing of the person's data is
	 * restricted (art. 18): nothing is kept, the caller answers as for a dead link
	 */
	@Transactional
	MemberActivationResult complete(String token, String password, RequestOrigin origin) {
		// Checked before anything is created (the account's creation is journaled at
		// once), and again after.
		Optional<PersonId> linked = members.activationPerson(token).map(PersonId::new);
		if (linked.flatMap(people::find).map(Person::restricted).orElse(false)) {
			throw new PersonRestrictedException(linked.get());
		}
		MemberActivationResult result = members.completeActivation(token, password);
		if (result instanceof MemberActivationResult.Activated activated) {
			PersonId person = new PersonId(activated.personId());
			Optional<Person> onFile = people.find(person);
			if (onFile.map(Person::restricted).orElse(false)) {
				throw new PersonRestrictedException(person);
			}
			consents.record(DataSubjectRef.person(person.toString()),
					Map.of(ConsentPurposes.MEMBER_ACCOUNT_CREATION, Decision.GIVEN), ConsentMethod.FORM, origin);
			PhoneNumber phone = activated.phone() != null ? activated.phone() : onFile.map(Person::phone).orElse(null);
			people.changeContact(person, activated.email(), phone);
			onFile.map(Person::email)
				.filter(previous -> !previous.value().equalsIgnoreCase(activated.email().value()))
				.ifPresent(members::notifyPreviousAddress);
		}
		return result;
	}

}
