package fr.integrance.rights.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditActor;
import fr.integrance.people.PersonId;
import fr.integrance.people.PersonSummary;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.rights.ConfirmationOutcome;
import fr.integrance.rights.ReceivedRightsRequest;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsRequestClosed;
import fr.integrance.rights.RightsRequestId;
import fr.integrance.rights.RightsRequestInProgress;
import fr.integrance.rights.RightsRequestReceived;
import fr.integrance.rights.RightsRequestStatus;
import fr.integrance.rights.RightsRequestSubmission;
import fr.integrance.rights.RightsRequests;
import fr.integrance.rights.VerifiedRightsRequest;

/**
 * {@link RightsRequests} on JPA: the request stored and {@link RightsRequestReceived}
 * published in one transaction, so that the acknowledgement ({@link Acknowledgements}) is
 * sent if and only if the request is kept; the identity check, its confirmation link and
 * each step (history and journal) in the same transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor
class JpaRightsRequests implements RightsRequests {

	/** How long a confirmation link works. */
	static final Duration LINK_VALIDITY = Duration.ofDays(7);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReceivedRequests requests;

	private final RightsRequestSteps steps;

	private final ConfirmationLinks links;

	private final IdentityMatcher matcher;

	private final RightsMails mails;

	private final RightsJournal journal;

	private final ProcessingRegister register;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Override
	public ReceivedRightsRequest receive(RightsRequestSubmission submission) {
		return intake(submission, RightsChannel.WEBSITE, AuditActor.anonymous(), null, null);
	}

	@Override
	public ReceivedRightsRequest receiveVerified(VerifiedRightsRequest verified) {
		RightsRequestSubmission submission = new RightsRequestSubmission(verified.rightId(), verified.scope(),
				verified.message(), verified.firstName(), verified.lastName(), verified.email(), null,
				verified.language());
		RightsRequest request = store(submission, verified.channel());
		AuditActor actor = AuditActor.account(verified.submittedBy());
		steps.save(request.receivedStep(actor.ref()));
		steps.save(request.verifiedBySession(RightsJournal.refOf(verified.subject()), verified.onBehalf(),
				verified.submittedBy(), actor.ref()));
		journal.record(actor, request, "received");
		inProgress(request, verified.subject());
		return published(request);
	}

	/**
	 * Stores a request from an anonymous door (the form, a letter or an e-mail registered
	 * by staff) and checks the identity: exactly one match with an address on file gets a
	 * confirmation link there; otherwise staff must check.
	 */
	ReceivedRightsRequest intake(RightsRequestSubmission submission, RightsChannel channel, AuditActor actor,
			@Nullable UUID staff, @Nullable UUID scan) {
		RightsRequest request = store(submission, channel);
		if (staff != null) {
			request.registeredBy(staff, scan);
		}
		steps.save(request.receivedStep(actor.ref()));
		journal.record(actor, request, "received");
		Instant now = clock.instant();
		Optional<PersonSummary> single = matcher
			.match(submission.firstName(), submission.lastName(), submission.birthDate(), submission.memberNumber())
			.single();
		Optional<String> address = single.flatMap(person -> matcher.addressOnFile(person.id()));
		String system = AuditActor.system("rights-identity").ref();
		if (single.isPresent() && address.isPresent()) {
			String token = newToken();
			Instant expires = now.plus(LINK_VALIDITY);
			links.save(new ConfirmationLink(hash(token), request.id(), single.get().id().value(), now, expires));
			steps.save(request.linkSent(system, now));
			mails.confirmationLink(request, address.get(), token, expires);
			journal.record(AuditActor.system("rights-identity"), request, "link-sent");
		}
		else {
			steps.save(request.unmatched(system, now));
			journal.record(AuditActor.system("rights-identity"), request, "identity-pending");
		}
		return published(request);
	}

	@Override
	public ConfirmationOutcome confirm(String token) {
		if (token.isBlank() || token.length() > 100) {
			return ConfirmationOutcome.UNKNOWN;
		}
		Optional<ConfirmationLink> found = links.findForUse(hash(token));
		if (found.isEmpty()) {
			return ConfirmationOutcome.UNKNOWN;
		}
		ConfirmationLink link = found.get();
		Instant now = clock.instant();
		if (link.used()) {
			return ConfirmationOutcome.ALREADY_USED;
		}
		if (link.expired(now)) {
			return ConfirmationOutcome.EXPIRED;
		}
		RightsRequest request = requests.findForAcknowledgement(link.requestId()).orElseThrow();
		Optional<String> address = matcher.addressOnFile(new PersonId(link.personId()));
		if (request.status() != RightsRequestStatus.RECEIVED || address.isEmpty()) {
			// Staff already took the request over, or the address on file is gone: the
			// link has no more use.
			link.use(now);
			return ConfirmationOutcome.ALREADY_USED;
		}
		link.use(now);
		steps.save(request.confirmedByLink(RightsJournal.refOf(DataSubjectRef.person(link.personId())), address.get(),
				now));
		journal.record(AuditActor.anonymous(), request, "identity-confirmed");
		inProgress(request, DataSubjectRef.person(link.personId()));
		return ConfirmationOutcome.CONFIRMED;
	}

	private RightsRequest store(RightsRequestSubmission submission, RightsChannel channel) {
		Register current = register.current();
		if (current.right(submission.rightId()).isEmpty()) {
			throw new IllegalArgumentException("Unknown right: " + submission.rightId());
		}
		if (!RightsRequestSubmission.ALL_PROCESSING.equals(submission.scope())
				&& current.purposes().stream().noneMatch(p -> p.id().equals(submission.scope()))) {
			throw new IllegalArgumentException("Unknown processing: " + submission.scope());
		}
		Instant receivedAt = clock.instant();
		LocalDate dueDate = dueDate(receivedAt);
		Long number = jdbc.queryForObject("SELECT nextval('rights_request_reference_seq')", Long.class);
		String reference = "DDR-%d-%06d".formatted(receivedAt.atZone(FrenchDates.FRANCE).getYear(), number);
		return requests.save(new RightsRequest(UUID.randomUUID(), reference, submission, channel, receivedAt, dueDate));
	}

	/**
	 * Tells the other modules that the request's subject is known and the request under
	 * way (the retention module holds the subject's clocks until it is closed).
	 */
	void inProgress(RightsRequest request, DataSubjectRef subject) {
		events.publishEvent(new RightsRequestInProgress(new RightsRequestId(request.id()), subject.journalRef()));
	}

	/** Tells the other modules that the request was answered or refused. */
	void closed(RightsRequest request) {
		events.publishEvent(new RightsRequestClosed(new RightsRequestId(request.id())));
	}

	private ReceivedRightsRequest published(RightsRequest request) {
		RightsRequestId id = new RightsRequestId(request.id());
		events.publishEvent(new RightsRequestReceived(id, request.reference()));
		return new ReceivedRightsRequest(id, request.reference(), request.dueDate());
	}

	/**
	 * One calendar month after the day of receipt in France; the end of a shorter month
	 * caps it.
	 */
	static LocalDate dueDate(Instant receivedAt) {
		return receivedAt.atZone(FrenchDates.FRANCE).toLocalDate().plusMonths(1);
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
