package fr.integrance.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditAction;

/**
 * How staff process cases: the queues and their pages, one case with everything about it,
 * and the decisions. Each decision is one transaction: the case moves (its state machine
 * refuses a wrong move), the move is kept with who, when and why, what is said to the
 * sender goes to the mail outbox, accepting applies the case to the domain through the
 * applier of its type, and the step is written to the audit journal (ids only) in the
 * same transaction. A decision by someone else than the assignee takes the case over
 * first, and the change of hands is kept.
 * <p>
 * Staff accounts are given as their ids: this module does not know identity.
 */
@Service
public class CaseProcessing {

	public static final int PAGE_SIZE = 20;

	/** Longest reason or message staff may write. */
	public static final int MAX_TEXT = 4000;

	/**
	 * How many decided (accepted or rejected) cases a list counts at most: they grow
	 * without end, so beyond this the list says "more than" and pages no further (filter
	 * to narrow it).
	 */
	public static final int CLOSED_COUNT_LIMIT = 2000;

	private final RequestCases cases;

	private final CaseAttachments attachmentRows;

	private final Attachments attachments;

	private final CaseMessages messages;

	private final CaseThread thread;

	private final RequestIntake intake;

	private final NamedParameterJdbcTemplate jdbc;

	private final Map<RequestType, CaseApplier> appliers;

	private final CaseJournal journal;

	private final QueueCounts counts;

	private final Clock clock;

	CaseProcessing(RequestCases cases, CaseAttachments attachmentRows, Attachments attachments, CaseMessages messages,
			CaseThread thread, RequestIntake intake, NamedParameterJdbcTemplate jdbc, List<CaseApplier> appliers,
			CaseJournal journal, QueueCounts counts, Clock clock) {
		this.cases = cases;
		this.attachmentRows = attachmentRows;
		this.attachments = attachments;
		this.messages = messages;
		this.thread = thread;
		this.intake = intake;
		this.jdbc = jdbc;
		this.appliers = new EnumMap<>(
				appliers.stream().collect(Collectors.toMap(CaseApplier::type, Function.identity())));
		for (RequestType type : RequestType.values()) {
			if (!this.appliers.containsKey(type)) {
				throw new IllegalStateException("No applier for request type " + type);
			}
		}
		this.journal = journal;
		this.counts = counts;
		this.clock = clock;
	}

	/**
	 * Every request type with its open cases per status and the age of its oldest
	 * (decided cases are not counted).
	 */
	@Transactional(readOnly = true)
	public List<QueueSummary> queues() {
		return counts.get("queues", this::countQueues);
	}

	private List<QueueSummary> countQueues() {
		Map<RequestType, Map<RequestStatus, Long>> counts = new EnumMap<>(RequestType.class);
		Map<RequestType, OffsetDateTime> oldest = new EnumMap<>(RequestType.class);
		jdbc.query("""
				SELECT request_type, status, count(*) AS n, min(submitted_at) AS oldest
				FROM request_case WHERE status IN (:open) GROUP BY request_type, status""",
				new MapSqlParameterSource("open", names(RequestStatus.OPEN)), (ResultSet rs) -> {
					RequestType type = RequestType.valueOf(rs.getString("request_type"));
					RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
					counts.computeIfAbsent(type, t -> new EnumMap<>(RequestStatus.class)).put(status, rs.getLong("n"));
					OffsetDateTime first = rs.getObject("oldest", OffsetDateTime.class);
					oldest.merge(type, first, (a, b) -> a.isBefore(b) ? a : b);
				});
		return java.util.Arrays.stream(RequestType.values()).map(type -> {
			OffsetDateTime first = oldest.get(type);
			return QueueSummary.of(type, counts.getOrDefault(type, Map.of()), first == null ? null : first.toInstant());
		}).toList();
	}

