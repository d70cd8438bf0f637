package fr.integrance.requests.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.people.PersonId;
import fr.integrance.requests.AttachmentDownload;
import fr.integrance.requests.AttachmentId;
import fr.integrance.requests.PersonCases;
import fr.integrance.requests.RequestPayload;
import fr.integrance.requests.Solicitation;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.UnknownAttachmentException;
import fr.integrance.requests.UnknownCaseException;

/**
 * {@link PersonCases}: every read is on {@code request_case(person_id, …)} with the
 * person given by the caller (the signed-in account's, never a parameter), the last
 * messages from {@code request_message(case_id, written_at)}. An answer goes through
 * {@link CaseProcessing}, as every sender's answer does.
 */
@Component
@RequiredArgsConstructor
class JpaPersonCases implements PersonCases {

	private final PersonCaseQueries queries;

	private final CaseMessages messages;

	private final CaseAttachments attachmentRows;

	private final AttachmentStore attachments;

	private final CaseProcessing processing;

	private final RequestCases cases;

	private final CaseJournal journal;

	@Override
	@Transactional(readOnly = true)
	public List<OpenCase> openCasesOf(PersonId person) {
		return queries.openOf(person.value(), Limit.of(LIMIT));
	}

	@Override
	@Transactional(readOnly = true)
	public CasePage casesOf(PersonId person, int page) {
		Sort newestFirst = Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.asc("id"));
		Page<RequestCase> found = queries.findByPersonId(person.value(),
				PageRequest.of(Math.max(0, page), PAGE_SIZE, newestFirst));
		if (found.getContent().isEmpty() && found.getTotalElements() > 0) {
			found = queries.findByPersonId(person.value(),
					PageRequest.of(found.getTotalPages() - 1, PAGE_SIZE, newestFirst));
		}
		Map<UUID, CaseMessage> last = lastMessages(found.getContent().stream().map(RequestCase::id).toList());
		List<CaseLine> lines = found.getContent()
			.stream()
			.map(c -> new CaseLine(c.reference(), c.type(), c.status(), c.submittedAt(), subjectOf(c),
					last.containsKey(c.id()) ? excerpt(last.get(c.id())) : null))
			.toList();
		return new CasePage(lines, found.getNumber(), PAGE_SIZE, found.getTotalElements());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Conversation> conversation(PersonId person, String reference) {
		return queries.findByReferenceAndPersonId(reference, person.value()).map(this::conversationOf);
	}

	@Override
	@Transactional
	public void answer(PersonId person, UUID account, String reference, String body, List<AttachmentId> files) {
		RequestCase requestCase = queries.findByReferenceAndPersonId(reference, person.value())
			.orElseThrow(UnknownCaseException::new);
		processing.recordSenderReply(requestCase, body, files);
		// the case's changes first, so that the journal's lock is taken last
		cases.flush();
		journal.record(CaseJournal.SENDER_ANSWERED, account, requestCase);
	}

	@Override
	@Transactional(readOnly = true)
	public AttachmentDownload attachment(PersonId person, String reference, AttachmentId file) {
		RequestCase requestCase = queries.findByReferenceAndPersonId(reference, person.value())
			.orElseThrow(UnknownCaseException::new);
		CaseAttachment row = attachmentRows.findById(file.value())
			.filter(found -> requestCase.id().equals(found.caseId()))
			.orElseThrow(() -> new UnknownAttachmentException(requestCase.caseId(), file));
		return new AttachmentDownload(row.displayName(), row.mediaType(), row.sizeBytes(),
				attachments.openContent(row));
	}

	private Conversation conversationOf(RequestCase c) {
		Map<@Nullable UUID, List<StoredAttachment>> filesByMessage = new LinkedHashMap<>();
		for (CaseAttachment row : attachmentRows.findByCaseIdOrderByUploadedAt(c.id())) {
			filesByMessage.computeIfAbsent(row.messageId(), key -> new java.util.ArrayList<>()).add(row.stored());
		}
		List<ThreadMessage> thread = messages.findByCaseIdOrderByWrittenAt(c.id()).stream().map(message -> {
			var shown = message.toMessage();
			return new ThreadMessage(shown.direction(), shown.at(), shown.body(),
					filesByMessage.getOrDefault(message.id(), List.of()));
		}).toList();
		RequestPayload payload = c.isAnonymised() ? null : c.payload();
		Solicitation solicitation = payload instanceof Solicitation s ? s : null;
		return new Conversation(c.reference(), c.type(), c.status(), c.submittedAt(),
				solicitation == null ? null : solicitation.subject(),
				solicitation == null ? null : solicitation.message(), filesByMessage.getOrDefault(null, List.of()),
				thread);
	}

	/**
	 * The subject a sollicitation carries; null for another type or an anonymised case.
	 */
	private static @Nullable String subjectOf(RequestCase c) {
		if (c.isAnonymised()) {
			return null;
		}
		return c.payload() instanceof Solicitation solicitation ? solicitation.subject() : null;
	}

	private Map<UUID, CaseMessage> lastMessages(Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		return messages.findByCaseIdInOrderByWrittenAt(caseIds)
			.stream()
			.collect(Collectors.toMap(CaseMessage::caseId, message -> message, (earlier, later) -> later));
	}

	private static LastMessage excerpt(CaseMessage message) {
		var shown = message.toMessage();
		String body = shown.body().replaceAll("\\s+", " ").strip();
		String excerpt = body.length() <= EXCERPT ? body : body.substring(0, EXCERPT - 1).strip() + "…";
		return new LastMessage(shown.direction(), shown.at(), excerpt);
	}

}
