package fr.integrance.guardianspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.platform.TypedForms;
import fr.integrance.contracts.CareAndHousing;
import fr.integrance.contracts.DependantType;
import fr.integrance.contracts.Housing;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.contracts.ProtectionMeasure;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.platform.Bic;
import fr.integrance.platform.Civility;
import fr.integrance.platform.FieldEncryption;
import fr.integrance.platform.FileInspection;
import fr.integrance.platform.FileRejectedException;
import fr.integrance.platform.FileRejection;
import fr.integrance.platform.Iban;
import fr.integrance.platform.Nir;
import fr.integrance.platform.NotFoundException;
import fr.integrance.platform.PostalAddress;
import fr.integrance.platform.PostalCode;
import fr.integrance.requests.Attachments;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.requests.GuardianAdhesion;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Requests;
import fr.integrance.requests.StoredAttachment;
import fr.integrance.requests.SubmittedRequest;

/**
 * {@code /itutelle/adhesions/nouvelle}: an agent asks the adhesion of a new protected
 * adult for their organisation. The judgment is required and inspected like every upload
 * (PDF, JPEG or PNG) and stored with the case; the NIR, the bank details and the health
 * needs are encrypted into the payload before the case is stored
 * ({@link GuardianAdhesion.Sealed}). The request becomes a case staff decide in the back
 * office; on acceptance every agent of the organisation sees the adult.
 */
@Controller
@RequiredArgsConstructor
class AdhesionController {

	static final String PATH = "/itutelle/adhesions/nouvelle";

	static final String VIEW = "guardianspace/adhesion";

	static final String FLASH = "adhesionFlash";

	private final Requests requests;

	private final Attachments attachments;

	private final FileInspection inspection;

	private final PlanCatalogue catalogue;

	private final FieldEncryption encryption;

