package fr.integrance.dpo.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.MemberNumber;
import fr.integrance.disclosure.Disclosure;
import fr.integrance.disclosure.DisclosureOrder;
import fr.integrance.disclosure.DisclosureRefusedException;
import fr.integrance.disclosure.Disclosures;
import fr.integrance.disclosure.FieldRef;
import fr.integrance.identity.CurrentUser;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalFields;
import fr.integrance.privacy.PersonalFields.PersonalField;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;

/**
 * {@code /dpo/communications/nouvelle}: a communication to a recipient of the register,
 * in two steps. First the recipient and the purpose (the register must name that
 * recipient for that purpose); then only the fields of the data categories the register
 * lets that recipient receive for it, the purpose's legal bases and transfer safeguards,
 * the members concerned by their member numbers, and for an authority the reference of
 * its requisition. The file is built by the disclosure module, which refuses anything
 * outside the register and logs the communication; it is handed over at once and never
 * stored.
 */
@Controller
@RequestMapping(DisclosureFormController.PATH)
@RequiredArgsConstructor
class DisclosureFormController {

	static final String PATH = "/dpo/communications/nouvelle";

	static final String VIEW = "dpo/disclosure/form";

	/** The members one communication may name (the module's own limit is the same). */
	static final int MAX_MEMBERS = 1000;

	private final Disclosures disclosures;

	private final ProcessingRegister register;

	private final PersonalFields personalFields;

	private final IndividualContracts contracts;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	/** What was chosen and typed, kept when something is wrong. */
	record Form(String recipient, String purpose, String legalBasis, Set<String> fields, String members,
			String requisition, String country, String safeguard) {
	}

	/** A choice of a select or a checkbox. */
	record Option(String value, String label) {
	}

	/** The fields of one data category the recipient may receive. */
	record CategoryFields(String id, String label, List<Option> fields) {
	}

	@ModelAttribute("audience")
	String audience() {
		return "dpo";
	}

	@GetMapping
	String form(@RequestParam(name = "destinataire", defaultValue = "") String recipient,
			@RequestParam(name = "finalite", defaultValue = "") String purpose, Model model, Locale locale) {
		Form form = new Form(recipient.strip(), purpose.strip(), "", Set.of(), "", "", "", "");
		Map<String, String> errors = new LinkedHashMap<>();
		if (!recipient.isBlank() || !purpose.isBlank()) {
			firstStep(form, errors);
		}
		return render(form, errors, model, locale);
	}

	@PostMapping
	Object send(@RequestParam(name = "destinataire", defaultValue = "") String recipient,
			@RequestParam(name = "finalite", defaultValue = "") String purpose,
			@RequestParam(name = "baseLegale", defaultValue = "") String legalBasis,
			@RequestParam(name = "champs", required = false) @Nullable List<String> fields,
			@RequestParam(name = "adherents", defaultValue = "") String members,
			@RequestParam(name = "requisition", defaultValue = "") String requisition,
			@RequestParam(name = "pays", defaultValue = "") String country,
			@RequestParam(name = "garantie", defaultValue = "") String safeguard, Model model, Locale locale) {
		Form form = new Form(recipient.strip(), purpose.strip(), legalBasis.strip(),
				new LinkedHashSet<>(fields == null ? List.of() : fields), members, requisition.strip(), country.strip(),
				safeguard.strip());
		Map<String, String> errors = new LinkedHashMap<>();
		if (!firstStep(form, errors)) {
			return render(form, errors, model, locale);
		}
		List<FieldRef> chosen = chosenFields(form, errors);
		List<DataSubjectRef> subjects = subjects(form.members(), errors, locale);
		if (form.legalBasis().isEmpty()) {
			errors.put("baseLegale", message("disclosure.form.error.legal-basis", locale));
		}
		if (!errors.isEmpty()) {
			return render(form, errors, model, locale);
		}
		try {
			Disclosure disclosure = disclosures
				.disclose(new DisclosureOrder(form.recipient(), form.purpose(), form.legalBasis(), chosen, subjects,
						currentUser.accountId().value(), form.requisition().isEmpty() ? null : form.requisition(),
						form.country().isEmpty() ? null : form.country(),
						form.safeguard().isEmpty() ? null : form.safeguard()));
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(disclosure.fileName()).build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.body(disclosure.csv());
		}
		catch (DisclosureRefusedException refused) {
			errors.put(field(refused.reason()),
					messages.getMessage(refused.reason(), new Object[] { refused.argument() }, locale));
			return render(form, errors, model, locale);
		}
	}

	/** Whether the recipient and the purpose exist and go together. */
	private boolean firstStep(Form form, Map<String, String> errors) {
		Register current = register.current();
		Optional<Register.Recipient> recipient = current.recipient(form.recipient());
		Optional<Register.Purpose> purpose = current.purpose(form.purpose());
		if (recipient.isEmpty()) {
			errors.put("destinataire", "disclosure.form.error.recipient");
		}
		if (purpose.isEmpty()) {
			errors.put("finalite", "disclosure.form.error.purpose");
		}
		if (recipient.isPresent() && purpose.isPresent()
				&& !purpose.get().recipients().contains(recipient.get().id())) {
			errors.put("finalite", "disclosure.form.error.not-for-purpose");
		}
		return errors.isEmpty();
	}

