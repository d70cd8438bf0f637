package fr.integrance.disclosure.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.disclosure.Disclosure;
import fr.integrance.disclosure.DisclosureOrder;
import fr.integrance.disclosure.DisclosureRefusedException;
import fr.integrance.disclosure.Disclosures;
import fr.integrance.disclosure.FieldRef;
import fr.integrance.disclosure.LoggedDisclosure;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.DisclosureHistory;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProviders;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * The disclosures, checked against the register before anything is read: the purpose must
 * name the recipient, the legal basis be the purpose's, every field be of a category the
 * recipient may receive for the purpose; an authority comes with its requisition's
 * reference; a recipient outside the EEA with one of the purpose's transfer safeguards.
 * Then the subjects' data are read through the same export as an access request, and only
 * the fields asked for are written.
 */
@Service
class JpaDisclosures implements Disclosures, DisclosureHistory {

	/** A disclosure covers at most this many subjects: a bigger one is split. */
	static final int MAX_SUBJECTS = 1_000;

	static final AuditAction DISCLOSED = AuditAction.of("disclosure.sent");

	/** The EU member states, Iceland, Liechtenstein and Norway. */
	static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
			"IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N} ./:_-]{1,100}");

	private final ProcessingRegister register;

	private final PersonalDataProviders providers;

	private final DisclosureRepository log;

	private final DisclosureSubjectRepository subjects;

	private final AuditJournal journal;

	private final Clock clock;

	JpaDisclosures(ProcessingRegister register, PersonalDataProviders providers, DisclosureRepository log,
			DisclosureSubjectRepository subjects, AuditJournal journal, Clock clock) {
		this.register = register;
		this.providers = providers;
		this.log = log;
		this.subjects = subjects;
		this.journal = journal;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Disclosure disclose(DisclosureOrder order) {
		Register current = register.current();
		Register.Recipient recipient = current.recipient(order.recipient())
			.orElseThrow(() -> new DisclosureRefusedException("disclosure.refused.recipient", order.recipient()));
		Register.Purpose purpose = current.purpose(order.purpose())
			.orElseThrow(() -> new DisclosureRefusedException("disclosure.refused.purpose", order.purpose()));
		if (!purpose.recipients().contains(recipient.id())) {
			throw new DisclosureRefusedException("disclosure.refused.recipient-not-for-purpose", recipient.id());
		}
		if (!purpose.legalBases().contains(order.legalBasis())) {
			throw new DisclosureRefusedException("disclosure.refused.legal-basis", order.legalBasis());
		}
		Set<String> allowed = current.disclosable(recipient.id(), purpose.id());
		if (order.fields().isEmpty()) {
			throw new DisclosureRefusedException("disclosure.refused.no-field", "");
		}
		for (FieldRef field : order.fields()) {
			if (!allowed.contains(field.category())) {
				throw new DisclosureRefusedException("disclosure.refused.category",
						field.header() + " (" + field.category() + ")");
			}
		}
		if (order.subjects().isEmpty() || order.subjects().size() > MAX_SUBJECTS) {
			throw new DisclosureRefusedException("disclosure.refused.subjects",
					String.valueOf(order.subjects().size()));
		}
		String requisition = requisition(order, recipient);
		String country = country(order.country());
		if (country != null && !EEA.contains(country)
				&& (order.safeguard() == null || !purpose.transferSafeguards().contains(order.safeguard()))) {
			throw new DisclosureRefusedException("disclosure.refused.safeguard", country);
		}
		String safeguard = country == null || EEA.contains(country) ? null : order.safeguard();

		UUID id = UUID.randomUUID();
		List<DataSubjectRef> distinct = List.copyOf(new LinkedHashSet<>(order.subjects()));
		StringWriter csv = new StringWriter();
		int records = 0;
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			List<String> header = new ArrayList<>(List.of("sujet", "module", "categorie"));
			order.fields().forEach(field -> header.add(field.header()));
			printer.printRecord(header);
			int number = 0;
			for (DataSubjectRef subject : distinct) {
				number++;
				for (ExportSection section : providers.export(subject)) {
					List<FieldRef> wanted = order.fields()
						.stream()
						.filter(f -> f.module().equals(section.module()) && f.category().equals(section.category()))
						.toList();
					if (wanted.isEmpty()) {
						continue;
					}
					for (Map<String, Object> record : section.records()) {
						List<String> row = new ArrayList<>(
								List.of(String.valueOf(number), section.module(), section.category()));
						for (FieldRef field : order.fields()) {
							row.add(wanted.contains(field) ? cell(record.get(field.field())) : "");
						}
						printer.printRecord(row);
						records++;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Instant now = clock.instant();
		List<String> categories = order.fields().stream().map(FieldRef::category).distinct().toList();
		log.save(new DisclosureEntity(id, now, recipient.id(), purpose.id(), order.legalBasis(), categories,
				order.fields().stream().map(FieldRef::header).distinct().toList(), distinct.size(), records,
				order.actor(), requisition, country, safeguard));
		log.flush();
		for (DataSubjectRef subject : distinct) {
			subjects.save(new DisclosureSubjectEntity(id, subject));
			journal.record(AuditEvent.success(AuditActor.account(order.actor()), DISCLOSED)
				.withSubject(subject)
				.withPurpose(purpose.id())
				.withObject("disclosure:" + id));
		}
		String fileName = "communication-" + recipient.id() + "-" + id.toString().substring(0, 8) + ".csv";
		return new Disclosure(id, fileName, csv.toString().getBytes(StandardCharsets.UTF_8), records);
	}

	private static @Nullable String requisition(DisclosureOrder order, Register.Recipient recipient) {
		String reference = order.requisition() == null ? null : order.requisition().strip();
		boolean authority = "authority".equals(recipient.kind());
		if (authority && (reference == null || reference.isEmpty())) {
			throw new DisclosureRefusedException("disclosure.refused.requisition-missing", recipient.id());
		}
		if (!authority && reference != null && !reference.isEmpty()) {
			throw new DisclosureRefusedException("disclosure.refused.requisition-not-authority", recipient.id());
		}
		if (reference != null && !reference.isEmpty() && !REFERENCE.matcher(reference).matches()) {
			throw new DisclosureRefusedException("disclosure.refused.requisition-invalid", reference);
		}
		return reference == null || reference.isEmpty() ? null : reference;
	}

	private static @Nullable String country(@Nullable String country) {
		if (country == null || country.isBlank()) {
			return null;
		}
		String code = country.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRY.matcher(code).matches()) {
			throw new DisclosureRefusedException("disclosure.refused.country", country);
		}
		return code;
	}

	/** A value as text; one a spreadsheet would run as a formula is written as text. */
	static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		String text = String.valueOf(value);
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	@Override
	@Transactional(readOnly = true)
	public List<LoggedDisclosure> log(@Nullable String recipient, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, 200)));
		List<DisclosureEntity> rows = recipient == null ? log.findAllByOrderByDisclosedAtDescIdDesc(request)
				: log.findByRecipientOrderByDisclosedAtDescIdDesc(recipient, request);
		return rows.stream().map(DisclosureEntity::toLogged).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public long count(@Nullable String recipient) {
		return recipient == null ? log.count() : log.countByRecipient(recipient);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Disclosed> of(DataSubjectRef subject) {
		List<UUID> ids = subjects.findBySubject(subject.kind(), subject.id())
			.stream()
			.map(DisclosureSubjectEntity::disclosure)
			.toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		return log.findByIdInOrderByDisclosedAtDesc(ids)
			.stream()
			.map(DisclosureEntity::toLogged)
			.map(l -> new Disclosed(l.id(), l.recipient(), l.purpose(), l.categories(), l.at(), l.requisition()))
			.toList();
	}

}
