package fr.integrance.people.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.audit.AuditAction;
import fr.integrance.people.BankAccountHistoryLine;
import fr.integrance.people.BankAccountId;
import fr.integrance.people.BankChangeCodeException;
import fr.integrance.people.BankChangeId;
import fr.integrance.people.BankDetailChanges;
import fr.integrance.people.DirectDebitMandate;
import fr.integrance.people.PendingBankChange;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonRestrictedException;
import fr.integrance.people.ProposedBankChange;
import fr.integrance.people.SignedBankChange;
import fr.integrance.people.UnknownBankChangeException;
import fr.integrance.people.UnknownPersonException;
import fr.integrance.platform.Bic;
import fr.integrance.platform.BlindIndex;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.Iban;
import fr.integrance.privacy.DataSubjectRef;

/** {@link BankDetailChanges} on JPA, over the people's bank accounts. */
@Service
@Transactional
@RequiredArgsConstructor
class JpaBankDetailChanges implements BankDetailChanges {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final BankChangeRepository changes;

	private final BankAccountRepository accounts;

	private final PersonRepository persons;

	private final FieldEncryption encryption;

	private final BlindIndex blindIndex;

	private final AuditJournal journal;

	private final Clock clock;

	@Override
	public ProposedBankChange propose(PersonId owner, Iban iban, @Nullable Bic bic, String holder) {
		PersonEntity person = persons.findById(owner.value())
			.filter(entity -> !entity.isAnonymised())
			.orElseThrow(() -> new UnknownPersonException(owner));
		if (person.isRestricted()) {
			throw new PersonRestrictedException(owner);
		}
		String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
		BankChangeEntity change = changes
			.save(BankChangeEntity.propose(owner, iban, bic, holder, code, clock.instant(), encryption, blindIndex));
		return new ProposedBankChange(new BankChangeId(change.id()), code,
				clock.instant().plusSeconds(CODE_VALIDITY_MINUTES * 60L));
	}

	@Override
	@Transactional(readOnly = true)
	public PendingBankChange pending(PersonId owner, BankChangeId id) {
		return pendingEntity(owner, id).toPending(FrenchDates.today(clock), encryption);
	}

	@Override
	@Transactional(noRollbackFor = BankChangeCodeException.class)
	public SignedBankChange sign(PersonId owner, BankChangeId id, String code, UUID actorAccount) {
		return sign(owner, id, code, actorAccount, PURPOSE);
	}

	@Override
	@Transactional(noRollbackFor = BankChangeCodeException.class)
	public SignedBankChange sign(PersonId owner, BankChangeId id, String code, UUID actorAccount, String purpose) {
		BankChangeEntity change = pendingEntity(owner, id);
		Instant now = clock.instant();
		change.check(code, now, blindIndex);
		LocalDate today = FrenchDates.today(clock);
		LocalDate effective = BankDetailChanges.effectiveDate(today);
		List<String> ended = new ArrayList<>();
		for (BankAccountEntity previous : accounts.findByPerson(owner.value())) {
			DirectDebitMandate mandate = previous.mandate();
			if (mandate != null && mandate.isActive()) {
				// The old mandate pays until the day before the new one applies; never
				// before its own signature (a mandate signed today and replaced today).
				LocalDate signedOn = mandate.signedOn();
				LocalDate lastDay = effective.minusDays(1);
				previous.revoke(signedOn != null && lastDay.isBefore(signedOn) ? signedOn : lastDay);
				ended.add(mandate.rum());
			}
		}
		BankAccountEntity account = accounts.save(BankAccountEntity.create(owner, change.iban(encryption), change.bic(),
				change.holder(), now, encryption));
		DirectDebitMandate mandate = account.sign(DirectDebitMandate.reference(accounts.nextMandateNumber()), today);
		change.signed(account.id(), effective, now);
		journal.record(AuditEvent.success(AuditActor.account(actorAccount), AuditAction.DATA_CHANGED)
			.withSubject(DataSubjectRef.person(owner.value()))
			.withObject("bank-account:" + account.id())
			.withPurpose(purpose));
		return new SignedBankChange(new BankAccountId(account.id()), mandate, effective, ended);
	}

	private static @Nullable LocalDate since(BankAccountHistoryLine line) {
		if (line.effectiveOn() != null) {
			return line.effectiveOn();
		}
		DirectDebitMandate mandate = line.account().mandate();
		return mandate == null ? null : mandate.signedOn();
	}

	@Override
	@Transactional(readOnly = true)
	public List<BankAccountHistoryLine> history(PersonId owner) {
		Map<UUID, LocalDate> effective = new HashMap<>();
		for (BankChangeEntity change : changes.findByPerson(owner.value())) {
			UUID account = change.bankAccountId();
			LocalDate on = change.effectiveOn();
			if (account != null && on != null) {
				effective.put(account, on);
			}
		}
		List<BankAccountEntity> rows = new ArrayList<>(accounts.findByPerson(owner.value()));
		rows.sort(Comparator.comparing(BankAccountEntity::createdAt).thenComparing(BankAccountEntity::id).reversed());
		// Newest first by the date the account took effect (its change's date, else its
		// mandate's signature): the record's creation time is the machine's, not the
		// mandate's (demo data, imports). Rows without either keep their creation order.
		return rows.stream()
			.map(row -> new BankAccountHistoryLine(row.toBankAccount(encryption), effective.get(row.id())))
			.sorted(Comparator.comparing(JpaBankDetailChanges::since,
					Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())))
			.toList();
	}

	private BankChangeEntity pendingEntity(PersonId owner, BankChangeId id) {
		return changes.findById(id.value())
			.filter(change -> change.belongsTo(owner))
			.filter(change -> change.status() == BankChangeEntity.Status.PENDING)
			.orElseThrow(() -> new UnknownBankChangeException(id));
	}

}
