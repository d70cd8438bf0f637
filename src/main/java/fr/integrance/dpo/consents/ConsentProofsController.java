package fr.integrance.dpo.consents;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.integrance.audit.AuditAction;
import fr.integrance.audit.AuditActor;
import fr.integrance.audit.AuditEvent;
import fr.integrance.audit.AuditJournal;
import fr.integrance.consent.ConsentManagement;
import fr.integrance.consent.ConsentProof;
import fr.integrance.consent.CookieCatalogue;
import fr.integrance.consent.Decision;
import fr.integrance.consent.VisitorConsents;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.platform.BadRequestException;
import fr.integrance.platform.FrenchDates;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * The consent proofs of one subject for the DPO ({@code /dpo/consentements}): a visitor
 * id, an account id, an e-mail address (looked up by its reference, the digest the
 * records hold) or a person id; every record, newest first, with its purpose, decision,
 * notice version, time, channel and, for a cookie choice, when it expires. The address is
 * sent by POST so that it never sits in a URL; a look-up is journaled
 * ({@value #LOOKED_UP}). The truncated IP and user agent kept in the proof are not shown.
 */
@Controller
@RequiredArgsConstructor
class ConsentProofsController {

	static final String VIEW = "dpo/consents/consents";

	static final String LOOKED_UP = "consent.proof.read";

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRENCH)
		.withZone(FrenchDates.FRANCE);

	private final ConsentManagement consents;

	private final CookieCatalogue cookies;

	private final VisitorConsents visitors;

	private final ProcessingRegister register;

	private final AuditJournal journal;

	@ModelAttribute("audience")
	String audience() {
		return "dpo";
	}

	@ModelAttribute("kinds")
	List<String> kinds() {
		return List.of(DataSubjectRef.Kind.VISITOR.name(), DataSubjectRef.Kind.ACCOUNT.name(),
				DataSubjectRef.Kind.EMAIL.name(), DataSubjectRef.Kind.PERSON.name());
	}

	/**
	 * The search form; with {@code ref} (a stored reference of a visitor, an account or a
	 * person, as the journal shows it), that subject's proof.
	 */
	@GetMapping("/dpo/consentements")
	String page(@RequestParam(name = "ref", required = false) @Nullable String ref, AuthenticatedUser dpo,
			Model model) {
		if (ref == null) {
			model.addAttribute("form", ConsentSubjectForm.empty());
			return VIEW;
		}
		DataSubjectRef subject = fromStoredRef(ref).orElseThrow(
				() -> new BadRequestException("not the stored reference of a person, an account or a visitor"));
		model.addAttribute("form", new ConsentSubjectForm(subject.kind().name(), subject.id()));
		return show(subject, dpo, model);
	}

	@PostMapping("/dpo/consentements")
	String search(@ModelAttribute("form") ConsentSubjectForm form, AuthenticatedUser dpo, Model model) {
		Optional<DataSubjectRef> subject = form.subject();
		if (subject.isEmpty()) {
			model.addAttribute("error", form.errorKey());
			return VIEW;
		}
		return show(subject.get(), dpo, model);
	}

	private String show(DataSubjectRef subject, AuthenticatedUser dpo, Model model) {
		ConsentProof proof = consents.proofFor(subject);
		journal.record(AuditEvent.success(AuditActor.account(dpo.accountId().value()), AuditAction.of(LOOKED_UP))
			.withSubject(subject));
		Register current = register.current();
		List<String> cookiePurposes = cookies.consentPurposeIds();
		Period renewAfter = visitors.renewAfter();
		List<ProofLine> lines = new ArrayList<>();
		for (ConsentProof.Entry entry : proof.records()) {
			boolean ages = cookiePurposes.contains(entry.purpose())
					&& (entry.decision() == Decision.GIVEN || entry.decision() == Decision.REFUSED);
			Instant expires = ages ? entry.recordedAt().atZone(ZoneOffset.UTC).plus(renewAfter).toInstant() : null;
			lines.add(new ProofLine(entry.purpose(), purposeLabel(current, entry.purpose()), entry.decision(),
					entry.noticeVersion(), entry.method().name(), entry.recordedAt(), WHEN.format(entry.recordedAt()),
					expires == null ? null : WHEN.format(expires)));
		}
		Collections.reverse(lines);
		model.addAttribute("reference", proof.subject());
		model.addAttribute("proof", proof);
		model.addAttribute("lines", lines);
		model.addAttribute("current",
				proof.currentState()
					.stream()
					.map(state -> new StateLine(state.purpose(), purposeLabel(current, state.purpose()),
							state.decision(), state.noticeVersion(), WHEN.format(state.decidedAt())))
					.toList());
		return VIEW;
	}

	/**
	 * A stored reference the records can be found by without the original id: a person,
	 * an account or a visitor (an e-mail reference is a digest, looked up from the
	 * address).
	 */
	static Optional<DataSubjectRef> fromStoredRef(String ref) {
		int colon = ref.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		String kind = ref.substring(0, colon);
		String id = ref.substring(colon + 1);
		if (!"PERSON".equals(kind) && !"ACCOUNT".equals(kind) && !"VISITOR".equals(kind)) {
			return Optional.empty();
		}
		return new ConsentSubjectForm(kind, id).subject();
	}

	private static String purposeLabel(Register register, String purpose) {
		return register.purposes()
			.stream()
			.filter(p -> p.id().equals(purpose))
			.map(Register.Purpose::label)
			.findFirst()
			.or(() -> register.cookiePurpose(purpose).map(Register.CookiePurpose::label))
			.orElse(purpose);
	}

	/** One record of the proof as listed. */
	record ProofLine(String purpose, String purposeLabel, Decision decision, String noticeVersion, String method,
			Instant at, String when, @Nullable String expires) {
	}

	/** The decision in force for one purpose. */
	record StateLine(String purpose, String purposeLabel, Decision decision, String noticeVersion, String since) {
	}

}
