package fr.integrance.breaches.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.breaches.BreachClock;
import fr.integrance.breaches.BreachDetails;
import fr.integrance.breaches.BreachFacts;
import fr.integrance.breaches.BreachId;
import fr.integrance.breaches.BreachNotReadyException;
import fr.integrance.breaches.BreachStatus;
import fr.integrance.breaches.BreachSummary;
import fr.integrance.breaches.Breaches;
import fr.integrance.breaches.RiskLevel;
import fr.integrance.breaches.UnknownBreachException;
import fr.integrance.identity.AccountId;
import fr.integrance.identity.AccountManagement;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.Sequences;

/**
 * The breach register in the database: records, describes, notifies, communicates and
 * closes breaches, each change kept in the breach's history (field names, never values)
 * and recorded in the audit journal ({@code breach.*} actions on {@code breach:<id>}).
 * The clocks are read at the injected {@link Clock}'s instant.
 */
@Service
@RequiredArgsConstructor
class JpaBreaches implements Breaches {

	private final BreachRepository breaches;

	private final BreachChangeRepository changes;

	private final AuditJournal journal;

	private final AccountManagement accounts;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	@Override
	@Transactional
	public BreachId record(BreachFacts facts, AccountId actor) {
		Instant now = clock.instant();
		String reference = "VIO-%d-%04d".formatted(FrenchDates.today(clock).getYear(),
				Sequences.next(jdbc, "dpo_breach_number_seq"));
		BreachEntity breach = breaches.save(new BreachEntity(UUID.randomUUID(), reference, facts, actor.value(), now));
		return log(breach, "recorded", List.of(), actor, now);
	}

	@Override
	@Transactional
	public void update(BreachId id, BreachFacts facts, AccountId actor) {
		BreachEntity breach = load(id);
		Instant now = clock.instant();
		List<String> changed = breach.describe(facts, actor.value(), now);
		if (!changed.isEmpty()) {
			log(breach, "updated", changed, actor, now);
		}
	}

	@Override
	@Transactional
	public void notified(BreachId id, Instant at, String cnilReference, AccountId actor) {
		BreachEntity breach = load(id);
		Instant now = clock.instant();
		breach.notified(at, cnilReference, actor.value(), now);
		log(breach, "notified", List.of("cnilNotifiedAt", "cnilReference"), actor, now);
	}

	@Override
	@Transactional
	public void notNotified(BreachId id, String reasons, AccountId actor) {
		BreachEntity breach = load(id);
		Instant now = clock.instant();
		breach.notNotified(reasons, actor.value(), now);
		log(breach, "not-notified", List.of("noNotificationReasons"), actor, now);
	}

	@Override
	@Transactional
	public void informed(BreachId id, LocalDate on, String means, AccountId actor) {
		BreachEntity breach = load(id);
		Instant now = clock.instant();
		breach.peopleInformed(on, means, actor.value(), now);
		log(breach, "informed", List.of("peopleInformedOn", "peopleInformedMeans"), actor, now);
	}

	@Override
	@Transactional
	public void notInformed(BreachId id, String reasons, AccountId actor) {
		BreachEntity breach = load(id);
		Instant now = clock.instant();
		breach.peopleNotInformed(reasons, actor.value(), now);
		log(breach, "not-informed", List.of("noCommunicationReasons"), actor, now);
	}

	/**
	 * Closes the breach once the notification is decided and, for a high risk, the
	 * communication to the people too.
	 * @throws BreachNotReadyException with what is missing
	 */
	@Override
	@Transactional
	public void close(BreachId id, AccountId actor) {
		BreachEntity breach = load(id);
		List<String> missing = new ArrayList<>();
		if (breach.cnilNotifiedAt() == null && breach.noNotificationReasons() == null) {
			missing.add("breaches.close.missing.notification");
		}
		if (breach.facts().risk() == RiskLevel.HIGH && breach.peopleInformedOn() == null
				&& breach.noCommunicationReasons() == null) {
			missing.add("breaches.close.missing.communication");
		}
		if (!missing.isEmpty()) {
			throw new BreachNotReadyException(missing);
		}
		if (breach.status() == BreachStatus.CLOSED) {
			return;
		}
		Instant now = clock.instant();
		breach.close(actor.value(), now);
		log(breach, "closed", List.of("status"), actor, now);
	}

