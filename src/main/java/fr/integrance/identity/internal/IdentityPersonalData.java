package fr.integrance.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.Role;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.PersonalRow;

/**
 * The identity module's rows of a subject: the login accounts of an
 * {@link DataSubjectRef.Kind#ACCOUNT} (its id), of a {@link DataSubjectRef.Kind#PERSON}
 * (the accounts linked to that person) or of an {@link DataSubjectRef.Kind#EMAIL} (the
 * account whose login it is), their second-factor recovery codes, and the links sent to
 * them (invitation, password reset, and member activation, sent to a person before any
 * account exists), and the failed sign-ins recorded against them while the throttle keeps
 * them.
 * <p>
 * The export never gives a password hash, a second-factor secret, a recovery code's or a
 * link's hash. Erasure anonymises an account in place and ends its sessions (the id
 * stays: the audit journal refers to it), and deletes its recovery codes and links. The
 * register declares no legal-claims retention for the accounts of members, employers'
 * representatives or guardians' agents (the iAdhérent account rests on consent), so
 * theirs are anonymised at once. A staff, DPO or administrator account names who did each
 * act the audit journal records on members' files; the register has no retention rule for
 * it yet, so it is left as it is, with its codes and links, for a later decision
 * ({@code DEFERRED}). Failed activation attempts are keyed by a digest of what was typed,
 * not by account, and deleted once their window (an hour by default) has passed: nothing
 * to find here.
 */
@Component
@RequiredArgsConstructor
class IdentityPersonalData implements PersonalDataRows {

	private final Accounts accounts;

	private final SubjectAccounts subjectAccounts;

	private final AccountTokens tokens;

	private final RecoveryCodes recoveryCodes;

	private final LoginFailures failures;

	private final AccountSessions sessions;

	private final Clock clock;

	@Override
	public List<PersonalRow> rows(DataSubjectRef subject) {
		return rows(subject, accounts(subject));
	}

	/**
	 * The rows of several subjects: the accounts of all the addresses in one query (what
	 * hangs from an account found, as for one subject); other subjects one by one, as
	 * {@link #rows(DataSubjectRef)}.
	 */
	@Override
	public Map<DataSubjectRef, List<PersonalRow>> rowsOfEach(List<DataSubjectRef> subjects) {
		Set<String> logins = new LinkedHashSet<>();
		subjects.stream()
			.filter(subject -> subject.kind() == DataSubjectRef.Kind.EMAIL)
			.forEach(subject -> logins.add(Account.normaliseLogin(subject.id())));
		Map<String, Account> byLogin = new HashMap<>();
		if (!logins.isEmpty()) {
			accounts.findByLogins(logins).forEach(account -> byLogin.put(account.login(), account));
		}
		Map<DataSubjectRef, List<PersonalRow>> rows = new LinkedHashMap<>();
		for (DataSubjectRef subject : subjects) {
			if (rows.containsKey(subject)) {
				continue;
			}
			if (subject.kind() != DataSubjectRef.Kind.EMAIL) {
				rows.put(subject, rows(subject));
				continue;
			}
			Account account = byLogin.get(Account.normaliseLogin(subject.id()));
			rows.put(subject, rows(subject, account == null || account.isAnonymised() ? List.of() : List.of(account)));
		}
		return rows;
	}

	private List<PersonalRow> rows(DataSubjectRef subject, List<Account> found) {
		List<PersonalRow> rows = new ArrayList<>();
		for (Account account : found) {
			boolean staff = isStaff(account.role());
			UUID id = account.id();
			rows.add(staff ? PersonalRow.deferred(account) : PersonalRow.anonymisable(account, () -> {
				account.anonymise(clock.instant());
				sessions.endAll(account.accountId(), SessionEndReason.ACCOUNT_DISABLED);
			}));
			subjectAccounts.recoveryCodesOf(id)
				.forEach(code -> rows.add(staff ? PersonalRow.deferred(code)
						: PersonalRow.erasable(code, () -> recoveryCodes.delete(code))));
			subjectAccounts.tokensOfAccount(id)
				.forEach(token -> rows.add(
						staff ? PersonalRow.deferred(token) : PersonalRow.erasable(token, () -> tokens.delete(token))));
			subjectAccounts.failuresOf(id)
				.forEach(failure -> rows.add(staff ? PersonalRow.deferred(failure)
						: PersonalRow.erasable(failure, () -> failures.delete(failure))));
		}
		for (UUID person : persons(subject, found)) {
			subjectAccounts.tokensOfPerson(person)
				.forEach(token -> rows.add(PersonalRow.erasable(token, () -> tokens.delete(token))));
		}
		return rows;
	}

	/** The persons whose member-activation links belong to the subject. */
	private static List<UUID> persons(DataSubjectRef subject, List<Account> accounts) {
		Set<UUID> persons = new LinkedHashSet<>();
		subject.uuid(DataSubjectRef.Kind.PERSON).ifPresent(persons::add);
		accounts.stream().map(Account::personId).filter(Objects::nonNull).forEach(persons::add);
		return List.copyOf(persons);
	}

	private static boolean isStaff(Role role) {
		return role == Role.STAFF || role == Role.DPO || role == Role.ADMIN;
	}

	/** The subject's accounts, anonymised ones left out. */
	private List<Account> accounts(DataSubjectRef subject) {
		List<Account> found = switch (subject.kind()) {
			case ACCOUNT ->
				AccountId.parse(subject.id()).flatMap(id -> accounts.findById(id.value())).stream().toList();
			case PERSON ->
				subject.uuid(DataSubjectRef.Kind.PERSON).map(subjectAccounts::findByPerson).orElse(List.of());
			case EMAIL -> accounts.findByLogin(Account.normaliseLogin(subject.id())).stream().toList();
			case VISITOR -> List.of();
		};
		return found.stream().filter(account -> !account.isAnonymised()).toList();
	}

}
