package fr.integrance.dpo.requests;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.NotFoundException;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.privacy.Register;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.rights.RightsDesk;
import fr.integrance.rights.RightsDeskException;
import fr.integrance.rights.RightsRequestId;
import fr.integrance.rights.RightsRequestStatus;
import fr.integrance.rights.RightsRequestView;

/**
 * {@code /dpo/demandes/{id}}: one rights request, its history, where its identity stands,
 * its deadline with the days left, and the actions as forms: link the subject (after a
 * check), ask for an identity document when nobody matches for certain (and see the one
 * sent, deleted once the subject is linked or the request refused), extend, refuse, carry
 * out and answer; the answer letter to download. An unknown id is a 404; an action the
 * request's state refuses, or reasons missing, shows the page again with the error in
 * French beside the field, what was typed kept.
 */
@Controller
@RequiredArgsConstructor
class RightsRequestController {

	static final String VIEW = "dpo/requests/request";

	private static final String RESTRICTION = "restriction";

	private final RightsDesk desk;

	private final ProcessingRegister register;

	@ModelAttribute("audience")
	String audience() {
		return "dpo";
	}

	@GetMapping("/dpo/demandes/{rightsRequestId}")
	String show(@PathVariable RightsRequestId rightsRequestId, Model model, Locale locale) {
		return render(rightsRequestId, model, locale);
	}

	@PostMapping("/dpo/demandes/{rightsRequestId}/identite")
	String linkSubject(@PathVariable RightsRequestId rightsRequestId,
			@RequestParam(name = "personne", required = false) @Nullable String person,
			@RequestParam(name = "piece", defaultValue = "false") boolean documentChecked,
			@RequestParam(name = "note", required = false) @Nullable String note, AuthenticatedUser user, Model model,
			Locale locale, RedirectAttributes redirect) {
		RightsRequestId id = rightsRequestId;
		RightsRequestView request = found(id);
		DataSubjectRef subject = null;
		if ("email".equals(person)) {
			subject = DataSubjectRef.email(request.requesterEmail());
		}
		else if (person != null && !person.isBlank()) {
			try {
				UUID chosen = UUID.fromString(person);
				if (desk.candidates(id).stream().anyMatch(c -> c.person().equals(chosen))) {
					subject = DataSubjectRef.person(chosen);
				}
			}
			catch (IllegalArgumentException notAnId) {
				subject = null;
			}
		}
		if (subject == null) {
			return error(id, "personne", "rightsdesk.error.person.required", note, model, locale);
		}
		try {
			desk.linkSubject(id, subject, documentChecked, note, user.accountId().value());
		}
		catch (RightsDeskException refused) {
			return error(id, "personne", refused.key(), note, model, locale);
		}
		redirect.addFlashAttribute("done", "rightsdesk.done.linked");
		return "redirect:/dpo/demandes/" + id;
	}

	@PostMapping("/dpo/demandes/{rightsRequestId}/piece-demandee")
	String askIdentityDocument(@PathVariable RightsRequestId rightsRequestId, AuthenticatedUser user, Model model,
			Locale locale, RedirectAttributes redirect) {
		RightsRequestId id = rightsRequestId;
		found(id);
		try {
			desk.askIdentityDocument(id, user.accountId().value());
		}
		catch (RightsDeskException refused) {
			return error(id, "personne", refused.key(), null, model, locale);
		}
		redirect.addFlashAttribute("done", "rightsintake.desk.done.asked");
		return "redirect:/dpo/demandes/" + id;
	}

	@GetMapping("/dpo/demandes/{rightsRequestId}/piece-identite")
	ResponseEntity<InputStreamResource> identityDocument(@PathVariable RightsRequestId rightsRequestId,
			AuthenticatedUser user) {
		RightsRequestId id = rightsRequestId;
		found(id);
		RightsDesk.Scan document = desk.openIdentityDocument(id, user.accountId().value())
			.orElseThrow(() -> new NotFoundException("identity document"));
		InputStream content = document.content();
		String extension = switch (document.contentType()) {
			case "application/pdf" -> ".pdf";
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			default -> ".bin";
		};
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("piece-identite-" + id + extension).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}

