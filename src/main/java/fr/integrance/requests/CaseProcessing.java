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

/**
 * How staff process cases: the queues and their pages, one case with everything about it, and
 * the decisions. Each decision is one transaction: the case moves (its state machine refuses a
 * wrong move), the move is kept with who, when and why, what is said to the sender goes to the
 * mail outbox, and accepting applies the case to the domain through the applier of its type.
 * <p>
 * Staff accounts are given as their ids: this module does not know identity.
 */
@Service
public class CaseProcessing {

	public static final int PAGE_SIZE = 20;
	/** Longest reason or message staff may write. */
	public static final int MAX_TEXT = 4000;

	private final RequestCases cases;
	private final CaseAttachments attachmentRows;
	private final Attachments attachments;
	private final CaseMessages messages;
	private final CaseThread thread;
	private final RequestIntake intake;
	private final NamedParameterJdbcTemplate jdbc;
	private final Map<RequestType, CaseApplier> appliers;
	private final Clock clock;

	CaseProcessing(RequestCases cases, CaseAttachments attachmentRows, Attachments attachments,
			CaseMessages messages, CaseThread thread, RequestIntake intake, NamedParameterJdbcTemplate jdbc,
			List<CaseApplier> appliers, Clock clock) {
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
		this.clock = clock;
	}

	/** Every request type with its open cases per status and the age of its oldest. */
	@Transactional(readOnly = true)
	public List<QueueSummary> queues() {
		Map<RequestType, long[]> counts = new EnumMap<>(RequestType.class);
		Map<RequestType, OffsetDateTime> oldest = new EnumMap<>(RequestType.class);
		jdbc.query("""
				SELECT request_type, status, count(*) AS n, min(submitted_at) AS oldest
				FROM request_case WHERE status IN (:open) GROUP BY request_type, status""",
				new MapSqlParameterSource("open", names(RequestStatus.OPEN)), (ResultSet rs) -> {
					RequestType type = RequestType.valueOf(rs.getString("request_type"));
					RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
					counts.computeIfAbsent(type, t -> new long[3])[status.ordinal()] = rs.getLong("n");
					OffsetDateTime first = rs.getObject("oldest", OffsetDateTime.class);
					oldest.merge(type, first, (a, b) -> a.isBefore(b) ? a : b);
				});
		return java.util.Arrays.stream(RequestType.values()).map(type -> {
			long[] n = counts.getOrDefault(type, new long[3]);
			OffsetDateTime first = oldest.get(type);
			return new QueueSummary(type, n[0], n[1], n[2], first == null ? null : first.toInstant());
		}).toList();
	}

	/**
	 * One page of a queue, oldest first. Served by the index on (status, request_type,
	 * submitted_at): each open status is an index range already in age order.
	 */
	@Transactional(readOnly = true)
	public CaseListPage list(CaseFilter filter, int page) {
		int safePage = Math.max(0, page);
		StringBuilder where = new StringBuilder(" WHERE status IN (:statuses)");
		MapSqlParameterSource parameters = new MapSqlParameterSource("statuses",
				filter.status() == null ? names(RequestStatus.OPEN) : List.of(filter.status().name()));
		if (filter.type() != null) {
			where.append(" AND request_type = :type");
			parameters.addValue("type", filter.type().name());
		}
		switch (filter.assignment()) {
			case MINE -> {
				where.append(" AND assignee_id = :me");
				parameters.addValue("me", filter.me());
			}
			case UNASSIGNED -> where.append(" AND assignee_id IS NULL");
			case ANY -> {
			}
		}
		Long total = jdbc.queryForObject("SELECT count(*) FROM request_case" + where, parameters, Long.class);
		parameters.addValue("limit", PAGE_SIZE).addValue("offset", (long) safePage * PAGE_SIZE);
		List<CaseSummary> items = jdbc.query("""
				SELECT id, reference, request_type, status, submitted_at, submitter_name, assignee_id
				FROM request_case""" + where + " ORDER BY submitted_at, id LIMIT :limit OFFSET :offset", parameters,
				(rs, row) -> summary(rs));
		return new CaseListPage(items, safePage, PAGE_SIZE, total == null ? 0 : total);
	}

