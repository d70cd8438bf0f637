package fr.integrance.guardianspace;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.guardianspace.ProtectedAdults.ProtectedAdult;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.organisations.OrganisationSummary;
import fr.integrance.organisations.Organisations;
import fr.integrance.people.BankAccount;
import fr.integrance.people.BankAccountHistoryLine;
import fr.integrance.people.BankChangeCodeException;
import fr.integrance.people.BankChangeId;
import fr.integrance.people.BankDetailChanges;
import fr.integrance.people.DirectDebitMandate;
import fr.integrance.people.PendingBankChange;
import fr.integrance.people.PersonId;
import fr.integrance.people.SignedBankChange;
import fr.integrance.people.web.BankDetailsForm;
import fr.integrance.people.web.MandateSignatureForm;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.Iban;
import fr.integrance.platform.NotFoundException;
import fr.integrance.platform.TypedForms;

/**
 * {@code /itutelle/majeurs/{adultId}/banque}: a protected adult's bank details changed by
 * their guardian organisation. The agent gives the new IBAN and holder; a one-time code
 * is mailed to the agent; on {@code …/banque/signature/{bankChangeId}} the agent reads
 * the SEPA mandate and signs it for the organisation by ticking the consent and entering
 * the code. Immediate, like the member's own change (no case): the new mandate takes
 * effect on the next due date, the previous one is ended and kept. The page lists every
 * account and mandate, IBANs masked. An adult the organisation does not represent today,
 * another person's or an unknown change answer 404.
 */
@Controller
@RequiredArgsConstructor
class ProtectedAdultBankController {

	static final String PATH = "/itutelle/majeurs/{adultId}/banque";

	static final String VIEW = "guardianspace/bank";

	static final String SIGNATURE_VIEW = "guardianspace/bank-signature";

	private final ProtectedAdults adults;

	private final BankDetailChanges changes;

	private final GuardianBankDetails journey;

	private final Organisations organisations;

	private final Clock clock;

	static String path(UUID adult) {
		return PATH.replace("{adultId}", adult.toString());
	}

	@GetMapping(PATH)
	String page(AuthenticatedUser agent, @PathVariable PersonId adultId, Model model) {
		ProtectedAdult adult = adult(agent, adultId);
		model.addAttribute("bankForm", BankDetailsForm.empty());
		return bankPage(adult, model);
	}

	@PostMapping(PATH)
	String propose(AuthenticatedUser agent, @PathVariable PersonId adultId,
			@ModelAttribute("bankForm") BankDetailsForm form, BindingResult result, Model model,
			HttpServletRequest request) {
		TypedForms.Rebound<BankDetailsForm> typed = TypedForms.recover(BankDetailsForm.class, "bankForm", result,
				request, model);
		if (typed != null) {
			form = typed.form();
			result = typed.result();
		}
		ProtectedAdult adult = adult(agent, adultId);
		Iban iban = form.validate(result);
		if (iban == null || result.hasErrors()) {
			return bankPage(adult, model);
		}
		BankChangeId id;
		try {
			id = journey.propose(agent, adultId, adult.name(), iban,
					Objects.requireNonNull(form.holder(), "checked").strip());
		}
		catch (fr.integrance.people.PersonRestrictedException restricted) {
			// Art. 18: the processing is restricted; nothing is stored, said beside the
			// field
			result.rejectValue("iban", "memberbank.restricted");
			return bankPage(adult, model);
		}
		return "redirect:" + path(adultId.value()) + "/signature/" + id;
	}

	@GetMapping(PATH + "/signature/{adultBankChangeId}")
	String signature(AuthenticatedUser agent, @PathVariable PersonId adultId,
			@PathVariable("adultBankChangeId") BankChangeId bankChangeId, Model model) {
		ProtectedAdult adult = adult(agent, adultId);
		PendingBankChange pending = changes.pending(adultId, bankChangeId);
		model.addAttribute("signatureForm", MandateSignatureForm.empty());
		return signaturePage(agent, adult, pending, model);
	}

