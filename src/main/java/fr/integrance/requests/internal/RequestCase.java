package fr.integrance.requests.internal;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import fr.integrance.contracts.ContractId;
import fr.integrance.people.PersonId;
import fr.integrance.platform.NotPersonalData;
import fr.integrance.platform.PersonalData;
import fr.integrance.privacy.PrivacyState;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.InvalidCaseTransitionException;
import fr.integrance.requests.ReasonRequiredException;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.RequestPayload;
import fr.integrance.requests.RequestStatus;
import fr.integrance.requests.RequestType;

/**
 * A request as a case: its type and the register purpose it is processed under, where it
 * came from, its status, and what the sender sent as a typed payload serialised to JSON,
 * read back once as the record its type names ({@link #payload()}). The sender's name and
 * e-mail are kept in their own columns so that the case can be answered and found for an
 * access or erasure request without parsing the payload.
 * <p>
 * The case guards its own workflow ({@link RequestStatus}): every move is checked against
 * the state machine, needs a reason where the state says so, and is kept as a
 * {@link CaseTransition} with who, when and why. A version column makes two concurrent
 * decisions fail instead of both applying.
 */
@Entity
@Table(name = "request_case")
class RequestCase {

	@Id
	@NotPersonalData
	private UUID id;

	@Column(name = "reference", nullable = false, length = 32, unique = true)
	@NotPersonalData(value = "a case number, meaningless without the case", context = true)
	private String reference;

	@Convert(converter = RequestTypeColumn.class)
	@Column(name = "request_type", nullable = false, length = 32)
	@NotPersonalData
	private RequestType type;