	private final AccountManagement accounts;

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("civilities", List.of(Civility.MME, Civility.M));
		model.addAttribute("measures", ProtectionMeasure.values());
		model.addAttribute("housings", Housing.values());
		model.addAttribute("relationships", DependantType.values());
		model.addAttribute("plans", catalogue.plans());
		model.addAttribute("maxFileBytes", attachments.maxFileBytes());
	}

	@GetMapping(PATH)
	String form(AuthenticatedUser agent, Model model) {
		organisation(agent);
		if (!model.containsAttribute("adhesion")) {
			model.addAttribute("adhesion", AdhesionForm.empty());
		}
		return VIEW;
	}

	@PostMapping(PATH)
	String submit(AuthenticatedUser agent, @Valid @ModelAttribute("adhesion") AdhesionForm bound, BindingResult binding,
			@RequestParam(name = "judgment", required = false) @Nullable MultipartFile judgment, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
		TypedForms.Rebound<AdhesionForm> typed = TypedForms.recover(AdhesionForm.class, "adhesion", binding, request,
				model);
		AdhesionForm form = typed != null ? typed.form() : bound;
		BindingResult result = typed != null ? typed.result() : binding;
		java.util.UUID organisation = organisation(agent);
		checkRows(form, result);
		LocalDate from = form.validFrom();
		LocalDate until = form.validUntil();
		if (from != null && until != null && until.isBefore(from)) {
			result.rejectValue("validUntil", "guardianadhesion.error.valid-until");
		}
		Housing housing = form.housing();
		String establishment = form.establishment();
		if (housing != null && housing.inEstablishment() && (establishment == null || establishment.isBlank())) {
			result.rejectValue("establishment", "guardianadhesion.error.establishment-required");
		}
		String plan = form.planCode();
		if (plan != null && !plan.isBlank() && catalogue.plan(plan).isEmpty()) {
			result.rejectValue("planCode", "guardianadhesion.error.plan");
		}
		boolean chosen = judgment != null && !judgment.isEmpty();
		String fileError = judgment != null && chosen ? inspect(judgment) : "guardianadhesion.error.judgment-required";
		if (result.hasErrors() || fileError != null) {
			model.addAttribute("hasErrors", true);
			model.addAttribute("judgmentError", fileError != null ? fileError : "intake.upload.error.choose-again");
			return VIEW;
		}
		StoredAttachment stored;
		MultipartFile file = req(judgment);
		try {
			stored = attachments.store(file.getOriginalFilename(), file.getBytes(), 0);
		}
		catch (FileRejectedException ex) {
			model.addAttribute("hasErrors", true);
			model.addAttribute("judgmentError", keyOf(ex.reason()));
			return VIEW;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		AccountSummary account = accounts.get(agent.accountId());
		GuardianAdhesion payload = payload(organisation, account, form, stored, locale);
		SubmittedRequest submitted;
		try {
			submitted = requests.submit(RequestChannel.GUARDIANSPACE, payload);
		}
		catch (FieldProblemsException ex) {
			attachments.discardPending(stored.id());
			ex.problems().forEach(problem -> result.reject(problem.messageKey()));
			model.addAttribute("hasErrors", true);
			model.addAttribute("judgmentError", "intake.upload.error.choose-again");
			return VIEW;
		}
		redirect.addFlashAttribute(FLASH, submitted.reference());
		return "redirect:" + PATH;
	}

	private GuardianAdhesion payload(java.util.UUID organisation, AccountSummary account, AdhesionForm form,
			StoredAttachment judgment, Locale locale) {
		GuardianAdhesion.Sealed sealed = GuardianAdhesion.Sealed.seal(encryption, Nir.parse(form.nir()).value(),
				Iban.parse(form.iban()).value(), Bic.parse(form.bic()).value(), req(form.accountHolder()).strip(),
				form.healthNeeds().encode());
		List<String> lines = new ArrayList<>();
		lines.add(req(form.addressLine1()).strip());
		if (form.addressLine2() != null && !form.addressLine2().isBlank()) {
			lines.add(form.addressLine2().strip());
		}
		PostalAddress address = PostalAddress.french(lines, PostalCode.of(form.postalCode()), req(form.city()).strip());
		List<GuardianAdhesion.Beneficiary> beneficiaries = form.filledBeneficiaries()
			.stream()
			.map(row -> new GuardianAdhesion.Beneficiary(req(row.relationship()), req(row.civility()),
					req(row.lastName()).strip(), req(row.firstName()).strip(), req(row.birthDate())))
			.toList();
		return new GuardianAdhesion(organisation, account.displayName(), account.login(),
				new GuardianAdhesion.Adult(req(form.civility()), req(form.lastName()).strip(),
						req(form.firstName()).strip(),
						form.birthName() == null || form.birthName().isBlank() ? null : form.birthName().strip(),
						req(form.birthDate()), address),
				new GuardianAdhesion.Measure(req(form.measureType()), req(form.court()).strip(),
						req(form.judgmentDate()), req(form.reference()).strip(), req(form.validFrom()),
						form.validUntil()),
				new CareAndHousing(req(form.housing()), form.establishment()), sealed, req(form.planCode()),
				beneficiaries, List.of(judgment.id()), locale.getLanguage());
	}

	private static void checkRows(AdhesionForm form, BindingResult result) {
		for (int i = 0; i < form.beneficiaries().size(); i++) {
			AdhesionForm.BeneficiaryRow row = form.beneficiaries().get(i);
			if (!row.blank() && !row.complete()) {
				result.rejectValue("beneficiaries[" + i + "].lastName", "guardianadhesion.error.beneficiary");
			}
		}
	}

	private @Nullable String inspect(MultipartFile file) {
		try {
			inspection.inspect(file.getOriginalFilename(), file.getBytes());
			return null;
		}
		catch (FileRejectedException ex) {
			return keyOf(ex.reason());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A part the form's validation requires: present once it has no errors. */
	private static <T> T req(@Nullable T value) {
		return java.util.Objects.requireNonNull(value, "a part the form requires is missing");
	}

	private static java.util.UUID organisation(AuthenticatedUser agent) {
		return agent.organisation().orElseThrow(() -> new NotFoundException("organisation")).value();
	}

	private static String keyOf(FileRejection reason) {
		return "intake.upload.error." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