	@PostMapping(PATH + "/signature/{adultBankChangeId}")
	String sign(AuthenticatedUser agent, @PathVariable PersonId adultId,
			@PathVariable("adultBankChangeId") BankChangeId bankChangeId,
			@ModelAttribute("signatureForm") MandateSignatureForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		TypedForms.Rebound<MandateSignatureForm> typed = TypedForms.recover(MandateSignatureForm.class, "signatureForm",
				result, request, model);
		if (typed != null) {
			form = typed.form();
			result = typed.result();
		}
		ProtectedAdult adult = adult(agent, adultId);
		PendingBankChange pending = changes.pending(adultId, bankChangeId);
		form.validate(result);
		if (result.hasErrors()) {
			return signaturePage(agent, adult, pending, model);
		}
		try {
			SignedBankChange signed = journey.sign(agent, adultId, adult.name(), bankChangeId,
					Objects.requireNonNull(form.code()).strip());
			redirect.addFlashAttribute("signedReference", signed.mandate().rum());
			redirect.addFlashAttribute("signedEffective", signed.effectiveOn());
			// back to the adult's file, which shows the new mandate among the others
			return "redirect:" + ProtectedAdultsController.path(adultId.value());
		}
		catch (BankChangeCodeException refused) {
			switch (refused.reason()) {
				case WRONG ->
					result.rejectValue("code", "memberbank.code.wrong", new Object[] { refused.attemptsLeft() }, null);
				case EXPIRED -> result.rejectValue("code", "memberbank.code.expired");
				case EXHAUSTED -> result.rejectValue("code", "memberbank.code.exhausted");
			}
			model.addAttribute("closed", refused.reason() != BankChangeCodeException.Reason.WRONG);
			return signaturePage(agent, adult, pending, model);
		}
	}

	private ProtectedAdult adult(AuthenticatedUser agent, PersonId adultId) {
		return adults.find(agent, adultId.value()).orElseThrow(() -> new NotFoundException("protected adult"));
	}

	private String bankPage(ProtectedAdult adult, Model model) {
		model.addAttribute("adult", adult);
		model.addAttribute("history", history(changes, adult.id()));
		model.addAttribute("nextDueDate", BankDetailChanges.effectiveDate(FrenchDates.today(clock)));
		model.addAttribute("filePath", ProtectedAdultsController.path(adult.id()));
		model.addAttribute("basePath", path(adult.id()));
		return VIEW;
	}

	private String signaturePage(AuthenticatedUser agent, ProtectedAdult adult, PendingBankChange pending,
			Model model) {
		model.addAttribute("adult", adult);
		model.addAttribute("pending", SignatureView.of(pending));
		model.addAttribute("organisationName",
				agent.organisation()
					.flatMap(organisations::find)
					.map(OrganisationSummary::name)
					.orElseThrow(() -> new NotFoundException("organisation")));
		model.addAttribute("zone", FrenchDates.FRANCE);
		model.addAttribute("basePath", path(adult.id()));
		if (!model.containsAttribute("closed")) {
			model.addAttribute("closed", false);
		}
		return SIGNATURE_VIEW;
	}

	/** The adult's accounts and mandates, newest first, IBANs masked. */
	static List<HistoryRow> history(BankDetailChanges changes, UUID adult) {
		return changes.history(new PersonId(adult)).stream().map(HistoryRow::of).toList();
	}

	/** The change to sign, IBAN masked. */
	record SignatureView(BankChangeId id, String ibanMasked, String holder, LocalDate effectiveOn, Instant expiresAt,
			int attemptsLeft) {

		static SignatureView of(PendingBankChange pending) {
			return new SignatureView(pending.id(), pending.iban().masked(), pending.holder(), pending.effectiveOn(),
					pending.expiresAt(), pending.attemptsLeft());
		}

		@Override
		public String toString() {
			return "SignatureView[id=" + id + ", ***]";
		}
	}

	/** One account of the history, IBAN masked, with its mandate's dates. */
	record HistoryRow(String ibanMasked, String holder, @Nullable String rum, @Nullable LocalDate signedOn,
			@Nullable LocalDate effectiveOn, @Nullable LocalDate endedOn) {

		static HistoryRow of(BankAccountHistoryLine line) {
			BankAccount account = line.account();
			DirectDebitMandate mandate = account.mandate();
			return new HistoryRow(account.iban().masked(), account.holder(), mandate == null ? null : mandate.rum(),
					mandate == null ? null : mandate.signedOn(), line.effectiveOn(),
					mandate == null ? null : mandate.revokedOn());
		}

		@Override
		public String toString() {
			return "HistoryRow[***]";
		}
	}

}
