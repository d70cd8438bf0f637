package fr.integrance.requests.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;
import fr.integrance.requests.RequestStatus;

/**
 * The requests module's part of access, erasure and restriction. A
 * {@link DataSubjectRef.Kind#PERSON} finds the cases whose acceptance created that person
 * ({@code request_case.person_id}); an {@link DataSubjectRef.Kind#EMAIL} finds the cases
 * sent from that address (a prospect has no person record). The export gives the sender's
 * own data only: no staff account ids.
 * <p>
 * Erasure, case by case, by the register's retention rules of the purposes
 * {@code website-subscription-requests} and {@code website-requests}
 * ({@code prospect-3y}, {@code member-contract-6y}):
 * <ul>
 * <li>a case whose acceptance opened a contract is kept as long as the contract: «
 * contrat en cours » while it runs, « obligation légale : contrat + 6 ans » until its
 * retention date once terminated; after that, or once the contract itself has been
 * erased, it is anonymised;</li>
 * <li>a case still open is kept (« demande en cours d’instruction ») until staff close
 * it: anonymising it would leave staff a case without a sender to answer;</li>
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
 */
@Component
@Transactional
class RequestsPersonalData implements PersonalDataProvider {

	static final String MODULE = "requests";

	static final String RUNNING = "contrat en cours";

	static final String LEGAL_RETENTION = "obligation légale : contrat + 6 ans";

	static final String OPEN = "demande en cours d’instruction : à clore avant l’effacement";

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

	private final CaseRestrictions restrictions;

	private final AttachmentStore files;

	private final IndividualContracts contracts;

	private final Clock clock;

	RequestsPersonalData(SubjectCases cases, CaseAttachments attachments, CaseRestrictions restrictions,
			AttachmentStore files, IndividualContracts contracts, Clock clock) {
		this.cases = cases;
		this.attachments = attachments;
		this.restrictions = restrictions;
		this.files = files;
		this.contracts = contracts;
		this.clock = clock;
	}

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ExportSection> export(DataSubjectRef subject) {
		List<Map<String, Object>> identification = new ArrayList<>();
		List<Map<String, Object>> personalLife = new ArrayList<>();
		List<Map<String, Object>> documents = new ArrayList<>();
		for (RequestCase requestCase : cases(subject)) {
			if (isAnonymised(requestCase)) {
				continue;
			}
			Map<String, Object> sender = new LinkedHashMap<>();
			sender.put("reference", requestCase.reference());
			sender.put("type", requestCase.type().name());
			sender.put("purpose", requestCase.purposeId());
			sender.put("status", requestCase.status().name());
			sender.put("submittedAt", requestCase.submittedAt());
			sender.put("decidedAt", requestCase.decidedAt());
			sender.put("name", requestCase.submitterName());
			sender.put("email", requestCase.submitterEmail());
			identification.add(sender);
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("reference", requestCase.reference());
			payload.put("request", ownPart(requestCase.payloadJson()));
			personalLife.add(payload);
			for (CaseTransition transition : requestCase.transitions()) {
				if (transition.reason() != null) {
					Map<String, Object> record = new LinkedHashMap<>();
					record.put("reference", requestCase.reference());
					record.put("kind", "decision");
					record.put("at", transition.occurredAt());
					record.put("status", transition.to().name());
					record.put("text", transition.reason());
					documents.add(record);
				}
			}
			for (CaseMessage message : cases.messages(requestCase.id())) {
				Map<String, Object> record = new LinkedHashMap<>();
				record.put("reference", requestCase.reference());
				record.put("kind", "message");
				record.put("at", message.writtenAt());
				record.put("direction", message.direction().name());
				record.put("text", message.body());
				documents.add(record);
			}
			for (CaseAttachment attachment : attachments.findByCaseIdOrderByUploadedAt(requestCase.id())) {
				Map<String, Object> record = new LinkedHashMap<>();
				record.put("reference", requestCase.reference());
				record.put("kind", "attachment");
				record.put("at", attachment.uploadedAt());
				record.put("name", attachment.displayName());
				record.put("mediaType", attachment.mediaType());
				record.put("sizeBytes", attachment.sizeBytes());
				record.put("sha256", attachment.sha256());
				documents.add(record);
			}
		}
		List<ExportSection> sections = new ArrayList<>();
		if (!identification.isEmpty()) {
			sections.add(new ExportSection(MODULE, "identification", identification));
			sections.add(new ExportSection(MODULE, "personal-life", personalLife));
		}
		if (!documents.isEmpty()) {
			sections.add(new ExportSection(MODULE, "documents", documents));
		}
		return sections;
	}

