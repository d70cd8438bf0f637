package fr.integrance.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.identity.AccountId;
import fr.integrance.identity.Role;
import fr.integrance.identity.internal.SecurityJournal.SessionEndReason;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * The identity module's part of access, erasure and restriction: the login accounts of an
 * {@link DataSubjectRef.Kind#ACCOUNT} (its id), of a {@link DataSubjectRef.Kind#PERSON}
 * (the accounts linked to that person) or of an {@link DataSubjectRef.Kind#EMAIL} (the
 * account whose login it is), and the links sent to them (invitation, password reset, and
 * member activation, sent to a person before any account exists).
 * <p>
 * The export says that a password, a second-factor secret and recovery codes exist, never
 * their hashes or the secret. Erasure disables the account, ends its sessions, anonymises
 * it in place (the id stays: the audit journal refers to it) and deletes its recovery
 * codes and links. The register declares no legal-claims retention for the accounts of
 * members, employers' representatives or guardians' agents (the iAdhérent account rests
 * on consent), so theirs are anonymised at once. A staff, DPO or administrator account is
 * kept: it names who did each act the audit journal records on members' files, the proof
 * the mutual needs to establish or defend legal claims; it is an employee's account,
 * handled when they leave. Failed activation attempts are keyed by a digest of what was
 * typed, not by account, and deleted once their window (an hour by default) has passed:
 * nothing to find here.
 */
@Component
@Transactional
class IdentityPersonalData implements PersonalDataProvider {

	static final String MODULE = "identity";

	static final String STAFF_ACCOUNT = "défense de droits en justice : compte du personnel, auteur des actes journalisés";

	private final Accounts accounts;

	private final SubjectAccounts subjectAccounts;

	private final RecoveryCodes recoveryCodes;

	private final AccountSessions sessions;

	private final Clock clock;

	IdentityPersonalData(Accounts accounts, SubjectAccounts subjectAccounts, RecoveryCodes recoveryCodes,
			AccountSessions sessions, Clock clock) {
		this.accounts = accounts;
		this.subjectAccounts = subjectAccounts;
		this.recoveryCodes = recoveryCodes;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExportSection> export(DataSubjectRef subject) {
		List<Map<String, Object>> identification = new ArrayList<>();
		List<Map<String, Object>> connection = new ArrayList<>();
		List<Account> found = accounts(subject);
		for (Account account : found) {
			Map<String, Object> login = new LinkedHashMap<>();
			login.put("login", account.login());
			login.put("displayName", account.displayName());
			login.put("role", account.role().name());
			identification.add(login);
			Map<String, Object> credentials = new LinkedHashMap<>();
			credentials.put("login", account.login());
			credentials.put("status", account.status().name());
			credentials.put("createdAt", account.createdAt());
			credentials.put("lastLoginAt", account.lastLoginAt());
			credentials.put("disabledAt", account.disabledAt());
			credentials.put("passwordSet", account.passwordHash() != null);
			credentials.put("passwordChangedAt", account.passwordChangedAt());
			credentials.put("failedAttempts", account.failedAttempts());
			credentials.put("lockedUntil", account.lockedUntil());
			credentials.put("secondFactorSet", account.secondFactorEnrolled());
			credentials.put("secondFactorEnrolledAt", account.totpEnrolledAt());
			credentials.put("unusedRecoveryCodes", recoveryCodes.countUnused(account.id().value()));
			connection.add(credentials);
			subjectAccounts.tokensOfAccount(account.id().value()).forEach(token -> connection.add(link(token)));
		}
		for (UUID person : persons(subject, found)) {
			subjectAccounts.tokensOfPerson(person).forEach(token -> connection.add(link(token)));
		}
		List<ExportSection> sections = new ArrayList<>();
		if (!identification.isEmpty()) {
			sections.add(new ExportSection(MODULE, "identification", identification));
		}
		if (!connection.isEmpty()) {
			sections.add(new ExportSection(MODULE, "connection", connection));
		}
		return sections;
	}

	/**
	 * A link sent by e-mail: which kind, when, until when, whether used, and where it
	 * went; never the token.
	 */
	private static Map<String, Object> link(Object[] token) {
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("link", String.valueOf(token[0]));
		link.put("sentAt", token[1]);
		link.put("expiresAt", token[2]);
		link.put("usedAt", token[3]);
		link.put("sentToEmail", token[4]);
		link.put("sentToPhone", token[5]);
		return link;
	}

	@Override
	public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
		List<ErasureOutcome> outcomes = new ArrayList<>();
		List<Account> found = accounts(subject);
		// Before the accounts are anonymised: anonymising unlinks them from their person.
		List<UUID> persons = persons(subject, found);
		for (Account account : found) {
			String record = "identity_account#" + account.id();
			if (isStaff(account.role())) {
				outcomes.add(ErasureOutcome.kept(MODULE, record, STAFF_ACCOUNT, null));
				continue;
			}
			UUID id = account.id().value();
			subjectAccounts.deleteTokensOfAccount(id);
			recoveryCodes.deleteByAccount(id);
			account.anonymise(clock.instant());
			sessions.endAll(account.id(), SessionEndReason.ACCOUNT_DISABLED);
			outcomes.add(ErasureOutcome.anonymised(MODULE, record));
		}
		for (UUID person : persons) {
			if (subjectAccounts.deleteTokensOfPerson(person) > 0) {
				outcomes.add(ErasureOutcome.erased(MODULE, "identity_account_token#person:" + person));
			}
		}
		return outcomes;
	}

	/** The persons whose member-activation links belong to the subject. */
	private static List<UUID> persons(DataSubjectRef subject, List<Account> accounts) {
		java.util.Set<UUID> persons = new java.util.LinkedHashSet<>();
		if (subject.kind() == DataSubjectRef.Kind.PERSON && uuid(subject.id()) != null) {
			persons.add(uuid(subject.id()));
		}
		accounts.stream().map(Account::personId).filter(java.util.Objects::nonNull).forEach(persons::add);
		return List.copyOf(persons);
	}

	@Override
	public RestrictionOutcome restrict(DataSubjectRef subject, RestrictionGround ground) {
		return mark(subject, true);
	}

	@Override
	public RestrictionOutcome liftRestriction(DataSubjectRef subject) {
		return mark(subject, false);
	}

	private RestrictionOutcome mark(DataSubjectRef subject, boolean restricted) {
		int changed = 0;
		for (Account account : accounts(subject)) {
			if (account.isRestricted() != restricted) {
				account.restrict(restricted);
				changed++;
			}
		}
		return new RestrictionOutcome(MODULE, changed);
	}

	private static boolean isStaff(Role role) {
		return role == Role.STAFF || role == Role.DPO || role == Role.ADMIN;
	}

	/** The subject's accounts, anonymised ones left out. */
	private List<Account> accounts(DataSubjectRef subject) {
		List<Account> found = switch (subject.kind()) {
			case ACCOUNT ->
				AccountId.parse(subject.id()).flatMap(id -> accounts.findById(id.value())).stream().toList();
			case PERSON -> uuid(subject.id()) == null ? List.of() : subjectAccounts.findByPerson(uuid(subject.id()));
			case EMAIL -> accounts.findByLogin(Account.normaliseLogin(subject.id())).stream().toList();
			case VISITOR -> List.of();
		};
		return found.stream().filter(account -> !account.isAnonymised()).toList();
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
