package fr.integrance.rights.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditActor;
import fr.integrance.documents.ContentId;
import fr.integrance.documents.StoredContents;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.rights.QueueFilter;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsDesk;
import fr.integrance.rights.RightsDeskException;
import fr.integrance.rights.RightsQueue;
import fr.integrance.rights.RightsRequestId;
import fr.integrance.rights.RightsRequestLine;
import fr.integrance.rights.RightsRequestStatus;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequestView;
import fr.integrance.rights.SubjectCandidate;
import fr.integrance.rights.internal.fulfilment.FulfilmentOrder;
import fr.integrance.rights.internal.fulfilment.Fulfilments;

/**
 * {@link RightsDesk} on JPA. Each action locks the request, lets it guard the move, saves
 * the step, journals it, and only then hands over to {@link Fulfilments}: when the
 * fulfilment fails, the whole transaction (the move included) rolls back.
 */
@Service
@Transactional
@RequiredArgsConstructor
class JpaRightsDesk implements RightsDesk {

	private static final int MAX_REASONS = 4000;

	private static final String RESTRICTION = "restriction";

	private static final String RECTIFICATION = "rectification";

	/** The history step of a lifted restriction. */
	static final String RESTRICTION_LIFTED = "restriction-lifted";

	/** How long the link to send an identity document stays valid. */
	static final Duration IDENTITY_UPLOAD_VALIDITY = Duration.ofDays(14);

	private final ReceivedRequests requests;

	private final RightsRequestSteps steps;

	private final JpaRightsRequests intake;

	private final IdentityMatcher matcher;

	private final RightsMails mails;

	private final RightsJournal journal;

	private final Fulfilments fulfilments;

	private final StoredContents contents;

	private final EntityManager entityManager;

	private final Clock clock;