	@Column(name = "purpose_id", nullable = false, length = 100)
	@NotPersonalData(value = "a register purpose id", context = true)
	private String purposeId;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel", nullable = false, length = 32)
	@NotPersonalData
	private RequestChannel channel;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 32)
	@NotPersonalData(context = true)
	private RequestStatus status;

	@Column(name = "submitted_at", nullable = false)
	@NotPersonalData(context = true)
	private Instant submittedAt;

	@Column(name = "submitter_name", nullable = false, length = 210)
	@PersonalData(category = "identification")
	private String submitterName;

	@Column(name = "submitter_email", nullable = false, length = 254)
	@PersonalData(category = "identification")
	private String submitterEmail;

	@Column(name = "reply_language", nullable = false, length = 8)
	@NotPersonalData
	private String replyLanguage;

	/**
	 * JSON of the typed payload: identity, family situation, scheme, dependants or the
	 * question asked.
	 */
	@Column(name = "payload", nullable = false, length = 100_000)
	@PersonalData(category = "personal-life", format = SendersOwnPayload.class)
	private String payload;

	@Column(name = "assignee_id")
	@NotPersonalData("the staff account id of who took the case")
	private @Nullable UUID assigneeId;

	@Column(name = "decided_at")
	@NotPersonalData(context = true)
	private @Nullable Instant decidedAt;

	@Column(name = "person_id")
	@NotPersonalData("the person the case is about (people module id): its signed-in sender, or the person accepting it created")
	private @Nullable UUID personId;

	@Column(name = "contract_id")
	@NotPersonalData("the contract created by accepting the case (contracts module id)")
	private @Nullable UUID contractId;

	@Embedded
	private PrivacyState privacy = PrivacyState.NONE;

	@Version
	@Column(name = "version", nullable = false)
	@NotPersonalData
	private long version;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "case_id", nullable = false, updatable = false)
	@OrderBy("step")
	@NotPersonalData("the transitions carry their own annotations")
	private List<CaseTransition> transitions = new ArrayList<>();

	/**
	 * The payload as its record, read from {@link #payload} the first time it is asked.
	 */
	@Transient
	private @Nullable RequestPayload decoded;

	protected RequestCase() {
	}

	RequestCase(UUID id, String reference, RequestPayload payload, String purposeId, RequestChannel channel,
			Instant submittedAt) {
		this(id, reference, payload, purposeId, channel, submittedAt, null);
	}

	/**
	 * A case sent by a signed-in person from their extranet: it is theirs (and listed in
	 * their space) from the start.
	 */
	RequestCase(UUID id, String reference, RequestPayload payload, String purposeId, RequestChannel channel,
			Instant submittedAt, @Nullable PersonId sender) {
		this.personId = sender == null ? null : sender.value();
		this.id = id;
		this.reference = reference;
		this.type = payload.type();
		this.purposeId = purposeId;
		this.channel = channel;
		this.status = RequestStatus.SUBMITTED;
		this.submittedAt = submittedAt;
		this.submitterName = payload.submitterName();
		this.submitterEmail = Objects.requireNonNull(payload.submitterEmail(), "submitterEmail");
		this.replyLanguage = payload.language();
		this.payload = PayloadJson.write(payload);
		this.decoded = payload;
	}

	/**
	 * A staff member takes the case: it becomes theirs, and a submitted case goes into
	 * review. Taking a case in review or waiting for its sender from someone else is a
	 * change of hands, kept in the history with who and when; taking one's own case
	 * changes nothing.
	 */
	void take(@Nullable UUID actor, Instant now) {
		if (status.isFinal()) {
			throw new InvalidCaseTransitionException(status, RequestStatus.IN_REVIEW);
		}
		if (status == RequestStatus.SUBMITTED) {
			move(RequestStatus.IN_REVIEW, actor, now, null);
			assigneeId = actor;
		}
		else {
			holdBy(actor, now);
		}
	}

	/**
	 * Asks the sender for more (a document, a detail): the reason is what they are asked.
	 * Like every decision, made by someone else than the assignee it takes the case over
	 * first.
	 */
	void askSender(UUID actor, Instant now, String reason) {
		decide(RequestStatus.WAITING_FOR_SENDER, actor, now, reason);
	}

	/** Staff go on with a case waiting for its sender without waiting any longer. */
	void resume(UUID actor, Instant now, @Nullable String reason) {
		if (status != RequestStatus.WAITING_FOR_SENDER) {
			throw new InvalidCaseTransitionException(status, RequestStatus.IN_REVIEW);
		}
		decide(RequestStatus.IN_REVIEW, actor, now, reason);
	}

	/**
	 * The sender answered: a case waiting for them goes back into review; otherwise
	 * nothing moves.
	 */
	void senderAnswered(Instant now) {
		if (status == RequestStatus.WAITING_FOR_SENDER) {
			move(RequestStatus.IN_REVIEW, null, now, null);
		}
	}

	void accept(UUID actor, Instant now, @Nullable String reason) {
		decide(RequestStatus.ACCEPTED, actor, now, reason);
	}

	void reject(UUID actor, Instant now, @Nullable String reason) {
		decide(RequestStatus.REJECTED, actor, now, reason);
	}

	/**
	 * What accepting the case created in the domain; null for nothing (a case sent by a
	 * signed-in person stays theirs).
	 */
	void recordOutcome(@Nullable PersonId createdPerson, @Nullable ContractId createdContract) {
		if (status != RequestStatus.ACCEPTED) {
			throw new IllegalStateException("Only an accepted case records what it created");
		}
		if (createdPerson != null) {
			this.personId = createdPerson.value();
		}
		this.contractId = createdContract == null ? null : createdContract.value();
	}

	/**
	 * A staff decision: checked first (nothing changes when it is refused), then the case
	 * is taken over when someone else held it (a decision always has the decider as
	 * assignee, and the change of hands is kept), then it moves.
	 */
	private void decide(RequestStatus target, UUID actor, Instant now, @Nullable String reason) {
		String why = check(target, reason);
		holdBy(actor, now);
		record(target, actor, now, why);
	}

	private void move(RequestStatus target, @Nullable UUID actor, Instant now, @Nullable String reason) {
		record(target, actor, now, check(target, reason));
	}

	/**
	 * @return the reason, stripped, or null when there is none
	 */
	private @Nullable String check(RequestStatus target, @Nullable String reason) {
		if (!status.canMoveTo(target)) {
			throw new InvalidCaseTransitionException(status, target);
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why == null && target.requiresReason()) {
			throw new ReasonRequiredException(target);
		}
		return why;
	}

	private void record(RequestStatus target, @Nullable UUID actor, Instant now, @Nullable String why) {
		transitions.add(new CaseTransition(transitions.size() + 1, status, target, actor, now, why));
		status = target;
		if (target.isFinal()) {
			decidedAt = now;
		}
	}

	/** The actor holds the case from now on; a change of hands is kept in the history. */
	private void holdBy(@Nullable UUID actor, Instant now) {
		if (actor == null || actor.equals(assigneeId)) {
			return;
		}
		transitions.add(CaseTransition.reassignment(transitions.size() + 1, status, actor, assigneeId, now));
		assigneeId = actor;
	}

	UUID id() {
		return id;
	}

	CaseId caseId() {
		return new CaseId(id);
	}

	@Nullable UUID assigneeId() {
		return assigneeId;
	}

	@Nullable Instant decidedAt() {
		return decidedAt;
	}

	/**
	 * The person the case is about: its signed-in sender, or the person accepting it
	 * created; null otherwise.
	 */
	@Nullable PersonId personId() {
		return personId == null ? null : new PersonId(personId);
	}

	/** The contract accepting it opened, null otherwise. */
	@Nullable ContractId contractId() {
		return contractId == null ? null : new ContractId(contractId);
	}

	List<CaseTransition> transitions() {
		return Collections.unmodifiableList(transitions);
	}

	String reference() {
		return reference;
	}

	RequestType type() {
		return type;
	}

	String purposeId() {
		return purposeId;
	}

	RequestChannel channel() {
		return channel;
	}

	RequestStatus status() {
		return status;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	String submitterName() {
		return submitterName;
	}

	String submitterEmail() {
		return submitterEmail;
	}

	String replyLanguage() {
		return replyLanguage;
	}

	/** The payload as stored, JSON. */
	boolean isAnonymised() {
		return privacy.isAnonymised();
	}

	String payloadJson() {
		return payload;
	}

	/** The payload as the record its type names, read once. */
	RequestPayload payload() {
		RequestPayload read = decoded;
		if (read == null) {
			read = PayloadJson.read(type, payload);
			decoded = read;
		}
		return read;
	}

	@Override
	public String toString() {
		return "RequestCase[" + reference + ", " + type + ", " + status + "]";
	}

}
