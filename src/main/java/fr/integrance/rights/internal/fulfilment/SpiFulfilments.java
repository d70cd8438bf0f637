package fr.integrance.rights.internal.fulfilment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentMethod;
import fr.integrance.consent.ConsentPurposes;
import fr.integrance.consent.ConsentRecord;
import fr.integrance.consent.ConsentState;
import fr.integrance.consent.RequestOrigin;
import fr.integrance.notification.MailOutbox;
import fr.integrance.notification.MailText;
import fr.integrance.notification.OutgoingMail;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.FieldContext;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.DisclosureHistory;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;
import fr.integrance.privacy.SubjectFile;
import fr.integrance.privacy.SubjectFiles;
import fr.integrance.rights.RightsRequestId;

/**
 * The fulfilment of rights requests through the privacy SPI, one right at a time and
 * nothing written by hand per module: every module's provider exports, erases or
 * restricts, every {@link SubjectFiles} bean gives the files; the consent module records
 * a withdrawal. Then the answer: the letter's content stored (encrypted) to render it
 * again, an e-mail notice through the outbox (the reference and what was done, never the
 * data), and for an archive a second e-mail with its one-time code. Every step is in the
 * audit journal, by ids only.
 */
@Service
class SpiFulfilments implements Fulfilments {

	static final String SYSTEM_ACTOR = "rights-fulfilment";

	static final String DOWNLOAD_PATH = "/mes-droits/copie/";

	private static final String KEY = "rightsanswers.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ObjectProvider<DisclosureHistory> disclosures;

	private final PersonalDataProviders providers;

	private final List<SubjectFiles> subjectFiles;

	private final ConsentManagement consents;

	private final ProcessingRegister register;

	private final RegisterInformation information;

	private final ArchiveWriter writer;

	private final Archives archives;

	private final AnswerRepository answers;

	private final LetterPdf letters;

	private final MailOutbox outbox;

	private final AuditJournal journal;

