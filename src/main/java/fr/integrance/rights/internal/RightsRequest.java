package fr.integrance.rights.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.rights.IdentityState;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsDeskException;
import fr.integrance.rights.RightsRequestStatus;
import fr.integrance.rights.RightsRequestSubmission;

/**
 * A data-subject rights request: which right, on which processing, from whom, whose data
 * once the identity is established, and the date it must be answered by (one calendar
 * month after receipt, extendable once by two months before that month ends, GDPR Art.
 * 12(3)). It guards its own lifecycle ({@link RightsRequestStatus#canMoveTo}): each move
 * returns the {@link RightsRequestStep} that records who, when and why.
 */
@Entity
@Table(name = "rights_request")
class RightsRequest {

	@Id
	@NotPersonalData
	private UUID id;

	@Column(name = "reference", nullable = false, length = 32, unique = true)
	@NotPersonalData(value = "a request number, meaningless without the request", context = true)
	private String reference;

	@Column(name = "right_id", nullable = false, length = 64)
	@NotPersonalData(value = "a register right id", context = true)
	private String rightId;

	@Column(name = "scope", nullable = false, length = 100)
	@NotPersonalData(value = "a register purpose id or 'all'", context = true)
	private String scope;

	/** Free text from the requester: may say anything about them. */
	@Column(name = "message", length = 4000)
	@PersonalData(category = "personal-life")
	private @Nullable String message;

	@Column(name = "requester_first_name", nullable = false, length = 100)
	@PersonalData(category = "identification")
	private String requesterFirstName;

	@Column(name = "requester_last_name", nullable = false, length = 100)
	@PersonalData(category = "identification")
	private String requesterLastName;

	@Column(name = "requester_email", nullable = false, length = 254)
	@PersonalData(category = "identification")
	private String requesterEmail;

	@Column(name = "member_number", length = 32)
	@PersonalData(category = "identification")
	private @Nullable String memberNumber;