	/**
	 * One page of a queue, oldest first. Each (status, type) pair the filter covers is a
	 * range of the index on (status, request_type, submitted_at, id) (with assignee_id
	 * before submitted_at for the "mine" and "unassigned" filters), already in age order:
	 * the page is merged from the first {@code offset + PAGE_SIZE} entries of each range,
	 * so that a page never sorts the whole queue, however many cases are open. A page
	 * beyond the last shows the last. Open cases are counted exactly; decided ones up to
	 * {@link #CLOSED_COUNT_LIMIT}, and the list pages no further than that.
	 */
	@Transactional(readOnly = true)
	public CaseListPage list(CaseFilter filter, int page) {
		List<RequestStatus> statuses = filter.status() == null ? RequestStatus.OPEN.stream().sorted().toList()
				: List.of(filter.status());
		List<RequestType> types = filter.type() == null ? List.of(RequestType.values()) : List.of(filter.type());
		StringBuilder assignee = new StringBuilder();
		MapSqlParameterSource parameters = new MapSqlParameterSource("statuses",
				statuses.stream().map(Enum::name).toList())
			.addValue("types", types.stream().map(Enum::name).toList());
		switch (filter.assignment()) {
			case MINE -> {
				assignee.append(" AND assignee_id = :me");
				parameters.addValue("me", filter.me());
			}
			case UNASSIGNED -> assignee.append(" AND assignee_id IS NULL");
			case ANY -> {
			}
		}
		String matching = "FROM request_case WHERE status IN (:statuses) AND request_type IN (:types)" + assignee;
		boolean decided = statuses.stream().allMatch(RequestStatus::isFinal);
		String countKey = "list:" + statuses + types + filter.assignment()
				+ (filter.assignment() == CaseFilter.Assignment.MINE ? filter.me() : "");
		Long counted = counts.get(countKey,
				() -> decided
						? jdbc.queryForObject(
								"SELECT count(*) FROM (SELECT 1 AS one " + matching + " LIMIT :countLimit) capped",
								parameters.addValue("countLimit", CLOSED_COUNT_LIMIT + 1), Long.class)
						: jdbc.queryForObject("SELECT count(*) " + matching, parameters, Long.class));
		long total = counted == null ? 0 : counted;
		boolean capped = decided && total > CLOSED_COUNT_LIMIT;
		long pageable = capped ? CLOSED_COUNT_LIMIT : total;
		long lastPage = Math.max(0, (pageable + PAGE_SIZE - 1) / PAGE_SIZE - 1);
		int safePage = (int) Math.min(Math.max(0, page), lastPage);
		long offset = (long) safePage * PAGE_SIZE;
		parameters.addValue("window", offset + PAGE_SIZE).addValue("limit", PAGE_SIZE).addValue("offset", offset);
		List<String> ranges = new java.util.ArrayList<>();
		for (RequestStatus status : statuses) {
			for (RequestType type : types) {
				String key = status.ordinal() + "_" + type.ordinal();
				parameters.addValue("s" + key, status.name()).addValue("t" + key, type.name());
				ranges.add("(SELECT id, reference, request_type, status, submitted_at, submitter_name, assignee_id"
						+ " FROM request_case WHERE status = :s" + key + " AND request_type = :t" + key + assignee
						+ " ORDER BY submitted_at, id LIMIT :window)");
			}
		}
		List<CaseSummary> items = jdbc.query(
				"SELECT * FROM (" + String.join(" UNION ALL ", ranges)
						+ ") oldest ORDER BY submitted_at, id LIMIT :limit OFFSET :offset",
				parameters, (rs, row) -> summary(rs));
		return capped ? new CaseListPage(items, safePage, PAGE_SIZE, CLOSED_COUNT_LIMIT, true)
				: new CaseListPage(items, safePage, PAGE_SIZE, total, false);
	}

	/** A case with its payload, files, history and thread; empty for an unknown id. */
	@Transactional(readOnly = true)
	public Optional<CaseDetails> find(UUID caseId) {
		return cases.findById(caseId).map(this::details);
	}