	@PostMapping("/dpo/demandes/{rightsRequestId}/prolongation")
	String extend(@PathVariable RightsRequestId rightsRequestId,
			@RequestParam(name = "motifs", required = false) @Nullable String reasons, AuthenticatedUser user,
			Model model, Locale locale, RedirectAttributes redirect) {
		RightsRequestId id = rightsRequestId;
		found(id);
		try {
			LocalDate due = desk.extend(id, reasons == null ? "" : reasons, user.accountId().value());
			redirect.addFlashAttribute("done", "rightsdesk.done.extended");
			redirect.addFlashAttribute("doneArg",
					due.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale)));
		}
		catch (RightsDeskException refused) {
			return error(id, "motifs", refused.key(), reasons, model, locale);
		}
		return "redirect:/dpo/demandes/" + id;
	}

	@PostMapping("/dpo/demandes/{rightsRequestId}/refus")
	String refuse(@PathVariable RightsRequestId rightsRequestId,
			@RequestParam(name = "motifsRefus", required = false) @Nullable String reasons, AuthenticatedUser user,
			Model model, Locale locale, RedirectAttributes redirect) {
		RightsRequestId id = rightsRequestId;
		found(id);
		try {
			desk.refuse(id, reasons == null ? "" : reasons, user.accountId().value());
		}
		catch (RightsDeskException refused) {
			return error(id, "motifsRefus", refused.key(), reasons, model, locale);
		}
		catch (UnsupportedOperationException | IllegalStateException unavailable) {
			return error(id, "motifsRefus", "rightsdesk.error.fulfilment", reasons, model, locale);
		}
		redirect.addFlashAttribute("done", "rightsdesk.done.refused");
		return "redirect:/dpo/demandes/" + id;
	}

	@PostMapping("/dpo/demandes/{rightsRequestId}/reponse")
	String fulfil(@PathVariable RightsRequestId rightsRequestId,
			@RequestParam(name = "noteReponse", required = false) @Nullable String note,
			@RequestParam(name = "motifLimitation", required = false) @Nullable String groundChosen,
			AuthenticatedUser user, Model model, Locale locale, RedirectAttributes redirect) {
		RightsRequestId id = rightsRequestId;
		RightsRequestView request = found(id);
		RestrictionGround ground = null;
		model.addAttribute("groundChosen", groundChosen);
		if (RESTRICTION.equals(request.line().rightId())) {
			ground = ground(groundChosen);
			if (ground == null) {
				return error(id, "motifLimitation", "rightsdesk.error.ground.required", note, model, locale);
			}
		}
		try {
			desk.fulfil(id, note, ground, user.accountId().value());
		}
		catch (RightsDeskException refused) {
			return error(id, "noteReponse", refused.key(), note, model, locale);
		}
		catch (UnsupportedOperationException | IllegalStateException unavailable) {
			return error(id, "noteReponse", "rightsdesk.error.fulfilment", note, model, locale);
		}
		redirect.addFlashAttribute("done", "rightsdesk.done.answered");
		return "redirect:/dpo/demandes/" + id;
	}

	@PostMapping("/dpo/demandes/{rightsRequestId}/levee-limitation")
	String liftRestriction(@PathVariable RightsRequestId rightsRequestId,
			@RequestParam(name = "noteLevee", required = false) @Nullable String note, AuthenticatedUser user,
			Model model, Locale locale, RedirectAttributes redirect) {
		RightsRequestId id = rightsRequestId;
		found(id);
		try {
			desk.liftRestriction(id, note, user.accountId().value());
		}
		catch (RightsDeskException refused) {
			return error(id, "noteLevee", refused.key(), note, model, locale);
		}
		catch (UnsupportedOperationException | IllegalStateException unavailable) {
			return error(id, "noteLevee", "rightsdesk.error.fulfilment", note, model, locale);
		}
		redirect.addFlashAttribute("done", "rightsdesk.done.lifted");
		return "redirect:/dpo/demandes/" + id;
	}

	@GetMapping("/dpo/demandes/{rightsRequestId}/lettre-levee.pdf")
	ResponseEntity<byte[]> liftLetter(@PathVariable RightsRequestId rightsRequestId) {
		RightsRequestId id = rightsRequestId;
		RightsRequestView request = found(id);
		return pdf("levee-limitation-" + request.line().reference() + ".pdf", out -> desk.writeLiftLetter(id, out));
	}

	@GetMapping("/dpo/demandes/{rightsRequestId}/lettre.pdf")
	ResponseEntity<byte[]> letter(@PathVariable RightsRequestId rightsRequestId) {
		RightsRequestId id = rightsRequestId;
		RightsRequestView request = found(id);
		if (request.line().status().open()) {
			throw new NotFoundException("rights request");
		}
		return pdf("reponse-" + request.line().reference() + ".pdf", out -> desk.writeLetter(id, out));
	}

	/** Writes a letter of the desk into the PDF it is downloaded as. */
	@FunctionalInterface
	private interface LetterWriter {

		void write(java.io.OutputStream out) throws IOException;

	}

	/**
	 * A letter as a PDF download, written to a buffer first: a letter that cannot be
	 * written is a clean 404, not a download cut short.
	 */
	private static ResponseEntity<byte[]> pdf(String filename, LetterWriter letter) {
		java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
		try {
			letter.write(buffer);
		}
		catch (NoSuchElementException | IOException | UnsupportedOperationException unavailable) {
			throw new NotFoundException("rights request");
		}
		byte[] pdf = buffer.toByteArray();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	@GetMapping("/dpo/demandes/{rightsRequestId}/courrier")
	ResponseEntity<InputStreamResource> scan(@PathVariable RightsRequestId rightsRequestId) {
		RightsRequestId id = rightsRequestId;
		found(id);
		Optional<InputStream> scan = desk.openScan(id);
		if (scan.isEmpty()) {
			throw new NotFoundException("rights request");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("courrier-" + id + ".bin").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new InputStreamResource(scan.get()));
	}

	private String error(RightsRequestId id, String field, String key, @Nullable String typed, Model model,
			Locale locale) {
		model.addAttribute("errorField", field);
		model.addAttribute("errorKey", key);
		model.addAttribute("typed", typed);
		return render(id, model, locale);
	}

	private String render(RightsRequestId id, Model model, Locale locale) {
		RightsRequestView request = found(id);
		Register current = register.current();
		model.addAttribute("request", request);
		model.addAttribute("rightLabel",
				current.right(request.line().rightId())
					.map(r -> Register.text(r.label(), r.labelEn(), locale))
					.orElse(request.line().rightId()));
		model.addAttribute("scopeLabel",
				current.purposes()
					.stream()
					.filter(p -> p.id().equals(request.scope()))
					.findFirst()
					.map(p -> Register.text(p.label(), p.labelEn(), locale))
					.orElse(null));
		boolean restriction = RESTRICTION.equals(request.line().rightId());
		model.addAttribute("restriction", restriction);
		model.addAttribute("grounds", RestrictionGround.values());
		boolean lifted = restriction && request.line().status() == RightsRequestStatus.ANSWERED
				&& desk.restrictionLifted(id);
		model.addAttribute("restrictionLifted", lifted);
		model.addAttribute("restrictionLiftable",
				restriction && request.line().status() == RightsRequestStatus.ANSWERED && !lifted);
		boolean needsSubject = request.subjectRef() == null && request.line().status().open();
		model.addAttribute("needsSubject", needsSubject);
		model.addAttribute("candidates", needsSubject ? desk.candidates(id) : List.of());
		model.addAttribute("zone", FrenchDates.FRANCE);
		return VIEW;
	}

	/**
	 * The ground chosen for a restriction, or null when none or not one of Art. 18(1).
	 */
	private static @Nullable RestrictionGround ground(@Nullable String chosen) {
		if (chosen == null || chosen.isBlank()) {
			return null;
		}
		for (RestrictionGround ground : RestrictionGround.values()) {
			if (ground.name().equals(chosen.strip())) {
				return ground;
			}
		}
		return null;
	}

	private RightsRequestView found(RightsRequestId id) {
		return desk.find(id).orElseThrow(() -> new NotFoundException("rights request"));
	}

}