	/**
	 * What the sender sent, less the dependants they declared: those are other people
	 * (the export says how many there were). The dependants' own access goes through the
	 * people module.
	 */
	private Map<String, Object> ownPart(String payload) {
		Map<String, Object> request = PayloadJson.tree(payload);
		Object dependants = request.remove("dependants");
		if (dependants instanceof List<?> declared) {
			request.put("dependantsDeclared", declared.size());
		}
		return request;
	}

	/**
	 * The payload with its shape and nothing of the sender: neutral fields kept, every
	 * nested object (subscriber, situation, contact) emptied, every list (dependants,
	 * files) emptied, every other value (the question and its subject) dropped; it still
	 * reads back as its type, so that the back office can still open the case.
	 */
	private String anonymousPayload(String payload) {
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

	/**
	 * Why a case must be kept for now, and until when (null: open-ended); empty when it
	 * may go.
	 */
	private record Hold(String reason, LocalDate until) {
	}

	private Optional<Hold> hold(RequestCase requestCase) {
		if (!requestCase.status().isFinal()) {
			return Optional.of(new Hold(OPEN, null));
		}
		if (requestCase.status() != RequestStatus.ACCEPTED || requestCase.contractId() == null) {
			return Optional.empty();
		}
		Optional<IndividualContract> contract = contracts.find(requestCase.contractId());
		if (contract.isEmpty()) {
			return Optional.empty();
		}
		IndividualContract found = contract.get();
		if (found.status() != ContractStatus.TERMINATED || found.retentionUntil() == null) {
			return Optional.of(new Hold(RUNNING, null));
		}
		if (!found.retentionUntil().isBefore(LocalDate.now(clock))) {
			return Optional.of(new Hold(LEGAL_RETENTION, found.retentionUntil()));
		}
		return Optional.empty();
	}

	@Override
	public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
		List<ErasureOutcome> outcomes = new ArrayList<>();
		for (RequestCase requestCase : cases(subject)) {
			UUID id = requestCase.id();
			Optional<Hold> hold = hold(requestCase);
			if (hold.isPresent()) {
				outcomes
					.add(ErasureOutcome.kept(MODULE, "request_case#" + id, hold.get().reason(), hold.get().until()));
				continue;
			}
			for (CaseAttachment attachment : attachments.findByCaseIdOrderByUploadedAt(id)) {
				attachments.delete(attachment);
				deleteFileAfterCommit(files.pathOf(attachment.id()));
				outcomes.add(ErasureOutcome.erased(MODULE, "request_attachment#" + attachment.id()));
			}
			restrictions.findById(id).ifPresent(restrictions::delete);
			cases.emptyMessages(id);
			cases.clearReasons(id);
			cases.anonymise(id, ANONYMOUS_NAME, ANONYMOUS_EMAIL, anonymousPayload(requestCase.payloadJson()));
			outcomes.add(ErasureOutcome.anonymised(MODULE, "request_case#" + id));
		}
		return outcomes;
	}

	@Override
	public RestrictionOutcome restrict(DataSubjectRef subject, RestrictionGround ground) {
		int changed = 0;
		for (RequestCase requestCase : cases(subject)) {
			if (!isAnonymised(requestCase) && !restrictions.existsById(requestCase.id())) {
				restrictions.save(new CaseRestriction(requestCase.id(), ground.name(), clock.instant()));
				changed++;
			}
		}
		return new RestrictionOutcome(MODULE, changed);
	}

	@Override
	public RestrictionOutcome liftRestriction(DataSubjectRef subject) {
		int changed = 0;
		for (RequestCase requestCase : cases(subject)) {
			Optional<CaseRestriction> restriction = restrictions.findById(requestCase.id());
			if (restriction.isPresent()) {
				restrictions.delete(restriction.get());
				changed++;
			}
		}
		return new RestrictionOutcome(MODULE, changed);
	}

	private List<RequestCase> cases(DataSubjectRef subject) {
		return switch (subject.kind()) {
			case PERSON -> uuid(subject.id()).map(cases::findByPerson).orElse(List.of());
			case EMAIL -> ANONYMOUS_EMAIL.equalsIgnoreCase(subject.id().strip()) ? List.of()
					: cases.findByEmail(subject.id().strip());
			case ACCOUNT, VISITOR -> List.of();
		};
	}

	private static boolean isAnonymised(RequestCase requestCase) {
		return ANONYMOUS_EMAIL.equals(requestCase.submitterEmail());
	}

	private static Optional<UUID> uuid(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The file goes once the row's deletion is committed: a rollback leaves both in
	 * place.
	 */
	private static void deleteFileAfterCommit(Path file) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deleteFile(file);
				}
			});
		}
		else {
			deleteFile(file);
		}
	}

	private static void deleteFile(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete an attachment of an anonymised case", ex);
		}
	}

}