	@Column(name = "channel", nullable = false, length = 32)
	@NotPersonalData
	private String channel;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 32)
	@NotPersonalData(context = true)
	private RightsRequestStatus status;

	@Column(name = "received_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant receivedAt;

	@Column(name = "due_date", nullable = false)
	@NotPersonalData(context = true)
	private LocalDate dueDate;

	@Column(name = "reply_language", nullable = false, length = 8)
	@NotPersonalData
	private String replyLanguage;

	/** Whose data, once known: {@code PERSON:…} or {@code EMAIL:…}. */
	@Column(name = "subject_ref", length = 100)
	@PersonalData(category = "identification")
	private @Nullable String subjectRef;

	@Enumerated(EnumType.STRING)
	@Column(name = "identity_state", nullable = false, length = 32)
	@NotPersonalData(context = true)
	private IdentityState identityState = IdentityState.NOT_CHECKED;

	/** Made by someone acting for the subject (a guardian for a protected adult). */
	@Column(name = "on_behalf", nullable = false)
	@NotPersonalData(context = true)
	private boolean onBehalf;

	/** The signed-in account that sent it, or the staff who registered it; else null. */
	@Column(name = "submitted_by")
	@NotPersonalData("technical id of an account")
	private @Nullable UUID submittedBy;

	@Column(name = "extended_due_date")
	@NotPersonalData(context = true)
	private @Nullable LocalDate extendedDueDate;

	/** When it was answered or refused. */
	@Column(name = "closed_at")
	@NotPersonalData(context = true)
	private @Nullable Instant closedAt;

	/** The due date for which the D-7 reminder went to the handler. */
	@Column(name = "reminded_7_for")
	@NotPersonalData
	private @Nullable LocalDate reminded7For;

	/** The due date for which the D-2 reminder went to the handler. */
	@Column(name = "reminded_2_for")
	@NotPersonalData
	private @Nullable LocalDate reminded2For;

	/** The due date for which the overdue alert went to the handler. */
	@Column(name = "overdue_flagged_for")
	@NotPersonalData
	private @Nullable LocalDate overdueFlaggedFor;

	/** The scan of a letter in the document store. */
	@Column(name = "scan_content")
	@NotPersonalData("technical id of a stored content")
	private @Nullable UUID scanContent;

	/**
	 * The address on file the requester confirmed through the link: the answer goes
	 * there, not to the address typed in the form.
	 */
	@Column(name = "answer_email", length = 254)
	@PersonalData(category = "identification")
	private @Nullable String answerEmail;

	/**
	 * The SHA-256 of the single-use link through which the requester sends an identity
	 * document, while it is awaited; null otherwise.
	 */
	@Column(name = "identity_upload_hash", length = 64)
	@NotPersonalData("hash of a single-use token")
	private @Nullable String identityUploadHash;

	@Column(name = "identity_upload_expires")
	@NotPersonalData
	private @Nullable Instant identityUploadExpires;

	/**
	 * The identity document sent by the requester, in the document store, until staff
	 * checked it (then shredded).
	 */
	@Column(name = "identity_document_content")
	@NotPersonalData("technical id of a stored content")
	private @Nullable UUID identityDocumentContent;

	@Column(name = "identity_document_type", length = 100)
	@NotPersonalData("media type of a stored content")
	private @Nullable String identityDocumentType;

	/** How many steps its history holds: the next step's position. */
	@Column(name = "step_count", nullable = false)
	@NotPersonalData
	private int stepCount;

	/** The outbox mail that acknowledged the request; null until it is enqueued. */
	@Column(name = "acknowledgement_mail_id")
	@NotPersonalData("technical id of an outbox mail")
	private @Nullable UUID acknowledgementMail;

	protected RightsRequest() {
	}

	RightsRequest(UUID id, String reference, RightsRequestSubmission submission, RightsChannel channel,
			Instant receivedAt, LocalDate dueDate) {
		this.id = id;
		this.reference = reference;
		this.rightId = submission.rightId();
		this.scope = submission.scope();
		this.message = submission.message();
		this.requesterFirstName = submission.firstName();
		this.requesterLastName = submission.lastName();
		this.requesterEmail = submission.email();
		this.memberNumber = submission.memberNumber();
		this.channel = channel.name();
		this.status = RightsRequestStatus.RECEIVED;
		this.receivedAt = receivedAt;
		this.dueDate = dueDate;
		this.replyLanguage = submission.language() == null ? "fr" : submission.language();
	}

	/** The first step of its history. */
	RightsRequestStep receivedStep(String actor) {
		return new RightsRequestStep(id, stepCount++, receivedAt, "received", actor, null, status, null);
	}

	/**
	 * Moves to {@code next} if the lifecycle allows it.
	 * @throws RightsDeskException {@code rightsdesk.error.transition} otherwise
	 */
	RightsRequestStep move(RightsRequestStatus next, String kind, String actor, @Nullable String reason, Instant at) {
		if (!status.canMoveTo(next)) {
			throw new RightsDeskException("rightsdesk.error.transition");
		}
		RightsRequestStatus from = status;
		status = next;
		if (!next.open()) {
			closedAt = at;
		}
		return new RightsRequestStep(id, stepCount++, at, kind, actor, from, next, reason);
	}

	/** A step that leaves the status as it is (a link sent, a reminder…). */
	RightsRequestStep note(String kind, String actor, @Nullable String reason, Instant at) {
		return new RightsRequestStep(id, stepCount++, at, kind, actor, status, status, reason);
	}

	/** Verified by a signed-in session: in progress at once. */
	RightsRequestStep verifiedBySession(String subject, boolean behalf, UUID account, String actor) {
		this.onBehalf = behalf;
		this.submittedBy = account;
		this.identityState = IdentityState.VERIFIED_SESSION;
		this.subjectRef = subject;
		return move(RightsRequestStatus.IN_PROGRESS, "identity-verified-session", actor, null, receivedAt);
	}

	/** Registered by staff (a letter, an e-mail). */
	void registeredBy(UUID staff, @Nullable UUID scan) {
		this.submittedBy = staff;
		this.scanContent = scan;
	}

	/**
	 * Staff asked the requester for an identity document: the link's hash and expiry are
	 * kept until the document arrives. Only while the subject is not known.
	 */
	RightsRequestStep identityDocumentAsked(String tokenHash, Instant expires, String actor, Instant at) {
		if (subjectRef != null || !status.open()) {
			throw new RightsDeskException("rightsdesk.error.document.not-needed");
		}
		identityUploadHash = tokenHash;
		identityUploadExpires = expires;
		return note("identity-document-asked", actor, null, at);
	}

	/** Whether the upload link is still valid at that instant. */
	boolean identityUploadOpen(Instant at) {
		return identityUploadHash != null && identityUploadExpires != null && at.isBefore(identityUploadExpires)
				&& subjectRef == null && status.open();
	}

	/**
	 * The requester sent the document (the link is used up); returns the content it
	 * replaces, if any, to be shredded.
	 */
	@Nullable UUID identityDocumentReceived(UUID content, String mediaType) {
		UUID previous = identityDocumentContent;
		identityDocumentContent = content;
		identityDocumentType = mediaType;
		identityUploadHash = null;
		identityUploadExpires = null;
		return previous;
	}

	/** The document was checked (or is no longer needed): it is forgotten. */
	@Nullable UUID identityDocumentDiscarded() {
		UUID content = identityDocumentContent;
		identityDocumentContent = null;
		identityDocumentType = null;
		identityUploadHash = null;
		identityUploadExpires = null;
		return content;
	}

	@Nullable UUID identityDocumentContent() {
		return identityDocumentContent;
	}

	@Nullable String identityDocumentType() {
		return identityDocumentType;
	}

	boolean identityDocumentAwaited() {
		return identityUploadHash != null;
	}

	/** Exactly one person matched: a link went to their address on file. */
	RightsRequestStep linkSent(String actor, Instant at) {
		identityState = IdentityState.LINK_SENT;
		return note("link-sent", actor, null, at);
	}

	/** Nobody, or several people, matched: staff must check. */
	RightsRequestStep unmatched(String actor, Instant at) {
		identityState = IdentityState.UNMATCHED;
		return move(RightsRequestStatus.IDENTITY_PENDING, "identity-pending", actor, null, at);
	}

	/** The requester followed the link: the answer goes to the address on file. */
	RightsRequestStep confirmedByLink(String subject, String addressOnFile, Instant at) {
		RightsRequestStep step = move(RightsRequestStatus.IN_PROGRESS, "identity-confirmed", "ANONYMOUS", null, at);
		identityState = IdentityState.LINK_CONFIRMED;
		subjectRef = subject;
		answerEmail = addressOnFile;
		return step;
	}

	/** Staff linked the subject, after checking a document or from what they knew. */
	RightsRequestStep linkedByStaff(String subject, boolean documentChecked, String actor, @Nullable String note,
			Instant at) {
		RightsRequestStep step = move(RightsRequestStatus.IN_PROGRESS, "subject-linked", actor, note, at);
		identityState = documentChecked ? IdentityState.DOCUMENT_CHECKED : IdentityState.LINKED_BY_STAFF;
		subjectRef = subject;
		return step;
	}

	/**
	 * Extends the deadline to three months after receipt: only in progress, once, and
	 * before the first month ends; the reasons are required.
	 */
	RightsRequestStep extend(String reasons, String actor, Instant at) {
		if (extendedDueDate != null) {
			throw new RightsDeskException("rightsdesk.error.extend.already");
		}
		if (status != RightsRequestStatus.IN_PROGRESS) {
			throw new RightsDeskException("rightsdesk.error.extend.status");
		}
		if (today(at).isAfter(dueDate)) {
			throw new RightsDeskException("rightsdesk.error.extend.late");
		}
		if (reasons.isBlank()) {
			throw new RightsDeskException("rightsdesk.error.reasons.required");
		}
		RightsRequestStep step = move(RightsRequestStatus.EXTENDED, "extended", actor, reasons, at);
		extendedDueDate = receivedAt.atZone(FrenchDates.FRANCE).toLocalDate().plusMonths(3);
		return step;
	}

	/** Whether an extension is still allowed on that day. */
	boolean extensionAllowed(Instant at) {
		return extendedDueDate == null && status == RightsRequestStatus.IN_PROGRESS && !today(at).isAfter(dueDate);
	}

	/** The date it must be answered by, extended or not. */
	LocalDate effectiveDueDate() {
		return extendedDueDate != null ? extendedDueDate : dueDate;
	}

	/** Days from that instant's day in France to the due date; negative when overdue. */
	long daysLeft(Instant at) {
		return java.time.temporal.ChronoUnit.DAYS.between(today(at), effectiveDueDate());
	}

	boolean overdue(Instant at) {
		return status.open() && daysLeft(at) < 0;
	}

	private static LocalDate today(Instant at) {
		return at.atZone(FrenchDates.FRANCE).toLocalDate();
	}

	/**
	 * Which reminder is due on that day and not yet sent for the current due date:
	 * {@code overdue}, {@code d2}, {@code d7}, or null; marks it sent (a later D-7 is not
	 * sent after a D-2).
	 */
	@Nullable String reminderDue(Instant at) {
		if (!status.open()) {
			return null;
		}
		LocalDate due = effectiveDueDate();
		long left = daysLeft(at);
		if (left < 0) {
			if (due.equals(overdueFlaggedFor)) {
				return null;
			}
			overdueFlaggedFor = due;
			reminded2For = due;
			reminded7For = due;
			return "overdue";
		}
		if (left <= 2) {
			if (due.equals(reminded2For)) {
				return null;
			}
			reminded2For = due;
			reminded7For = due;
			return "d2";
		}
		if (left <= 7) {
			if (due.equals(reminded7For)) {
				return null;
			}
			reminded7For = due;
			return "d7";
		}
		return null;
	}

	UUID id() {
		return id;
	}

	RightsRequestStatus status() {
		return status;
	}

	RightsChannel channel() {
		return RightsChannel.valueOf(channel);
	}

	String scope() {
		return scope;
	}

	@Nullable String message() {
		return message;
	}

	String requesterFirstName() {
		return requesterFirstName;
	}

	String requesterLastName() {
		return requesterLastName;
	}

	@Nullable String memberNumber() {
		return memberNumber;
	}

	Instant receivedAt() {
		return receivedAt;
	}

	IdentityState identityState() {
		return identityState;
	}

	@Nullable String subjectRef() {
		return subjectRef;
	}

	boolean onBehalf() {
		return onBehalf;
	}

	@Nullable LocalDate extendedDueDate() {
		return extendedDueDate;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	@Nullable UUID scanContent() {
		return scanContent;
	}

	/**
	 * Where the answer goes: the address on file when confirmed by link, else the one
	 * given.
	 */
	String answerEmail() {
		return answerEmail != null ? answerEmail : requesterEmail;
	}

	String reference() {
		return reference;
	}

	String rightId() {
		return rightId;
	}

	String requesterEmail() {
		return requesterEmail;
	}

	LocalDate dueDate() {
		return dueDate;
	}

	String replyLanguage() {
		return replyLanguage;
	}

	@Nullable UUID acknowledgementMail() {
		return acknowledgementMail;
	}

	void acknowledged(UUID mail) {
		acknowledgementMail = mail;
	}

	@Override
	public String toString() {
		return "RightsRequest[" + reference + ", " + rightId + ", " + status + ", due " + dueDate + "]";
	}

}
