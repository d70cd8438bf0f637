package fr.integrance.requests.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.PersonalRow;
import fr.integrance.requests.RequestStatus;

/**
 * The requests module's rows of a subject. A {@link DataSubjectRef.Kind#PERSON} finds the
 * cases whose acceptance created that person ({@code request_case.person_id}); an
 * {@link DataSubjectRef.Kind#EMAIL} finds the cases sent from that address (a prospect
 * has no person record). Each case comes with its attachments, its messages and the
 * reasons given on its transitions, read within the case; an anonymised case has nothing
 * of its sender left. The export gives the sender's own data only: no staff account ids,
 * and of the payload not the dependants they declared ({@link SendersOwnPayload}).
 * <p>
 * Erasure, case by case, by the register's retention rules of the purposes
 * {@code website-subscription-requests} and {@code website-requests}
 * ({@code prospect-3y}, {@code member-contract-6y}):
 * <ul>
 * <li>a case whose acceptance opened a contract is kept under {@value #MEMBER_RULE} as
 * long as the contract (its retention date unknown while it runs, then its own once
 * terminated); after that, or once the contract itself has been erased, it is
 * anonymised;</li>
 * <li>a case still open is left (deferred) until staff close it: anonymising it would
 * leave staff a case without a sender to answer, and the register has no rule for
 * it;</li>
 * <li>any other case (rejected, a solicitation answered, a subscription accepted without
 * a contract) is anonymised at once. {@code prospect-3y} is the longest a prospect's case
 * may be kept (its end action is delete), not an obligation to keep it, and the register
 * declares no legal obligation or legal claim for these purposes, so nothing justifies
 * refusing the erasure.</li>
 * </ul>
 * Anonymising a case replaces the sender's name and e-mail, empties the payload (keeping
 * its shape and its neutral fields: plan, notice version, language), the messages' bodies
 * and the transitions' reasons, and deletes the attachments (rows, and their files once
 * the transaction commits); the case row keeps its id, type, purpose, status and dates.
 * Restriction goes through the case's {@link fr.integrance.privacy.PrivacyState}.
 */
@Component
@RequiredArgsConstructor
class RequestsPersonalData implements PersonalDataRows {

	/** The register's « member: life of the contract plus 6 years ». */
	static final String MEMBER_RULE = "member-contract-6y";

	/** What an anonymised case carries instead of its sender's name and e-mail. */
	static final String ANONYMOUS_NAME = "Anonymisé";

	static final String ANONYMOUS_EMAIL = "anonymise@anonymise.invalid";

	/**
	 * Payload fields that say nothing of the sender, kept so that the case still reads as
	 * what it was.
	 */
	static final Set<String> NEUTRAL_PAYLOAD_FIELDS = Set.of("planCode", "noticeVersion", "language",
			"marketingConsent");

	private final SubjectCases cases;

	private final CaseAttachments attachments;

	private final AttachmentStore files;

	private final IndividualContracts contracts;

	private final Clock clock;

	@Override
	public List<PersonalRow> rows(DataSubjectRef subject) {
		return rows(cases(subject), attachments::findByCaseIdOrderByUploadedAt, cases::messages);
	}

	/**
	 * The rows of several subjects: the cases of all the addresses in one query (with
	 * their transitions), their attachments in one and their messages in one; a person,
	 * or an address the database might lower otherwise than Java (not ASCII), one by one
	 * as {@link #rows(DataSubjectRef)}.
	 */
	@Override
	public Map<DataSubjectRef, List<PersonalRow>> rowsOfEach(List<DataSubjectRef> subjects) {
		Set<String> addresses = new LinkedHashSet<>();
		for (DataSubjectRef subject : subjects) {
			batchedAddress(subject).ifPresent(addresses::add);
		}
		Map<String, List<RequestCase>> byAddress = new HashMap<>();
		Map<UUID, List<CaseAttachment>> attachmentsByCase = new HashMap<>();
		Map<UUID, List<CaseMessage>> messagesByCase = new HashMap<>();
		if (!addresses.isEmpty()) {
			List<RequestCase> found = cases.findByEmails(addresses);
			found.forEach(requestCase -> byAddress
				.computeIfAbsent(requestCase.submitterEmail().strip().toLowerCase(Locale.ROOT), a -> new ArrayList<>())
				.add(requestCase));
			List<UUID> ids = found.stream().filter(c -> !c.isAnonymised()).map(RequestCase::id).toList();
			if (!ids.isEmpty()) {
				attachments.findByCaseIdInOrderByUploadedAt(ids)
					.forEach(attachment -> attachmentsByCase
						.computeIfAbsent(Objects.requireNonNull(attachment.caseId()), c -> new ArrayList<>())
						.add(attachment));
				cases.messagesOf(ids)
					.forEach(message -> messagesByCase.computeIfAbsent(message.caseId(), c -> new ArrayList<>())
						.add(message));
			}
		}
		Map<DataSubjectRef, List<PersonalRow>> rows = new LinkedHashMap<>();
		for (DataSubjectRef subject : subjects) {
			if (rows.containsKey(subject)) {
				continue;
			}
			Optional<String> address = batchedAddress(subject);
			rows.put(subject,
					address.isEmpty() ? rows(subject)
							: rows(byAddress.getOrDefault(address.get(), List.of()),
									id -> attachmentsByCase.getOrDefault(id, List.of()),
									id -> messagesByCase.getOrDefault(id, List.of())));
		}
		return rows;
	}

