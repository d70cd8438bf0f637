package fr.integrance.memberspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import fr.integrance.consent.ConsentManagement;
import fr.integrance.contracts.ContractActivated;
import fr.integrance.contracts.ContractId;
import fr.integrance.contracts.MemberNumber;
import fr.integrance.contracts.MemberRecognition;
import fr.integrance.identity.AccountId;
import fr.integrance.identity.ActivationAttempts;
import fr.integrance.identity.MemberAccounts;
import fr.integrance.identity.SecurityChains;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.platform.Civility;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.PersonName;

/**
 * {@code ContractActivated} → member invitation: the members' channel invites a member
 * whose contract became active, through the mail outbox, to activate their space with the
 * member number; one who already has an account, or has no e-mail address, is not written
 * to. The memberspace module alone, the modules it uses stubbed.
 */
@ApplicationModuleTest
class MemberInvitationsTests {

	/** The platform's clock is not bootstrapped with this module alone. */
	@TestConfiguration
	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

	@MockitoBean
	People people;

	@MockitoBean
	MemberAccounts accounts;

	@MockitoBean
	MailOutbox outbox;

	@MockitoBean
	MemberRecognition recognition;

	@MockitoBean
	ActivationAttempts attempts;

	@MockitoBean
	ConsentManagement consents;

	@MockitoBean
	SecurityChains chains;

	@MockitoBean
	fr.integrance.documents.DocumentSpaces spaces;

	@MockitoBean
	fr.integrance.identity.CurrentUser currentUser;

	@MockitoBean
	fr.integrance.identity.AccountManagement accountManagement;

	// What the member's home and attestation read (the home's modules, beyond this test).
	@MockitoBean
	fr.integrance.platform.MutualProperties mutual;

	@MockitoBean
	fr.integrance.platform.PageReads pageReads;

	@MockitoBean
	fr.integrance.contracts.IndividualContracts individualContracts;

	@MockitoBean
	fr.integrance.contracts.PlanCatalogue planCatalogue;

	@MockitoBean
	fr.integrance.requests.PersonCases personCases;

	// What the requests, bank, contact, « my data » and rights pages use.
	@MockitoBean
	fr.integrance.requests.Requests requests;

	@MockitoBean
	fr.integrance.requests.Attachments attachments;

	@MockitoBean
	fr.integrance.platform.FileInspection inspection;

	@MockitoBean
	fr.integrance.people.BankDetailChanges bankChanges;

	@MockitoBean
	fr.integrance.people.ContactChanges contactChanges;

	@MockitoBean
	fr.integrance.audit.JournalSearch journalSearch;

	@MockitoBean
	fr.integrance.privacy.PersonalDataProviders providers;

	@MockitoBean
	fr.integrance.privacy.ProcessingRegister register;

	@MockitoBean
	fr.integrance.rights.RightsRequests rightsRequests;

	// What the family pages (the NIR sealed in the case) and the re-authentication use.
	@MockitoBean
	fr.integrance.platform.FieldEncryption fieldEncryption;

	@MockitoBean
	fr.integrance.identity.Reauthentication reauthentication;

	@Autowired
	CompletedEventPublications completed;

	final List<OutgoingMail> sent = new CopyOnWriteArrayList<>();

	final PersonId member = PersonId.random();

	final ContractActivated activated = new ContractActivated(ContractId.of("0b5f4c2e-0000-4000-8000-00000000c001"),
			member, MemberNumber.of(123_456_789L));

	@BeforeEach
	void outboxKeepsWhatIsSent() {
		willAnswer(invocation -> {
			sent.add(invocation.getArgument(0));
			return null;
		}).given(outbox).enqueue(any());
	}

	Person elise(EmailAddress email) {
		return new Person(member, PersonName.of(Civility.MME, "Durand-Léger", "Élise"), LocalDate.of(1990, 5, 17), null,
				email, null, null, null, null, null, false);
	}

	@Test
	void aMemberWhoseContractBecameActiveIsInvitedWithTheirNumber(Scenario scenario) {
		given(accounts.accountOf(member.value())).willReturn(Optional.empty());
		given(people.find(member)).willReturn(Optional.of(elise(EmailAddress.of("elise@example.fr"))));

		scenario.publish(activated).andWaitForStateChange(() -> sent, mails -> !mails.isEmpty()).andVerify(mails -> {
			assertThat(mails).singleElement().satisfies(mail -> {
				assertThat(mail.to()).isEqualTo(EmailAddress.of("elise@example.fr"));
				assertThat(mail.template()).isEqualTo("member-activation-invitation");
				assertThat(mail.subjectKey()).isEqualTo("activation.mail.invitation.subject");
				assertThat(mail.model()).containsEntry("greetingName", "Élise Durand-Léger")
					.containsEntry("memberNumber", activated.memberNumber().value())
					.containsEntry("activationUrl", "http://localhost:8080/activation");
			});
		});
	}

	@Test
	void aMemberWhoAlreadyHasAnAccountIsNotInvited(Scenario scenario) {
		given(accounts.accountOf(member.value())).willReturn(Optional.of(new AccountId(member.value())));
		given(people.find(member)).willReturn(Optional.of(elise(EmailAddress.of("elise@example.fr"))));

		scenario.publish(activated).andWaitForStateChange(this::handled).andVerify(done -> assertThat(sent).isEmpty());
	}

	@Test
	void aMemberWithoutAnEmailAddressIsNotWrittenTo(Scenario scenario) {
		given(accounts.accountOf(member.value())).willReturn(Optional.empty());
		given(people.find(member)).willReturn(Optional.of(elise(null)));

		scenario.publish(activated).andWaitForStateChange(this::handled).andVerify(done -> assertThat(sent).isEmpty());
	}

	/** The listener has run to its end for this test's event. */
	boolean handled() {
		return completed.findAll().stream().anyMatch(publication -> activated.equals(publication.getEvent()));
	}

}