	/**
	 * The staff member takes the case (a submitted case goes into review, a held one
	 * changes hands).
	 */
	@Transactional
	public void take(UUID caseId, UUID actor) {
		RequestCase requestCase = load(caseId);
		counts.forgetAfterCommit();
		UUID holder = requestCase.assigneeId();
		requestCase.take(actor, clock.instant());
		if (!actor.equals(holder)) {
			journaled(holder == null ? CaseJournal.TAKEN : CaseJournal.REASSIGNED, requestCase, actor);
		}
	}

	/**
	 * Asks the sender for more: the case waits for them, and the reason is sent to them
	 * by e-mail.
	 */
	@Transactional
	public void askSender(UUID caseId, UUID actor, String reason) {
		RequestCase requestCase = load(caseId);
		counts.forgetAfterCommit();
		UUID holder = requestCase.assigneeId();
		requestCase.askSender(actor, clock.instant(), reason);
		thread.writeToSender(requestCase, CaseMails.Kind.MORE_NEEDED, actor, reason);
		decided(CaseJournal.MORE_ASKED, requestCase, holder, actor);
	}

	/** Goes on with a case waiting for its sender. */
	@Transactional
	public void resume(UUID caseId, UUID actor) {
		RequestCase requestCase = load(caseId);
		counts.forgetAfterCommit();
		UUID holder = requestCase.assigneeId();
		requestCase.resume(actor, clock.instant(), null);
		decided(CaseJournal.RESUMED, requestCase, holder, actor);
	}

	/**
	 * Accepts the case and applies it to the domain (a subscription creates the member,
	 * the dependants and the active contract and invites the member; a sollicitation is
	 * answered).
	 * @throws ReasonRequiredException when a sollicitation is accepted without an answer
	 * @throws DependantCivilityRequiredException when a dependant's civility is missing
	 * @throws fr.integrance.platform.InvalidValueException when the domain refuses a
	 * value of the request (nothing is then changed)
	 */
	@Transactional
	public CaseDetails accept(UUID caseId, UUID actor, Acceptance acceptance) {
		RequestCase requestCase = load(caseId);
		counts.forgetAfterCommit();
		UUID holder = requestCase.assigneeId();
		requestCase.accept(actor, clock.instant(), acceptance.answer());
		LocalDate acceptedOn = LocalDate.now(clock.withZone(RequestIntake.FRANCE));
		CaseApplier.Applied applied = appliers.get(requestCase.type())
			.apply(requestCase, actor, acceptance, acceptedOn);
		requestCase.recordOutcome(applied.personId(), applied.contractId());
		cases.flush();
		if (holder != null && !holder.equals(actor)) {
			journaled(CaseJournal.REASSIGNED, requestCase, actor);
		}
		journal.accepted(actor, requestCase.id(), requestCase.purposeId(), requestCase.personId(),
				requestCase.contractId());
		return details(requestCase);
	}

	/** Rejects the case; the reason is required and sent to the sender. */
	@Transactional
	public void reject(UUID caseId, UUID actor, String reason) {
		RequestCase requestCase = load(caseId);
		counts.forgetAfterCommit();
		UUID holder = requestCase.assigneeId();
		requestCase.reject(actor, clock.instant(), reason);
		thread.writeToSender(requestCase, CaseMails.Kind.REJECTED, actor, reason);
		decided(CaseJournal.REJECTED, requestCase, holder, actor);
	}

	/**
	 * Writes to the sender (sent by e-mail, kept in the thread); the case does not move
	 * nor change hands.
	 */
	@Transactional
	public void writeToSender(UUID caseId, UUID actor, String body) {
		RequestCase requestCase = load(caseId);
		thread.writeToSender(requestCase, CaseMails.Kind.MESSAGE, actor, body);
		journaled(CaseJournal.MESSAGE_SENT, requestCase, actor);
	}