	@Override
	@Transactional(readOnly = true)
	public RightsQueue queue(QueueFilter filter, int page, int size) {
		int pageSize = Math.max(1, Math.min(size, 100));
		int pageNumber = Math.max(0, page);
		LocalDate today = today();
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (filter.status() != null) {
			where.append(" and r.status = :status");
		}
		if (filter.rightId() != null) {
			where.append(" and r.rightId = :rightId");
		}
		if (filter.channel() != null) {
			where.append(" and r.channel = :channel");
		}
		if (filter.overdueOnly()) {
			where.append(" and r.status in :open and coalesce(r.extendedDueDate, r.dueDate) < :today");
		}
		TypedQuery<RightsRequest> select = entityManager.createQuery("select r from RightsRequest r" + where
				+ " order by case when r.status in :open and coalesce(r.extendedDueDate, r.dueDate) < :today then 0"
				+ " when r.status in :open then 1 else 2 end, coalesce(r.extendedDueDate, r.dueDate), r.receivedAt, r.id",
				RightsRequest.class);
		TypedQuery<Long> count = entityManager.createQuery("select count(r) from RightsRequest r" + where, Long.class);
		for (TypedQuery<?> query : List.of(select, count)) {
			if (filter.status() != null) {
				query.setParameter("status", filter.status());
			}
			if (filter.rightId() != null) {
				query.setParameter("rightId", filter.rightId());
			}
			if (filter.channel() != null) {
				query.setParameter("channel", filter.channel().name());
			}
			if (filter.overdueOnly() || query == select) {
				query.setParameter("open", RightsRequestStatus.OPEN);
				query.setParameter("today", today);
			}
		}
		List<RightsRequestLine> lines = select.setFirstResult(pageNumber * pageSize)
			.setMaxResults(pageSize)
			.getResultList()
			.stream()
			.map(this::line)
			.toList();
		return new RightsQueue(lines, pageNumber, pageSize, count.getSingleResult());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<RightsRequestStatus, Long> countsByStatus() {
		Map<RightsRequestStatus, Long> counts = new EnumMap<>(RightsRequestStatus.class);
		for (RightsRequestStatus status : RightsRequestStatus.values()) {
			counts.put(status, 0L);
		}
		entityManager.createQuery("select r.status, count(r) from RightsRequest r group by r.status", Object[].class)
			.getResultList()
			.forEach(row -> counts.put((RightsRequestStatus) row[0], (Long) row[1]));
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Double> medianDaysToAnswer() {
		List<Object[]> closed = entityManager
			.createQuery("select r.receivedAt, r.closedAt from RightsRequest r where r.closedAt is not null",
					Object[].class)
			.getResultList();
		List<Double> days = new ArrayList<>();
		for (Object[] row : closed) {
			days.add(Duration.between((Instant) row[0], (Instant) row[1]).toMinutes() / (60.0 * 24));
		}
		return median(days);
	}

	/** The median of the values: the middle one, or the mean of the two middle ones. */
	static Optional<Double> median(List<Double> values) {
		if (values.isEmpty()) {
			return Optional.empty();
		}
		List<Double> days = new ArrayList<>(values);
		days.sort(Double::compare);
		int middle = days.size() / 2;
		return Optional.of(days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RightsRequestView> find(RightsRequestId id) {
		return requests.findById(id.value()).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectCandidate> candidates(RightsRequestId id) {
		RightsRequest request = requests.findById(id.value()).orElseThrow();
		return matcher.candidates(request.requesterFirstName(), request.requesterLastName(), request.memberNumber())
			.stream()
			.map(person -> new SubjectCandidate(person.id().value(), person.name().fullName(), person.birthDate(),
					person.city()))
			.toList();
	}

	@Override
	public ReceivedRightsRequest register(RightsRequestSubmission submission, RightsChannel channel, UUID staff,
			@Nullable Scan scan) throws IOException {
		if (channel != RightsChannel.PAPER && channel != RightsChannel.EMAIL) {
			throw new IllegalArgumentException("Staff register letters and e-mails, not " + channel);
		}
		UUID content = null;
		if (scan != null) {
			content = contents.write(scan.content()).id().value();
		}
		return intake.intake(submission, channel, AuditActor.account(staff), staff, content);
	}

	@Override
	public void askIdentityDocument(RightsRequestId id, UUID staff) {
		RightsRequest request = locked(id);
		AuditActor actor = AuditActor.account(staff);
		Instant now = clock.instant();
		String token = JpaRightsRequests.newToken();
		Instant expires = now.plus(IDENTITY_UPLOAD_VALIDITY);
		steps.save(request.identityDocumentAsked(JpaRightsRequests.hash(token), expires, actor.ref(), now));
		mails.identityDocumentRequest(request, token, expires);
		journal.record(actor, request, "identity-document-asked");
	}

	@Override
	public Optional<Scan> openIdentityDocument(RightsRequestId id, UUID staff) {
		Optional<RightsRequest> found = requests.findById(id.value());
		if (found.isEmpty() || found.get().identityDocumentContent() == null) {
			return Optional.empty();
		}
		RightsRequest request = found.get();
		journal.record(AuditActor.account(staff), request, "identity-document-viewed");
		return Optional
			.of(new Scan(Objects.requireNonNullElse(request.identityDocumentType(), "application/octet-stream"),
					contents.open(new ContentId(Objects.requireNonNull(request.identityDocumentContent())))));
	}

	/**
	 * Shreds the identity document the requester sent, once checked or no longer needed,
	 * and journals its deletion; nothing when there is none.
	 */
	private void discardIdentityDocument(RightsRequest request, AuditActor actor) {
		UUID content = request.identityDocumentDiscarded();
		if (content != null) {
			contents.shred(new ContentId(content));
			steps.save(request.note("identity-document-deleted", actor.ref(), null, clock.instant()));
			journal.record(actor, request, "identity-document-deleted");
		}
	}

	@Override
	public void linkSubject(RightsRequestId id, DataSubjectRef subject, boolean documentChecked, @Nullable String note,
			UUID staff) {
		RightsRequest request = locked(id);
		AuditActor actor = AuditActor.account(staff);
		steps.save(request.linkedByStaff(RightsJournal.refOf(subject), documentChecked, actor.ref(),
				reasons(note, false), clock.instant()));
		journal.record(actor, request, documentChecked ? "identity-document-checked" : "subject-linked");
		intake.inProgress(request, subject);
		discardIdentityDocument(request, actor);
	}

	@Override
	public LocalDate extend(RightsRequestId id, String reasons, UUID staff) {
		RightsRequest request = locked(id);
		AuditActor actor = AuditActor.account(staff);
		String why = required(reasons);
		steps.save(request.extend(why, actor.ref(), clock.instant()));
		LocalDate due = request.effectiveDueDate();
		mails.extensionNotice(request, why, due);
		journal.record(actor, request, "extended");
		return due;
	}

	@Override
	public void refuse(RightsRequestId id, String reasons, UUID staff) {
		RightsRequest request = locked(id);
		AuditActor actor = AuditActor.account(staff);
		String why = required(reasons);
		steps.save(request.move(RightsRequestStatus.REFUSED, "refused", actor.ref(), why, clock.instant()));
		journal.record(actor, request, "refused");
		intake.closed(request);
		discardIdentityDocument(request, actor);
		fulfilments.refuse(order(request, null, staff), why);
	}

	@Override
	public void fulfil(RightsRequestId id, @Nullable String note, UUID staff) {
		fulfil(id, note, null, staff);
	}

	@Override
	public void fulfil(RightsRequestId id, @Nullable String note, @Nullable RestrictionGround ground, UUID staff) {
		RightsRequest request = locked(id);
		if (request.subjectRef() == null) {
			throw new RightsDeskException("rightsdesk.error.no-subject");
		}
		AuditActor actor = AuditActor.account(staff);
		String staffNote = reasons(note, false);
		if (RECTIFICATION.equals(request.rightId()) && staffNote == null) {
			// the letter says what was corrected: without it there is nothing to answer
			throw new RightsDeskException("rightsdesk.error.rectification.note");
		}
		steps.save(request.move(RightsRequestStatus.ANSWERED, "answered", actor.ref(), staffNote, clock.instant()));
		journal.record(actor, request, "answered");
		intake.closed(request);
		FulfilmentOrder order = order(request, staffNote, staff);
		if (ground != null && RESTRICTION.equals(request.rightId())) {
			order = new FulfilmentOrder(order.request(), order.reference(), order.rightId(), order.scope(),
					order.subject(), order.requesterName(), order.requesterEmail(), order.language(),
					order.receivedAt(), order.staffNote(), order.handler(), ground);
		}
		fulfilments.fulfil(order);
	}

	@Override
	public void liftRestriction(RightsRequestId id, @Nullable String note, UUID staff) {
		RightsRequest request = locked(id);
		if (request.status() != RightsRequestStatus.ANSWERED || !RESTRICTION.equals(request.rightId())
				|| request.subjectRef() == null) {
			throw new RightsDeskException("rightsdesk.error.lift.not-restriction");
		}
		if (lifted(request)) {
			throw new RightsDeskException("rightsdesk.error.lift.already");
		}
		AuditActor actor = AuditActor.account(staff);
		String staffNote = reasons(note, false);
		steps.save(request.note(RESTRICTION_LIFTED, actor.ref(), staffNote, clock.instant()));
		journal.record(actor, request, RESTRICTION_LIFTED);
		FulfilmentOrder order = order(request, staffNote, staff);
		fulfilments.fulfil(new FulfilmentOrder(liftAnswer(id), order.reference(), Fulfilments.LIFT_RESTRICTION,
				order.scope(), order.subject(), order.requesterName(), order.requesterEmail(), order.language(),
				order.receivedAt(), staffNote, staff));
	}

	@Override
	@Transactional(readOnly = true)
	public void writeLiftLetter(RightsRequestId id, OutputStream out) throws IOException {
		if (!restrictionLifted(id)) {
			throw new NoSuchElementException("restriction not lifted");
		}
		fulfilments.writeLetter(liftAnswer(id), out);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean restrictionLifted(RightsRequestId id) {
		return requests.findById(id.value()).map(this::lifted).orElse(false);
	}

	private boolean lifted(RightsRequest request) {
		return steps.history(request.id()).stream().anyMatch(step -> RESTRICTION_LIFTED.equals(step.kind()));
	}

	/**
	 * The id the answer of a lifting is kept under: one per request, derived from it (the
	 * restriction's own answer is kept under the request's id).
	 */
	static RightsRequestId liftAnswer(RightsRequestId id) {
		return new RightsRequestId(
				UUID.nameUUIDFromBytes(("restriction-lift:" + id.value()).getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	@Transactional(readOnly = true)
	public void writeLetter(RightsRequestId id, OutputStream out) throws IOException {
		RightsRequest request = requests.findById(id.value()).orElseThrow();
		if (request.status().open()) {
			throw new NoSuchElementException("not answered yet");
		}
		fulfilments.writeLetter(id, out);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<InputStream> openScan(RightsRequestId id) {
		return requests.findById(id.value())
			.flatMap(request -> Optional.ofNullable(request.scanContent()))
			.map(content -> contents.open(new ContentId(content)));
	}

	private RightsRequest locked(RightsRequestId id) {
		return requests.findForAcknowledgement(id.value()).orElseThrow();
	}

	private FulfilmentOrder order(RightsRequest request, @Nullable String note, UUID staff) {
		String subject = request.subjectRef();
		DataSubjectRef ref = subject != null ? RightsJournal.subjectOf(subject)
				: DataSubjectRef.email(request.requesterEmail());
		return new FulfilmentOrder(new RightsRequestId(request.id()), request.reference(), request.rightId(),
				request.scope(), ref, request.requesterFirstName() + " " + request.requesterLastName(),
				request.answerEmail(), Locale.forLanguageTag(request.replyLanguage()), request.receivedAt(), note,
				staff);
	}

	private static String required(String text) {
		String why = reasons(text, true);
		if (why == null) {
			throw new RightsDeskException("rightsdesk.error.reasons.required");
		}
		return why;
	}

	/** Staff text: trimmed, at most 4,000 characters; blank is null or refused. */
	private static @Nullable String reasons(@Nullable String text, boolean required) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.isEmpty()) {
			if (required) {
				throw new RightsDeskException("rightsdesk.error.reasons.required");
			}
			return null;
		}
		if (trimmed.length() > MAX_REASONS) {
			throw new RightsDeskException("rightsdesk.error.reasons.too-long");
		}
		return trimmed;
	}

	private RightsRequestLine line(RightsRequest request) {
		Instant now = clock.instant();
		return new RightsRequestLine(new RightsRequestId(request.id()), request.reference(), request.rightId(),
				request.status(), request.channel(), request.receivedAt(), request.effectiveDueDate(),
				request.daysLeft(now), request.overdue(now));
	}

	private RightsRequestView view(RightsRequest request) {
		return new RightsRequestView(line(request), request.scope(), request.message(),
				request.requesterFirstName() + " " + request.requesterLastName(), request.requesterEmail(),
				request.memberNumber(), request.replyLanguage(), request.identityState(), request.subjectRef(),
				request.onBehalf(), request.dueDate(), request.extendedDueDate() != null,
				request.extensionAllowed(clock.instant()), request.closedAt(), request.scanContent() != null,
				steps.history(request.id()).stream().map(RightsRequestStep::view).toList(),
				request.identityUploadOpen(clock.instant()), request.identityDocumentContent() != null);
	}

	private LocalDate today() {
		return clock.instant().atZone(FrenchDates.FRANCE).toLocalDate();
	}

}