	/**
	 * The address of an {@link DataSubjectRef.Kind#EMAIL} subject as the batch looks it
	 * up (stripped, lower case), when it is ASCII: Java and the database then lower it
	 * alike.
	 */
	private static Optional<String> batchedAddress(DataSubjectRef subject) {
		if (subject.kind() != DataSubjectRef.Kind.EMAIL) {
			return Optional.empty();
		}
		String address = subject.id().strip();
		return address.chars().allMatch(c -> c < 128) ? Optional.of(address.toLowerCase(Locale.ROOT))
				: Optional.empty();
	}

	private List<PersonalRow> rows(List<RequestCase> subjectCases, Function<UUID, List<CaseAttachment>> attachmentsOf,
			Function<UUID, List<CaseMessage>> messagesOf) {
		List<PersonalRow> rows = new ArrayList<>();
		for (RequestCase requestCase : subjectCases) {
			if (requestCase.isAnonymised()) {
				continue;
			}
			Optional<Hold> hold = hold(requestCase);
			rows.add(hold.map(kept -> kept.row(requestCase))
				.orElseGet(() -> PersonalRow.anonymisable(requestCase, () -> anonymise(requestCase))));
			for (CaseAttachment attachment : attachmentsOf.apply(requestCase.id())) {
				rows.add(hold.map(kept -> kept.row(attachment))
					.orElseGet(() -> PersonalRow.erasable(attachment, () -> delete(attachment)))
					.within(requestCase));
			}
			for (CaseMessage message : messagesOf.apply(requestCase.id())) {
				rows.add(hold.map(kept -> kept.row(message))
					.orElseGet(() -> PersonalRow.anonymisable(message, () -> cases.emptyMessage(message.id())))
					.within(requestCase));
			}
			for (CaseTransition transition : requestCase.transitions()) {
				if (transition.toStep().reason() != null) {
					rows.add(hold.map(kept -> kept.row(transition))
						.orElseGet(() -> PersonalRow.anonymisable(transition, () -> cases.clearReason(transition.id())))
						.within(requestCase));
				}
			}
		}
		return rows;
	}

	/**
	 * Why a case must stay as it is for now: kept under {@link #MEMBER_RULE} until a day
	 * (null: not known yet), or, with no rule, left to staff (deferred).
	 */
	private record Hold(@Nullable String rule, @Nullable LocalDate until) {

		PersonalRow row(Object entity) {
			return rule == null ? PersonalRow.deferred(entity) : PersonalRow.kept(entity, rule, until);
		}

	}

	private Optional<Hold> hold(RequestCase requestCase) {
		if (!requestCase.status().isFinal()) {
			return Optional.of(new Hold(null, null));
		}
		if (requestCase.status() != RequestStatus.ACCEPTED || requestCase.contractId() == null) {
			return Optional.empty();
		}
		Optional<IndividualContract> contract = contracts.find(requestCase.contractId());
		if (contract.isEmpty()) {
			return Optional.empty();
		}
		IndividualContract found = contract.get();
		LocalDate until = found.retentionUntil();
		if (found.status() != ContractStatus.TERMINATED || until == null) {
			return Optional.of(new Hold(MEMBER_RULE, null));
		}
		if (!until.isBefore(FrenchDates.today(clock))) {
			return Optional.of(new Hold(MEMBER_RULE, until));
		}
		return Optional.empty();
	}

	private void anonymise(RequestCase requestCase) {
		cases.anonymise(requestCase.id(), ANONYMOUS_NAME, ANONYMOUS_EMAIL, anonymousPayload(requestCase.payloadJson()),
				clock.instant());
	}

	/**
	 * The payload with its shape and nothing of the sender: neutral fields kept, every
	 * nested object (subscriber, situation, contact) emptied, every list (dependants,
	 * files) emptied, every other value (the question and its subject) dropped; it still
	 * reads back as its type, so that the back office can still open the case.
	 */
	private static String anonymousPayload(String payload) {
		Map<String, Object> request = PayloadJson.tree(payload);
		Map<String, Object> anonymous = new LinkedHashMap<>();
		request.forEach((field, value) -> {
			if (NEUTRAL_PAYLOAD_FIELDS.contains(field)) {
				anonymous.put(field, value);
			}
			else if (value instanceof Map<?, ?>) {
				anonymous.put(field, Map.of());
			}
			else if (value instanceof List<?>) {
				anonymous.put(field, List.of());
			}
		});
		return PayloadJson.write(anonymous);
	}

	private List<RequestCase> cases(DataSubjectRef subject) {
		return switch (subject.kind()) {
			case PERSON -> subject.uuid(DataSubjectRef.Kind.PERSON).map(cases::findByPerson).orElse(List.of());
			case EMAIL -> cases.findByEmail(subject.id().strip());
			case ACCOUNT, VISITOR -> List.of();
		};
	}

	/**
	 * The row goes now, its content is shredded (the key now, the blob and any file of
	 * the former upload directory once the row's deletion is committed): a rollback
	 * leaves the file in place.
	 */
	private void delete(CaseAttachment attachment) {
		attachments.delete(attachment);
		files.deleteContent(attachment);
	}

}