	private List<FieldRef> chosenFields(Form form, Map<String, String> errors) {
		List<FieldRef> chosen = new ArrayList<>();
		for (String value : form.fields()) {
			String[] parts = value.split("\\|", -1);
			Optional<PersonalField> known = parts.length != 3 ? Optional.empty() : personalFields.all()
				.stream()
				.filter(f -> f.module().equals(parts[0]) && f.category().equals(parts[1]) && f.field().equals(parts[2]))
				.findFirst();
			if (known.isEmpty()) {
				errors.put("champs", "disclosure.form.error.field");
				return List.of();
			}
			chosen.add(new FieldRef(known.get().module(), known.get().category(), known.get().field()));
		}
		if (chosen.isEmpty()) {
			errors.put("champs", "disclosure.refused.no-field");
		}
		return chosen;
	}

	/** The members named by their member numbers, one per line or separated by commas. */
	private List<DataSubjectRef> subjects(String members, Map<String, String> errors, Locale locale) {
		Set<DataSubjectRef> subjects = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		String[] lines = members.split("[,;\\r\\n]+");
		int named = 0;
		for (String line : lines) {
			String number = line.strip();
			if (number.isEmpty()) {
				continue;
			}
			if (++named > MAX_MEMBERS) {
				errors.put("adherents", message("disclosure.form.error.too-many", locale, String.valueOf(MAX_MEMBERS)));
				return List.of();
			}
			Optional<DataSubjectRef> subject = MemberNumber.isValid(number)
					? contracts.findByMemberNumber(MemberNumber.parse(number))
						.map(contract -> DataSubjectRef.person(contract.member().value()))
					: Optional.empty();
			subject.ifPresentOrElse(subjects::add, () -> unknown.add(number));
		}
		if (!unknown.isEmpty()) {
			errors.put("adherents", message("disclosure.form.error.unknown-members", locale,
					String.join(", ", unknown.subList(0, Math.min(10, unknown.size())))));
		}
		else if (subjects.isEmpty()) {
			errors.put("adherents", "disclosure.form.error.members");
		}
		return List.copyOf(subjects);
	}

	private static String field(String reason) {
		return switch (reason) {
			case "disclosure.refused.legal-basis" -> "baseLegale";
			case "disclosure.refused.no-field", "disclosure.refused.category" -> "champs";
			case "disclosure.refused.subjects" -> "adherents";
			case "disclosure.refused.requisition-missing", "disclosure.refused.requisition-not-authority",
					"disclosure.refused.requisition-invalid" ->
				"requisition";
			case "disclosure.refused.country" -> "pays";
			case "disclosure.refused.safeguard" -> "garantie";
			case "disclosure.refused.purpose", "disclosure.refused.recipient-not-for-purpose" -> "finalite";
			default -> "destinataire";
		};
	}

	private String render(Form form, Map<String, String> errors, Model model, Locale locale) {
		Register current = register.current();
		Map<String, String> texts = new LinkedHashMap<>();
		errors.forEach((field, text) -> texts.put(field,
				text.startsWith("disclosure.") ? messages.getMessage(text, null, text, locale) : text));
		model.addAttribute("form", form);
		model.addAttribute("errors", texts);
		model.addAttribute("recipients",
				current.recipients()
					.stream()
					.map(r -> new Option(r.id(), Register.text(r.label(), r.labelEn(), locale)))
					.toList());
		model.addAttribute("purposes",
				current.purposes()
					.stream()
					.map(p -> new Option(p.id(), Register.text(p.label(), p.labelEn(), locale)))
					.toList());
		boolean secondStep = !form.recipient().isEmpty() && !form.purpose().isEmpty()
				&& !errors.containsKey("destinataire") && !errors.containsKey("finalite")
				&& current.recipient(form.recipient()).isPresent() && current.purpose(form.purpose()).isPresent();
		model.addAttribute("secondStep", secondStep);
		if (secondStep) {
			Register.Recipient recipient = current.recipient(form.recipient()).orElseThrow();
			Register.Purpose purpose = current.purpose(form.purpose()).orElseThrow();
			model.addAttribute("recipientLabel", Register.text(recipient.label(), recipient.labelEn(), locale));
			model.addAttribute("purposeLabel", Register.text(purpose.label(), purpose.labelEn(), locale));
			model.addAttribute("authority", "authority".equals(recipient.kind()));
			model.addAttribute("legalBases",
					purpose.legalBases()
						.stream()
						.flatMap(id -> current.legalBasis(id).stream())
						.map(b -> new Option(b.id(), Register.text(b.label(), b.labelEn(), locale)))
						.toList());
			model.addAttribute("safeguards",
					purpose.transferSafeguards()
						.stream()
						.flatMap(id -> current.transferSafeguard(id).stream())
						.map(s -> new Option(s.id(), Register.text(s.label(), s.labelEn(), locale)))
						.toList());
			Set<String> allowed = current.disclosable(recipient.id(), purpose.id());
			List<CategoryFields> categories = new ArrayList<>();
			for (String category : allowed) {
				List<Option> fields = personalFields.all()
					.stream()
					.filter(f -> f.category().equals(category))
					.map(f -> new Option(f.module() + "|" + f.category() + "|" + f.field(),
							f.module() + " · " + f.field()))
					.toList();
				if (!fields.isEmpty()) {
					String label = current.dataCategory(category)
						.map(c -> Register.text(c.label(), c.labelEn(), locale))
						.orElse(category);
					categories.add(new CategoryFields(category, label, fields));
				}
			}
			model.addAttribute("categories", categories);
		}
		return VIEW;
	}

	private String message(String key, Locale locale, String... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