	private final FieldEncryption encryption;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	SpiFulfilments(PersonalDataProviders providers, List<SubjectFiles> subjectFiles, ConsentManagement consents,
			ProcessingRegister register, RegisterInformation information, ArchiveWriter writer, Archives archives,
			AnswerRepository answers, LetterPdf letters, MailOutbox outbox, AuditJournal journal,
			FieldEncryption encryption, MessageSource messages, Clock clock,
			@Value("${app.rights.base-url:${app.identity.base-url:http://localhost:8080}}") String baseUrl,
			ObjectProvider<DisclosureHistory> disclosures) {
		this.disclosures = disclosures;
		this.providers = providers;
		this.subjectFiles = List.copyOf(subjectFiles);
		this.consents = consents;
		this.register = register;
		this.information = information;
		this.writer = writer;
		this.archives = archives;
		this.answers = answers;
		this.letters = letters;
		this.outbox = outbox;
		this.journal = journal;
		this.encryption = encryption;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** What a right produced, before the answer. */
	private record Done(List<Letter.Line> lines, List<Letter.Row> rows, @Nullable String reasons, boolean refused,
			int sections, int files, List<ErasureOutcome> erasure, List<RestrictionOutcome> restriction,
			Archives.@Nullable Delivered archive, String summary) {

		static Done of(List<Letter.Line> lines, String summary) {
			return new Done(lines, List.of(), null, false, 0, 0, List.of(), List.of(), null, summary);
		}

	}

	@Override
	@Transactional
	public FulfilmentReport fulfil(FulfilmentOrder order) {
		if (answers.existsById(order.request().value())) {
			throw new IllegalStateException("The request " + order.reference() + " is already answered");
		}
		Done done = switch (order.rightId()) {
			case "access" -> archive(order, false);
			case "portability" -> archive(order, true);
			case "erasure" -> erasure(order);
			case "restriction" -> restriction(order);
			case LIFT_RESTRICTION -> lifting(order);
			case "objection" -> objection(order);
			case "withdraw-consent" -> withdrawal(order);
			case "rectification" -> rectification(order);
			default -> throw new IllegalArgumentException("Unknown right: " + order.rightId());
		};
		return answer(order, done);
	}

	@Override
	@Transactional
	public FulfilmentReport refuse(FulfilmentOrder order, String reasons) {
		if (reasons.isBlank()) {
			throw new IllegalArgumentException("A refusal states its reasons");
		}
		if (answers.existsById(order.request().value())) {
			throw new IllegalStateException("The request " + order.reference() + " is already answered");
		}
		record(order, JournalActions.REFUSED);
		return answer(order, new Done(List.of(Letter.Line.of(KEY + "done.refused")), List.of(), reasons.strip(), true,
				0, 0, List.of(), List.of(), null, KEY + "summary.refused"));
	}

	@Override
	@Transactional(readOnly = true)
	public void writeLetter(RightsRequestId request, OutputStream out) throws IOException {
		AnswerEntity answer = answers.findById(request.value())
			.orElseThrow(() -> new NoSuchElementException("The request has no answer yet"));
		Letter letter = JSON.readValue(encryption.decrypt(answer.letter(), context(answer.requestId())), Letter.class);
		letters.write(letter, Locale.forLanguageTag(languageOf(answer)), out);
	}

	private String languageOf(AnswerEntity answer) {
		return answer.language();
	}

	// ---- the rights

	private Done archive(FulfilmentOrder order, boolean portability) {
		DataSubjectRef subject = order.subject();
		List<ExportSection> sections = providers.export(subject);
		List<SubjectFile> files = new ArrayList<>();
		for (SubjectFiles module : subjectFiles) {
			module.files(subject).stream().filter(file -> file.module().equals(module.module())).forEach(files::add);
		}
		if (portability) {
			Set<String> portable = information.portableCategories();
			sections = sections.stream().filter(s -> portable.contains(s.category())).toList();
			files = files.stream().filter(f -> portable.contains(f.category())).toList();
		}
		ArchiveWriter.Content content = new ArchiveWriter.Content(order.reference(), clock.instant(),
				FrenchDates.FRANCE, order.language(), portability, sections, List.copyOf(files));
		String kind = portability ? "portability" : "access";
		Archives.Delivered delivered;
		try {
			delivered = archives.store(order.request().value(), kind, subject,
					(portability ? "portabilite-" : "copie-") + order.reference() + ".zip",
					out -> writer.write(content, out, this::copy));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The archive of " + order.reference() + " could not be written", ex);
		}
		journal.record(event(order, portability ? JournalActions.PORTABILITY_EXPORTED : JournalActions.ACCESS_EXPORTED)
			.withObject("rights-archive:" + delivered.archive()));
		LocalDate expires = LocalDate.ofInstant(delivered.expiresAt(), FrenchDates.FRANCE);
		List<Letter.Line> lines = List.of(
				Letter.Line.of(KEY + (portability ? "done.portability" : "done.access"), content.sections().size(),
						content.files().size()),
				Letter.Line.of(KEY + "done.delivery", LetterPdf.date(expires, order.language())));
		return new Done(lines, List.of(), null, false, content.sections().size(), content.files().size(), List.of(),
				List.of(), delivered, KEY + "summary." + kind);
	}

	private void copy(SubjectFile file, OutputStream out) throws IOException {
		for (SubjectFiles module : subjectFiles) {
			if (module.module().equals(file.module())) {
				module.copy(file, out);
				return;
			}
		}
		throw new IOException("No module keeps " + file);
	}

	private Done erasure(FulfilmentOrder order) {
		List<ErasureOutcome> outcomes = providers.eraseOrAnonymise(order.subject());
		List<Letter.Row> rows = outcomes.stream()
			.map(o -> new Letter.Row(o.module(), o.record(), o.result().name(), o.rule(), o.keptUntil(),
					o.messageKey()))
			.toList();
		Map<ErasureOutcome.Result, Long> counts = outcomes.stream()
			.collect(Collectors.groupingBy(ErasureOutcome::result, Collectors.counting()));
		journal.record(event(order, JournalActions.ERASED));
		List<Letter.Line> lines = new ArrayList<>();
		lines.add(Letter.Line.of(KEY + "done.erasure", counts.getOrDefault(ErasureOutcome.Result.ERASED, 0L),
				counts.getOrDefault(ErasureOutcome.Result.ANONYMISED, 0L),
				counts.getOrDefault(ErasureOutcome.Result.DEFERRED, 0L),
				counts.getOrDefault(ErasureOutcome.Result.KEPT, 0L)));
		if (counts.getOrDefault(ErasureOutcome.Result.KEPT, 0L) > 0) {
			lines.add(Letter.Line.of(KEY + "done.erasure.kept"));
		}
		if (outcomes.isEmpty()) {
			lines = List.of(Letter.Line.of(KEY + "done.erasure.nothing"));
		}
		return new Done(lines, rows, null, false, 0, 0, outcomes, List.of(), null, KEY + "summary.erasure");
	}

	private Done restriction(FulfilmentOrder order) {
		RestrictionGround ground = order.restrictionGround() != null ? order.restrictionGround()
				: RestrictionGround.ACCURACY_CONTESTED;
		List<RestrictionOutcome> outcomes = providers.restrict(order.subject(), ground);
		journal.record(event(order, JournalActions.RESTRICTED));
		int records = outcomes.stream().mapToInt(RestrictionOutcome::records).sum();
		return new Done(
				List.of(Letter.Line.of(KEY + "done.restriction", records),
						Letter.Line.of(KEY + "done.restriction.ground." + ground.name().toLowerCase(Locale.ROOT)),
						Letter.Line.of(KEY + "done.restriction.lift")),
				List.of(), null, false, 0, 0, List.of(), outcomes, null, KEY + "summary.restriction");
	}

	private Done lifting(FulfilmentOrder order) {
		List<RestrictionOutcome> outcomes = providers.liftRestriction(order.subject());
		journal.record(event(order, JournalActions.RESTRICTION_LIFTED));
		int records = outcomes.stream().mapToInt(RestrictionOutcome::records).sum();
		return new Done(List.of(Letter.Line.of(KEY + "done.lifted", records)), List.of(), order.staffNote(), false, 0,
				0, List.of(), outcomes, null, KEY + "summary.lifted");
	}

	/**
	 * Objection (Art. 21): marketing stops, absolutely (the marketing consent withdrawn);
	 * a purpose on legitimate interest stops (the subject's data restricted) unless the
	 * staff note records compelling legitimate grounds, which the letter then states; on
	 * another legal basis the right does not apply, and the letter says why.
	 */
	private Done objection(FulfilmentOrder order) {
		Register current = register.current();
		List<Register.Purpose> purposes = scope(order);
		List<Letter.Line> lines = new ArrayList<>();
		boolean stopped = false;
		List<RestrictionOutcome> restriction = List.of();
		boolean marketing = purposes.stream().anyMatch(p -> ConsentPurposes.MARKETING.equals(p.id()))
				|| "all".equals(order.scope());
		if (marketing) {
			List<ConsentRecord> records = consents.withdraw(order.subject(), List.of(ConsentPurposes.MARKETING),
					ConsentMethod.RIGHTS_REQUEST, RequestOrigin.NONE);
			lines.add(Letter.Line.of(KEY + "done.objection.marketing"));
			records.forEach(r -> lines.add(proof(r, order.language())));
			stopped = true;
		}
		List<Register.Purpose> legitimate = purposes.stream()
			.filter(p -> !ConsentPurposes.MARKETING.equals(p.id()))
			.filter(p -> p.legalBases()
				.stream()
				.anyMatch(b -> current.legalBasis(b).map(l -> "LegitimateInterest".equals(l.dpv())).orElse(false)))
			.toList();
		String grounds = order.staffNote() == null || order.staffNote().isBlank() ? null : order.staffNote().strip();
		if (!legitimate.isEmpty()) {
			String labels = labels(legitimate, order.language());
			if (grounds == null) {
				restriction = providers.restrict(order.subject(), RestrictionGround.OBJECTION_PENDING);
				lines.add(Letter.Line.of(KEY + "done.objection.stopped", labels));
				stopped = true;
			}
			else {
				lines.add(Letter.Line.of(KEY + "done.objection.grounds", labels));
			}
		}
		List<Register.Purpose> others = purposes.stream()
			.filter(p -> !ConsentPurposes.MARKETING.equals(p.id()) && !legitimate.contains(p))
			.toList();
		if (!others.isEmpty() && !"all".equals(order.scope())) {
			lines.add(Letter.Line.of(KEY + "done.objection.notApplicable", labels(others, order.language())));
		}
		journal.record(event(order, JournalActions.OBJECTION));
		boolean refused = !stopped;
		String reasons = grounds;
		if (refused && reasons == null) {
			reasons = messages.getMessage(KEY + "objection.refusal", null, order.language());
		}
		return new Done(lines, List.of(), reasons, refused, 0, 0, List.of(), restriction, null,
				KEY + (refused ? "summary.refused" : "summary.objection"));
	}

	/**
	 * Withdrawal of consent (Art. 7(3)): effective at once for every purpose in scope
	 * whose consent is in force; the letter quotes each record made, as its proof.
	 */
	private Done withdrawal(FulfilmentOrder order) {
		Map<String, ConsentState> state = consents.currentState(order.subject());
		Set<String> inScope = new LinkedHashSet<>();
		if ("all".equals(order.scope())) {
			state.forEach((purpose, decision) -> {
				if (decision.allows()) {
					inScope.add(purpose);
				}
			});
		}
		else if (state.containsKey(order.scope()) && state.get(order.scope()).allows()) {
			inScope.add(order.scope());
		}
		List<Letter.Line> lines = new ArrayList<>();
		if (inScope.isEmpty()) {
			lines.add(Letter.Line.of(KEY + "done.withdrawal.none"));
		}
		else {
			List<ConsentRecord> records = consents.withdraw(order.subject(), inScope, ConsentMethod.RIGHTS_REQUEST,
					RequestOrigin.NONE);
			lines.add(Letter.Line.of(KEY + "done.withdrawal", records.size()));
			records.forEach(r -> lines.add(proof(r, order.language())));
		}
		lines.add(Letter.Line.of(KEY + "done.withdrawal.past"));
		journal.record(event(order, JournalActions.CONSENT_WITHDRAWN));
		return Done.of(lines, KEY + "summary.withdrawal");
	}

	/**
	 * Rectification (Art. 16): staff made the correction in the module concerned and
	 * recorded what was corrected; the letter says it, and that the recipients the data
	 * were disclosed to are told (Art. 19).
	 */
	private Done rectification(FulfilmentOrder order) {
		String note = order.staffNote();
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("A rectification needs the staff note of what was corrected");
		}
		journal.record(event(order, JournalActions.RECTIFIED));
		// Art. 19: the recipients the disclosure log says received the subject's data
		List<DisclosureHistory.Disclosed> disclosed = disclosures.stream()
			.flatMap(history -> history.of(order.subject()).stream())
			.toList();
		Register current = register.current();
		String recipients = disclosed.stream()
			.map(DisclosureHistory.Disclosed::recipient)
			.distinct()
			.map(id -> current.recipient(id)
				.map(r -> Register.text(r.label(), r.labelEn(), order.language()))
				.orElse(id))
			.collect(Collectors.joining(", "));
		if (!disclosed.isEmpty()) {
			art19Notices(order, disclosed, current);
		}
		return Done.of(
				List.of(Letter.Line.of(KEY + "done.rectification", note.strip()),
						recipients.isEmpty() ? Letter.Line.of(KEY + "done.rectification.recipients.none")
								: Letter.Line.of(KEY + "done.rectification.recipients", recipients)),
				KEY + "summary.rectification");
	}

