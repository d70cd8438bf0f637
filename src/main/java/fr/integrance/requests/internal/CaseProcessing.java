package fr.integrance.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditAction;
import fr.integrance.platform.FrenchDates;
import fr.integrance.requests.Acceptance;
import fr.integrance.requests.AttachmentDownload;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.CaseDetails;
import fr.integrance.requests.CaseFilter;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.CaseListPage;
import fr.integrance.requests.CaseSummary;
import fr.integrance.requests.CaseClosed;
import fr.integrance.requests.Cases;
import fr.integrance.requests.FieldProblem;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.requests.QueueSummary;
import fr.integrance.requests.RequestStatus;
import fr.integrance.requests.RequestType;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.UnknownAttachmentException;
import fr.integrance.requests.UnknownCaseException;

/**
 * {@link Cases}: the queues read through the index on (status, request_type,
 * submitted_at, id); each decision loads the case, lets it move, keeps what is said to
 * the sender, and journals the step after flushing the case (so that the journal's lock
 * is taken last, see AuditJournal). Accepting asks the case's request type for its rules
 * and its effect on the domain.
 */
@Service
@RequiredArgsConstructor
class CaseProcessing implements Cases {

	private final RequestCases cases;

	private final CaseAttachments attachmentRows;

	private final AttachmentStore attachments;

	private final CaseMessages messages;

	private final CaseThread thread;

	private final NamedParameterJdbcTemplate jdbc;

	private final RequestTypeHandlers handlers;

	private final CaseJournal journal;

	private final QueueCounts counts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	@Override
	@Transactional(readOnly = true)
	public List<QueueSummary> queues() {
		return counts.get("queues", this::countQueues);
	}

	private List<QueueSummary> countQueues() {
		Map<RequestType, Map<RequestStatus, Long>> counted = new HashMap<>();
		Map<RequestType, OffsetDateTime> oldest = new HashMap<>();
		jdbc.query("""
				SELECT request_type, status, count(*) AS n, min(submitted_at) AS oldest
				FROM request_case WHERE status IN (:open) GROUP BY request_type, status""",
				new MapSqlParameterSource("open", names(RequestStatus.OPEN)), (ResultSet rs) -> {
					RequestType type = RequestType.valueOf(rs.getString("request_type"));
					RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
					counted.computeIfAbsent(type, t -> new EnumMap<>(RequestStatus.class)).put(status, rs.getLong("n"));
					OffsetDateTime first = rs.getObject("oldest", OffsetDateTime.class);
					oldest.merge(type, first, (a, b) -> a.isBefore(b) ? a : b);
				});
		return RequestType.values().stream().map(type -> {
			OffsetDateTime first = oldest.get(type);
			return QueueSummary.of(type, counted.getOrDefault(type, Map.of()),
					first == null ? null : first.toInstant());
		}).toList();
	}

