package fr.integrance.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import fr.integrance.identity.AccountStatus;
import fr.integrance.identity.IdentityIntegrationTest;
import fr.integrance.identity.Role;
import fr.integrance.identity.TestAccounts;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * The identity module's provider: an account found by id, person or login; its export
 * says that credentials exist without giving them; erasure anonymises a member's account
 * and leaves a staff account for a later decision; restriction through its privacy state.
 */
@IdentityIntegrationTest
class IdentityPersonalDataIntegrationTests {

	@Autowired
	PersonalDataProviders providers;

	PersonalDataProvider provider;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	RecoveryCodes recoveryCodes;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	java.time.Clock clock;

	@BeforeEach
	void provider() {
		provider = providers.of("identity").orElseThrow();
	}

	static String flat(List<ExportSection> sections) {
		return sections.stream().map(s -> s.records().toString()).reduce("", String::concat);
	}

	TestAccounts.Created memberOf(UUID person) {
		String login = "membre-" + UUID.randomUUID() + "@test.integrance.fr";
		return transactions.execute(status -> {
			Account account = Account.active(login, "Marie Membre", Role.MEMBER, null, false, person,
					"$argon2id$not-a-real-hash", clock.instant());
			accounts.save(account);
			return new TestAccounts.Created(account.accountId(), login, Role.MEMBER, null, false);
		});
	}

	@Test
	void exportSaysCredentialsExistWithoutGivingThemAndNothingOfAnotherAccount() {
		TestAccounts.Created staff = testAccounts.account(Role.STAFF);
		TestAccounts.Created other = testAccounts.account(Role.STAFF);
		Account stored = store.reload(staff.id());

		List<ExportSection> sections = provider.export(DataSubjectRef.account(staff.id().toString()));

		assertThat(sections).extracting(ExportSection::category).containsExactly("identification", "connection");
		assertThat(sections.get(0).records().get(0)).containsEntry("login", staff.login())
			.containsEntry("displayName", "Test STAFF")
			.containsEntry("role", "STAFF");
		assertThat(sections.get(1).records().get(0)).containsEntry("status", "ACTIVE")
			.containsEntry("passwordChangedAt", stored.passwordChangedAt())
			.containsEntry("totpEnrolledAt", stored.totpEnrolledAt())
			.doesNotContainKeys("passwordHash", "totpSecret");
		assertThat(flat(sections)).doesNotContain(stored.passwordHash())
			.doesNotContain(TestAccounts.TOTP_SECRET)
			.doesNotContain(stored.totpSecret(encryption))
			.doesNotContain(other.login());
		assertThat(provider.export(DataSubjectRef.email(staff.login().toUpperCase()))).isEqualTo(sections);
		assertThat(provider.export(DataSubjectRef.account("not-a-uuid"))).isEmpty();
		assertThat(provider.export(DataSubjectRef.visitor(UUID.randomUUID().toString()))).isEmpty();
	}

	@Test
	void eraseAnonymisesAMembersAccountFoundThroughThePerson() {
		UUID person = UUID.randomUUID();
		TestAccounts.Created member = memberOf(person);
		TestAccounts.Created bystander = memberOf(UUID.randomUUID());

		List<ErasureOutcome> outcomes = provider.eraseOrAnonymise(DataSubjectRef.person(person.toString()));

		assertThat(outcomes).singleElement().satisfies(o -> {
			assertThat(o.record()).isEqualTo("identity_account#" + member.id());
			assertThat(o.result()).isEqualTo(ErasureOutcome.Result.ANONYMISED);
		});
		assertThat(store.reload(member.id()).isRestricted()).isFalse();
		Account erased = store.reload(member.id());
		assertThat(erased.status()).isEqualTo(AccountStatus.DISABLED);
		assertThat(erased.login()).doesNotContain("membre-").endsWith("@anonymise.invalid");
		assertThat(erased.displayName()).doesNotContain("Marie");
		assertThat(erased.passwordHash()).isNull();
		assertThat(erased.personId()).isNull();
		assertThat(recoveryCodes.countUnused(member.id().value())).isZero();
		assertThat(accounts.findByLogin(member.login())).isEmpty();
		assertThat(provider.export(DataSubjectRef.account(member.id().toString()))).isEmpty();
		assertThat(provider.export(DataSubjectRef.person(person.toString()))).isEmpty();
		assertThat(store.reload(bystander.id()).login()).isEqualTo(bystander.login());
	}

	@Test
	void eraseLeavesAStaffAccountForALaterDecision() {
		TestAccounts.Created staff = testAccounts.account(Role.STAFF);

		assertThat(provider.eraseOrAnonymise(DataSubjectRef.email(staff.login())))
			.allSatisfy(o -> assertThat(o.result()).isEqualTo(ErasureOutcome.Result.DEFERRED))
			.first()
			.satisfies(o -> assertThat(o.record()).isEqualTo("identity_account#" + staff.id()));
		assertThat(store.reload(staff.id()).isActive()).isTrue();
	}

	@Test
	void restrictAndLiftFlagTheAccount() {
		TestAccounts.Created member = memberOf(UUID.randomUUID());
		DataSubjectRef subject = DataSubjectRef.account(member.id().toString());

		assertThat(provider.restrict(subject, RestrictionGround.OBJECTION_PENDING))
			.isEqualTo(new RestrictionOutcome("identity", 1));
		assertThat(store.reload(member.id()).isRestricted()).isTrue();
		assertThat(provider.restrict(subject, RestrictionGround.OBJECTION_PENDING))
			.isEqualTo(new RestrictionOutcome("identity", 0));
		assertThat(provider.liftRestriction(subject)).isEqualTo(new RestrictionOutcome("identity", 1));
		assertThat(store.reload(member.id()).isRestricted()).isFalse();
	}

}