	@Override
	@Transactional
	public void reopen(BreachId id, AccountId actor) {
		BreachEntity breach = load(id);
		if (breach.status() == BreachStatus.OPEN) {
			return;
		}
		Instant now = clock.instant();
		breach.reopen(actor.value(), now);
		log(breach, "reopened", List.of("status"), actor, now);
	}

	/** Records in the journal that one breach was exported (its PDF). */
	@Override
	@Transactional
	public void exported(BreachId id, AccountId actor) {
		load(id);
		journal.record(AuditEvent.success(AuditActor.account(actor.value()), AuditAction.of("breach.exported"))
			.withObject("breach:" + id));
	}

	/** Records in the journal that the whole register was exported (its CSV). */
	@Override
	@Transactional
	public void registerExported(AccountId actor) {
		journal
			.record(AuditEvent.success(AuditActor.account(actor.value()), AuditAction.of("breach.register-exported")));
	}

	/**
	 * A page (from 0) of the register, open breaches first then by deadline; all when
	 * {@code status} is null.
	 */
	@Override
	@Transactional(readOnly = true)
	public Page<BreachSummary> page(@Nullable BreachStatus status, int page) {
		Instant now = clock.instant();
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		return (status == null ? breaches.page(request) : breaches.page(status, request)).map(b -> summary(b, now));
	}

	/** The open breaches, the nearest deadline first. */
	@Override
	@Transactional(readOnly = true)
	public List<BreachSummary> open() {
		Instant now = clock.instant();
		return breaches.findByStatusOrderByDeadlineAtAsc(BreachStatus.OPEN).stream().map(b -> summary(b, now)).toList();
	}

	/**
	 * @throws UnknownBreachException when no breach has that id
	 */
	@Override
	@Transactional(readOnly = true)
	public BreachDetails get(BreachId id) {
		return details(load(id), clock.instant(), staffNames());
	}

	/** The whole register, in the order the breaches were known. */
	@Override
	@Transactional(readOnly = true)
	public List<BreachDetails> register() {
		Instant now = clock.instant();
		Map<UUID, String> names = staffNames();
		return breaches.register().stream().map(b -> details(b, now, names)).toList();
	}

	private BreachEntity load(BreachId id) {
		return breaches.findById(id.value()).orElseThrow(() -> new UnknownBreachException(id));
	}

	private BreachId log(BreachEntity breach, String action, List<String> fields, AccountId actor, Instant now) {
		changes.save(new BreachChangeEntity(breach.id(), action, String.join(",", fields), actor.value(), now));
		journal.record(AuditEvent.success(AuditActor.account(actor.value()), AuditAction.of("breach." + action))
			.withObject("breach:" + breach.id()));
		return breach.breachId();
	}

	private static BreachClock clockOf(BreachEntity breach, Instant now) {
		return BreachClock.at(now, breach.facts().awareAt(), breach.cnilNotifiedAt(),
				breach.noNotificationReasons() != null);
	}

	private static BreachSummary summary(BreachEntity breach, Instant now) {
		BreachFacts facts = breach.facts();
		return new BreachSummary(breach.breachId(), breach.reference(), facts.title(), breach.status(), facts.risk(),
				clockOf(breach, now));
	}

	private BreachDetails details(BreachEntity breach, Instant now, Map<UUID, String> names) {
		List<BreachDetails.Change> history = changes.findByBreachIdOrderByCreatedAtAsc(breach.id())
			.stream()
			.map(change -> new BreachDetails.Change(change.createdAt(), change.action(),
					Arrays.stream(change.fields().split(",")).filter(f -> !f.isBlank()).toList(),
					name(change.actorId(), names)))
			.toList();
		return new BreachDetails(breach.breachId(), breach.reference(), breach.facts(), breach.status(),
				clockOf(breach, now), breach.cnilNotifiedAt(), breach.cnilReference(), breach.noNotificationReasons(),
				breach.peopleInformedOn(), breach.peopleInformedMeans(), breach.noCommunicationReasons(),
				breach.createdAt(), name(breach.recordedBy(), names), breach.updatedAt(),
				name(breach.updatedBy(), names), breach.closedAt(), history);
	}

	/** The display names of the staff accounts (DPO included), by account id. */
	private Map<UUID, String> staffNames() {
		return accounts.staffDisplayNames();
	}

	/** The account's display name, or its id when it is no staff account. */
	private static String name(UUID account, Map<UUID, String> names) {
		String name = names.get(account);
		return name == null ? account.toString() : name;
	}

}