	/**
	 * Art. 19: the DPO is asked, by mail, to notify the rectification to each recipient
	 * the disclosure log says received the subject's data (the register holds no
	 * recipient's address, so the notice is theirs to send), and each notice due is
	 * journaled with the disclosure it follows (ids only).
	 */
	private void art19Notices(FulfilmentOrder order, List<DisclosureHistory.Disclosed> disclosed, Register current) {
		String list = disclosed.stream()
			.map(d -> current.recipient(d.recipient()).map(r -> r.label()).orElse(d.recipient()) + " ("
					+ LetterPdf.date(LocalDate.ofInstant(d.at(), FrenchDates.FRANCE), Locale.FRENCH) + ")")
			.collect(Collectors.joining(", "));
		outbox.enqueue(OutgoingMail
			.notice(EmailAddress.of(current.dpo().email()), KEY + "mail.art19.subject", null,
					MailText.of(KEY + "mail.art19", order.reference(), list), MailText.of(KEY + "mail.art19.what"))
			.withSubjectArguments(order.reference()));
		for (DisclosureHistory.Disclosed d : disclosed) {
			journal.record(event(order, JournalActions.ART19_NOTICE_DUE).withObject("disclosure:" + d.id()));
		}
	}

	private Letter.Line proof(ConsentRecord record, Locale locale) {
		String purpose = register.current()
			.purposes()
			.stream()
			.filter(p -> p.id().equals(record.purpose()))
			.findFirst()
			.map(p -> Register.text(p.label(), p.labelEn(), locale))
			.orElse(record.purpose());
		String at = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale)
			.withZone(FrenchDates.FRANCE)
			.format(record.recordedAt());
		return Letter.Line.of(KEY + "done.withdrawal.proof", purpose, at, record.id());
	}

	private List<Register.Purpose> scope(FulfilmentOrder order) {
		List<Register.Purpose> all = register.current().purposes();
		if ("all".equals(order.scope())) {
			return all;
		}
		return all.stream().filter(p -> p.id().equals(order.scope())).toList();
	}

	private static String labels(List<Register.Purpose> purposes, Locale locale) {
		return purposes.stream()
			.map(p -> Register.text(p.label(), p.labelEn(), locale))
			.collect(Collectors.joining(", "));
	}

	// ---- the answer

	private FulfilmentReport answer(FulfilmentOrder order, Done done) {
		Instant now = clock.instant();
		Locale locale = order.language();
		Letter letter = new Letter(order.reference(), order.rightId(), done.refused(), order.requesterName(),
				LocalDate.ofInstant(order.receivedAt(), FrenchDates.FRANCE),
				LocalDate.ofInstant(now, FrenchDates.FRANCE), done.lines(), done.rows(), done.reasons(),
				done.archive() == null ? null : LocalDate.ofInstant(done.archive().expiresAt(), FrenchDates.FRANCE));
		UUID id = order.request().value();
		AnswerEntity answer = new AnswerEntity(id, order.reference(), order.rightId(), done.refused(),
				locale.toLanguageTag(), now, order.subject().journalRef(),
				encryption.encrypt(JSON.writeValueAsString(letter), context(id)));
		answers.save(answer);
		answer.noticeMail(outbox.enqueue(notice(order, done, letter)).value());
		if (done.archive() != null) {
			outbox.enqueue(code(order, done.archive()));
		}
		record(order, JournalActions.ANSWERED);
		return new FulfilmentReport(order.request(), done.refused(), now, done.sections(), done.files(), done.erasure(),
				done.restriction(), done.summary());
	}

	private OutgoingMail notice(FulfilmentOrder order, Done done, Letter letter) {
		Locale locale = order.language();
		String right = register.current()
			.right(order.rightId())
			.map(r -> Register.text(r.label(), r.labelEn(), locale))
			.orElse(order.rightId());
		List<MailText> paragraphs = new ArrayList<>();
		paragraphs
			.add(MailText.of(KEY + (done.refused() ? "mail.refused" : "mail.answered"), order.reference(), right));
		for (Letter.Line line : letter.done()) {
			if ((KEY + "done.rectification").equals(line.key())) {
				// what was corrected (a new address…) stays in the letter, not in the
				// mail
				paragraphs.add(MailText.of(KEY + "mail.rectification"));
				continue;
			}
			paragraphs.add(new MailText(line.key(), List.copyOf(line.arguments())));
		}
		if (done.refused() && done.reasons() != null) {
			paragraphs.add(MailText.of(KEY + "mail.reasons", done.reasons()));
		}
		if (!done.rows().isEmpty()) {
			paragraphs.add(MailText.of(KEY + "mail.rows"));
		}
		paragraphs.add(MailText.of(KEY + "mail.letter"));
		Register.Authority authority = register.current().authority();
		paragraphs.add(MailText.of(KEY + "mail.complaint", authority.fullName(), authority.name(),
				String.join(", ", authority.address()), authority.complaintSite()));
		OutgoingMail mail = OutgoingMail
			.notice(EmailAddress.of(order.requesterEmail()), KEY + "mail.subject", null,
					paragraphs.toArray(MailText[]::new))
			.withSubjectArguments(order.reference())
			.withLocale(locale);
		Archives.Delivered archive = done.archive();
		if (archive != null) {
			mail = mail.with("actionUrl", baseUrl + DOWNLOAD_PATH + archive.token())
				.with("actionText", MailText.of(KEY + "mail.download"));
		}
		return mail;
	}

	private OutgoingMail code(FulfilmentOrder order, Archives.Delivered archive) {
		Locale locale = order.language();
		String code = archive.code().substring(0, 4) + " " + archive.code().substring(4);
		return OutgoingMail
			.notice(EmailAddress.of(order.requesterEmail()), KEY + "mail.code.subject", null,
					MailText.of(KEY + "mail.code", order.reference(), code),
					MailText.of(KEY + "mail.code.expiry",
							LetterPdf.date(LocalDate.ofInstant(archive.expiresAt(), FrenchDates.FRANCE), locale)),
					MailText.of(KEY + "mail.code.warning"))
			.withSubjectArguments(order.reference())
			.withLocale(locale);
	}

	private void record(FulfilmentOrder order, AuditAction action) {
		journal.record(event(order, action));
	}

	private AuditEvent event(FulfilmentOrder order, AuditAction action) {
		AuditActor actor = order.handler() != null ? AuditActor.account(order.handler())
				: AuditActor.system(SYSTEM_ACTOR);
		return AuditEvent.success(actor, action)
			.withSubject(order.subject())
			.withObject("rights-request:" + order.request().value());
	}

	private static FieldContext context(UUID id) {
		return new FieldContext(AnswerEntity.TABLE, AnswerEntity.LETTER_COLUMN, id.toString());
	}

}