	/** A case with its payload, files, history and thread; empty for an unknown id. */
	@Transactional(readOnly = true)
	public Optional<CaseDetails> find(UUID caseId) {
		return cases.findById(caseId).map(this::details);
	}

	/** The staff member takes the case (a submitted case goes into review). */
	@Transactional
	public void take(UUID caseId, UUID actor) {
		load(caseId).take(actor, clock.instant());
	}

	/** Asks the sender for more: the case waits for them, and the reason is sent to them by e-mail. */
	@Transactional
	public void askSender(UUID caseId, UUID actor, String reason) {
		RequestCase requestCase = load(caseId);
		requestCase.askSender(actor, clock.instant(), reason);
		thread.writeToSender(requestCase, CaseMails.Kind.MORE_NEEDED, actor, reason);
	}

	/** Goes on with a case waiting for its sender. */
	@Transactional
	public void resume(UUID caseId, UUID actor) {
		load(caseId).resume(actor, clock.instant(), null);
	}

	/**
	 * Accepts the case and applies it to the domain (a subscription creates the member, the
	 * dependants and the active contract and invites the member; a sollicitation is answered).
	 *
	 * @throws ReasonRequiredException when a sollicitation is accepted without an answer
	 * @throws DependantCivilityRequiredException when a dependant's civility is missing
	 * @throws fr.integrance.platform.InvalidValueException when the domain refuses a value of the
	 * request (nothing is then changed)
	 */
	@Transactional
	public CaseDetails accept(UUID caseId, UUID actor, Acceptance acceptance) {
		RequestCase requestCase = load(caseId);
		requestCase.accept(actor, clock.instant(), acceptance.answer());
		LocalDate acceptedOn = LocalDate.now(clock.withZone(RequestIntake.FRANCE));
		CaseApplier.Applied applied = appliers.get(requestCase.type()).apply(requestCase, actor, acceptance, acceptedOn);
		requestCase.recordOutcome(applied.personId(), applied.contractId());
		cases.flush();
		return details(requestCase);
	}

	/** Rejects the case; the reason is required and sent to the sender. */
	@Transactional
	public void reject(UUID caseId, UUID actor, String reason) {
		RequestCase requestCase = load(caseId);
		requestCase.reject(actor, clock.instant(), reason);
		thread.writeToSender(requestCase, CaseMails.Kind.REJECTED, actor, reason);
	}

	/** Writes to the sender (sent by e-mail, kept in the thread); the case does not move. */
	@Transactional
	public void writeToSender(UUID caseId, UUID actor, String body) {
		thread.writeToSender(load(caseId), CaseMails.Kind.MESSAGE, actor, body);
	}

	/** Keeps the sender's answer (from an extranet); a case waiting for them goes back into review. */
	@Transactional
	public void recordSenderReply(UUID caseId, String body) {
		RequestCase requestCase = load(caseId);
		thread.fromSender(requestCase, body);
		requestCase.senderAnswered(clock.instant());
	}

	/** A file of the case; empty when the case has no such file (or the id names another case's file). */
	@Transactional(readOnly = true)
	public Optional<AttachmentDownload> attachment(UUID caseId, UUID attachmentId) {
		return attachmentRows.findById(attachmentId)
			.filter(row -> caseId.equals(row.caseId()))
			.map(row -> new AttachmentDownload(row.displayName(), row.mediaType(), attachments.contentOf(row.id())));
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
			.map(t -> new CaseDetails.Step(t.from(), t.to(), t.actorId(), t.occurredAt(), t.reason()))
			.toList();
		List<CaseDetails.Message> thread = messages.findByCaseIdOrderByWrittenAt(c.id())
			.stream()
			.map(m -> new CaseDetails.Message(m.direction(), m.authorId(), m.writtenAt(), m.body()))
			.toList();
		return new CaseDetails(c.id(), c.reference(), c.type(), c.purposeId(), c.channel(), c.status(),
				c.submittedAt(), c.submitterName(), c.submitterEmail(), c.assigneeId(), c.decidedAt(), c.personId(),
				c.contractId(), subscription, solicitation, files, history, thread);
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