	/**
	 * Each (status, type) pair the filter covers is a range of the index on (status,
	 * request_type, submitted_at, id) (with assignee_id before submitted_at for the
	 * "mine" and "unassigned" filters), already in age order: the page is merged from the
	 * first {@code offset + PAGE_SIZE} entries of each range, so that a page never sorts
	 * the whole queue, however many cases are open.
	 */
	@Override
	@Transactional(readOnly = true)
	public CaseListPage list(CaseFilter filter, int page) {
		List<RequestStatus> statuses = filter.status() == null ? RequestStatus.OPEN.stream().sorted().toList()
				: List.of(filter.status());
		List<RequestType> types = filter.type() == null ? RequestType.values() : List.of(filter.type());
		StringBuilder assignee = new StringBuilder();
		MapSqlParameterSource parameters = new MapSqlParameterSource("statuses",
				statuses.stream().map(Enum::name).toList())
			.addValue("types", types.stream().map(RequestType::name).toList());
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
		Long found = counts.get(countKey,
				() -> decided
						? jdbc.queryForObject(
								"SELECT count(*) FROM (SELECT 1 AS one " + matching + " LIMIT :countLimit) capped",
								parameters.addValue("countLimit", CLOSED_COUNT_LIMIT + 1), Long.class)
						: jdbc.queryForObject("SELECT count(*) " + matching, parameters, Long.class));
		long total = found == null ? 0 : found;
		boolean capped = decided && total > CLOSED_COUNT_LIMIT;
		long pageable = capped ? CLOSED_COUNT_LIMIT : total;
		long lastPage = Math.max(0, (pageable + PAGE_SIZE - 1) / PAGE_SIZE - 1);
		int safePage = (int) Math.min(Math.max(0, page), lastPage);
		long offset = (long) safePage * PAGE_SIZE;
		parameters.addValue("window", offset + PAGE_SIZE).addValue("limit", PAGE_SIZE).addValue("offset", offset);
		List<String> ranges = new ArrayList<>();
		for (RequestStatus status : statuses) {
			for (int t = 0; t < types.size(); t++) {
				String key = status.ordinal() + "_" + t;
				parameters.addValue("s" + key, status.name()).addValue("t" + key, types.get(t).name());
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

	@Override
	@Transactional
	public CaseDetails open(CaseId caseId, UUID reader) {
		RequestCase requestCase = load(caseId);
		journal.record(CaseJournal.READ, reader, requestCase);
		return details(requestCase);
	}

	@Override
	@Transactional
	public AttachmentDownload attachment(CaseId caseId, AttachmentId attachmentId, UUID reader) {
		RequestCase requestCase = load(caseId);
		CaseAttachment row = attachmentRows.findById(attachmentId.value())
			.filter(found -> requestCase.id().equals(found.caseId()))
			.orElseThrow(() -> new UnknownAttachmentException(caseId, attachmentId));
		journal.record(CaseJournal.ATTACHMENT_READ, reader, requestCase);
		return new AttachmentDownload(row.displayName(), row.mediaType(), row.sizeBytes(),
				attachments.openContent(row));
	}

	@Override
	@Transactional
	public void take(CaseId caseId, UUID actor) {
		RequestCase requestCase = changing(caseId);
		UUID holder = requestCase.assigneeId();
		requestCase.take(actor, clock.instant());
		if (!actor.equals(holder)) {
			journaled(holder == null ? CaseJournal.TAKEN : CaseJournal.REASSIGNED, requestCase, actor);
		}
	}

	@Override
	@Transactional
	public void askSender(CaseId caseId, UUID actor, String reason) {
		decide(caseId, actor, CaseJournal.MORE_ASKED, c -> c.askSender(actor, clock.instant(), reason),
				CaseMails.Kind.MORE_NEEDED, reason);
	}

	@Override
	@Transactional
	public void resume(CaseId caseId, UUID actor) {
		decide(caseId, actor, CaseJournal.RESUMED, c -> c.resume(actor, clock.instant(), null), null, null);
	}

	/**
	 * The case moves first (its state machine may refuse), then the type's rules are
	 * checked (a refusal rolls the move back), the answer sent when the type answers the
	 * sender, and the type applied to the domain.
	 */
	@Override
	@Transactional
	public CaseDetails accept(CaseId caseId, UUID actor, Acceptance acceptance) {
		RequestCase requestCase = changing(caseId);
		UUID holder = requestCase.assigneeId();
		requestCase.accept(actor, clock.instant(), acceptance.answer());
		RequestTypeHandler<?> handler = handlers.of(requestCase.type());
		List<FieldProblem> problems = handler.checkAcceptanceOf(requestCase.payload(), acceptance);
		if (!problems.isEmpty()) {
			throw new FieldProblemsException(problems);
		}
		if (handler.answersSender()) {
			thread.writeToSender(requestCase, CaseMails.Kind.ANSWERED, actor, acceptance.answer());
		}
		RequestTypeHandler.Outcome outcome = handler.applyTo(requestCase.payload(), acceptance,
				FrenchDates.today(clock));
		requestCase.recordOutcome(outcome.person(), outcome.contract());
		cases.flush();
		if (holder != null && !holder.equals(actor)) {
			journaled(CaseJournal.REASSIGNED, requestCase, actor);
		}
		journal.accepted(actor, requestCase);
		closed(requestCase);
		return details(requestCase);
	}

	@Override
	@Transactional
	public void reject(CaseId caseId, UUID actor, String reason) {
		decide(caseId, actor, CaseJournal.REJECTED, c -> c.reject(actor, clock.instant(), reason),
				CaseMails.Kind.REJECTED, reason);
		closed(load(caseId));
	}

	/** The case is decided: the retention module starts the sender's clock from it. */
	private void closed(RequestCase requestCase) {
		events.publishEvent(new CaseClosed(requestCase.caseId(), requestCase.status(), requestCase.personId(),
				requestCase.contractId(), clock.instant()));
	}

	@Override
	@Transactional
	public void writeToSender(CaseId caseId, UUID actor, String body) {
		RequestCase requestCase = load(caseId);
		thread.writeToSender(requestCase, CaseMails.Kind.MESSAGE, actor, body);
		journaled(CaseJournal.MESSAGE_SENT, requestCase, actor);
	}

	@Override
	@Transactional
	public void recordSenderReply(CaseId caseId, String body) {
		recordSenderReply(changing(caseId), body, List.of());
	}

	/**
	 * The sender's answer, with the pending files that came with it: the message is kept,
	 * the files linked to it and to the case, and a case waiting for the sender goes back
	 * into review ({@link RequestCase#senderAnswered}). A case already decided takes no
	 * answer.
	 * @throws fr.integrance.requests.InvalidCaseTransitionException when the case is
	 * decided
	 * @throws IllegalArgumentException for an empty message, more files than a request
	 * carries, or an unknown file
	 */
	public void recordSenderReply(RequestCase requestCase, String body, List<AttachmentId> files) {
		if (requestCase.status().isFinal()) {
			throw new fr.integrance.requests.InvalidCaseTransitionException(requestCase.status(),
					RequestStatus.IN_REVIEW);
		}
		if (files.size() > fr.integrance.requests.Attachments.MAX_FILES_PER_REQUEST) {
			throw new IllegalArgumentException("An answer carries at most "
					+ fr.integrance.requests.Attachments.MAX_FILES_PER_REQUEST + " attachments");
		}
		counts.forgetAfterCommit();
		UUID message = thread.fromSender(requestCase, body);
		for (AttachmentId file : files) {
			attachmentRows.findById(file.value())
				.orElseThrow(() -> new IllegalArgumentException("Unknown attachment " + file))
				.attachTo(requestCase.id(), message);
		}
		requestCase.senderAnswered(clock.instant());
	}

	/**
	 * A decision: the case moves, the reason is sent to the sender when the decision is
	 * told to them, then the change of hands it implied if the actor did not hold the
	 * case is journaled, then the decision.
	 * @param told why the sender is written to, null when they are not
	 */
	private void decide(CaseId caseId, UUID actor, AuditAction action, Consumer<RequestCase> move,
			CaseMails.@Nullable Kind told, @Nullable String reason) {
		RequestCase requestCase = changing(caseId);
		UUID holder = requestCase.assigneeId();
		move.accept(requestCase);
		if (told != null) {
			thread.writeToSender(requestCase, told, actor, reason);
		}
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
		journal.record(action, actor, requestCase);
	}

	/** A case about to change: the queue counts of this node go once it commits. */
	private RequestCase changing(CaseId caseId) {
		RequestCase requestCase = load(caseId);
		counts.forgetAfterCommit();
		return requestCase;
	}

	private RequestCase load(CaseId caseId) {
		return cases.findById(caseId.value()).orElseThrow(() -> new UnknownCaseException(caseId));
	}

	private CaseDetails details(RequestCase c) {
		List<StoredAttachment> files = attachmentRows.findByCaseIdOrderByUploadedAt(c.id())
			.stream()
			.map(CaseAttachment::stored)
			.toList();
		List<CaseDetails.Step> history = c.transitions().stream().map(CaseTransition::toStep).toList();
		List<CaseDetails.Message> thread = messages.findByCaseIdOrderByWrittenAt(c.id())
			.stream()
			.map(CaseMessage::toMessage)
			.toList();
		return new CaseDetails(c.caseId(), c.reference(), c.type(), c.purposeId(), c.channel(), c.status(),
				c.submittedAt(), c.submitterName(), c.submitterEmail(), c.assigneeId(), c.decidedAt(), c.personId(),
				c.contractId(), c.payload(), handlers.of(c.type()).view(), files, history, thread);
	}

	private static CaseSummary summary(ResultSet rs) throws SQLException {
		return new CaseSummary(new CaseId(rs.getObject("id", UUID.class)), rs.getString("reference"),
				RequestType.valueOf(rs.getString("request_type")), RequestStatus.valueOf(rs.getString("status")),
				rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getString("submitter_name"),
				rs.getObject("assignee_id", UUID.class));
	}

	private static List<String> names(Set<RequestStatus> statuses) {
		return statuses.stream().map(Enum::name).sorted().toList();
	}

}