	/** Journals that the staff member opened the case (ids only). */
	public void recordRead(CaseDetails details, UUID actor) {
		journal.record(CaseJournal.READ, actor, details.id(), details.purposeId(), details.personId());
	}

	/** Journals that the staff member downloaded a file of the case (ids only). */
	public void recordAttachmentRead(CaseDetails details, UUID actor) {
		journal.record(CaseJournal.ATTACHMENT_READ, actor, details.id(), details.purposeId(), details.personId());
	}

	/**
	 * Keeps the sender's answer (from an extranet); a case waiting for them goes back
	 * into review.
	 */
	@Transactional
	public void recordSenderReply(UUID caseId, String body) {
		RequestCase requestCase = load(caseId);
		counts.forgetAfterCommit();
		thread.fromSender(requestCase, body);
		requestCase.senderAnswered(clock.instant());
	}

	/**
	 * A file of the case; empty when the case has no such file (or the id names another
	 * case's file).
	 */
	@Transactional(readOnly = true)
	public Optional<AttachmentDownload> attachment(UUID caseId, UUID attachmentId) {
		return attachmentRows.findById(attachmentId)
			.filter(row -> caseId.equals(row.caseId()))
			.map(row -> new AttachmentDownload(row.displayName(), row.mediaType(), attachments.contentOf(row.id())));
	}

	/**
	 * Journals a decision, after the change of hands it implied if the actor did not hold
	 * the case.
	 */
	private void decided(AuditAction action, RequestCase requestCase, UUID holder, UUID actor) {
		if (holder != null && !holder.equals(actor)) {
			journaled(CaseJournal.REASSIGNED, requestCase, actor);
		}
		journaled(action, requestCase, actor);
	}

	/**
	 * Flushes the case's changes first, so that the journal's lock is taken last (see
	 * AuditJournal).
	 */
	private void journaled(AuditAction action, RequestCase requestCase, UUID actor) {
		cases.flush();
		journal.record(action, actor, requestCase.id(), requestCase.purposeId(), requestCase.personId());
	}

	private RequestCase load(UUID caseId) {
		return cases.findById(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
	}

	private CaseDetails details(RequestCase c) {
		SubscriptionRequest subscription = c.type() == RequestType.SUBSCRIPTION ? intake.subscriptionPayload(c) : null;
		Solicitation solicitation = c.type() == RequestType.SOLICITATION ? intake.solicitationPayload(c) : null;
		List<StoredAttachment> files = attachmentRows.findByCaseIdOrderByUploadedAt(c.id())
			.stream()
			.map(row -> new StoredAttachment(row.id(), row.displayName(), row.mediaType(), row.sizeBytes()))
			.toList();
		List<CaseDetails.Step> history = c.transitions()
			.stream()
			.map(t -> new CaseDetails.Step(t.from(), t.to(), t.actorId(), t.occurredAt(), t.reason(),
					t.previousAssigneeId()))
			.toList();
		List<CaseDetails.Message> thread = messages.findByCaseIdOrderByWrittenAt(c.id())
			.stream()
			.map(m -> new CaseDetails.Message(m.direction(), m.authorId(), m.writtenAt(), m.body()))
			.toList();
		return new CaseDetails(c.id(), c.reference(), c.type(), c.purposeId(), c.channel(), c.status(), c.submittedAt(),
				c.submitterName(), c.submitterEmail(), c.assigneeId(), c.decidedAt(), c.personId(), c.contractId(),
				subscription, solicitation, files, history, thread);
	}

	private static CaseSummary summary(ResultSet rs) throws SQLException {
		return new CaseSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
				RequestType.valueOf(rs.getString("request_type")), RequestStatus.valueOf(rs.getString("status")),
				rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getString("submitter_name"),
				rs.getObject("assignee_id", UUID.class));
	}

	private static List<String> names(java.util.Set<RequestStatus> statuses) {
		return statuses.stream().map(Enum::name).sorted().toList();
	}

}
