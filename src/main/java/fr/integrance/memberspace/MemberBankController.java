package fr.integrance.memberspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.people.web.BankDetailsForm;
import fr.integrance.people.web.MandateSignatureForm;
import fr.integrance.platform.TypedForms;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.BankAccount;
import fr.integrance.people.BankAccountHistoryLine;
import fr.integrance.people.BankChangeCodeException;
import fr.integrance.people.BankChangeId;
import fr.integrance.people.BankDetailChanges;
import fr.integrance.people.DirectDebitMandate;
import fr.integrance.people.PendingBankChange;
import fr.integrance.people.PersonId;
import fr.integrance.people.SignedBankChange;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.Iban;
import fr.integrance.platform.NotFoundException;

/**
 * {@code /iadherent/banque}: the member's bank details. They give a new IBAN and holder;
 * a one-time code is mailed to the address they sign in with; on
 * {@code /iadherent/banque/signature/{bankChangeId}} they read the SEPA mandate and sign
 * it by ticking the consent and entering the code. The new mandate takes effect on the
 * next due date, the previous one is ended (kept). The page lists every account and
 * mandate, IBANs masked. Everything is the signed-in account's own person's; another's or
 * an unknown change answers 404. An account not linked to a person sees a notice and no
 * form.
 */
@Controller
@RequestMapping(MemberBankController.PATH)
class MemberBankController {

	static final String PATH = "/iadherent/banque";

	static final String VIEW = "memberspace/banque";

	static final String SIGNATURE_VIEW = "memberspace/banque-signature";

	private final BankDetailChanges changes;

	private final MemberBankDetails journey;

	private final java.time.Clock clock;

	private final SensitiveChanges sensitive;

	MemberBankController(BankDetailChanges changes, MemberBankDetails journey, java.time.Clock clock,
			SensitiveChanges sensitive) {
		this.changes = changes;
		this.journey = journey;
		this.clock = clock;
		this.sensitive = sensitive;
	}

	@ModelAttribute("audience")
	String audience() {
		return MemberSpaceConfiguration.SPACE.navigation();
	}

	/** Whether the new IBAN's form asks the password (or code) again. */
	@ModelAttribute
	void reauthentication(AuthenticatedUser member, jakarta.servlet.http.HttpServletRequest request, Model model) {
		sensitive.describe(member, request, model);
	}

	@GetMapping
	String page(AuthenticatedUser member, Model model) {
		model.addAttribute("bankForm", BankDetailsForm.empty());
		return bankPage(member, model);
	}

	@PostMapping
	String propose(AuthenticatedUser member, @ModelAttribute("bankForm") BankDetailsForm form, BindingResult result,
			@org.springframework.web.bind.annotation.RequestParam(name = SensitiveChanges.FIELD,
					required = false) @org.jspecify.annotations.Nullable String secret,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		PersonId person = person(member);
		// proved first: a right password counts even when the IBAN is to be corrected
		boolean confirmed = sensitive.confirmed(member, secret, request, model);
		Iban iban = form.validate(result);
		if (iban == null || result.hasErrors() || !confirmed) {
			return bankPage(member, model);
		}
		BankChangeId id;
		try {
			id = journey.propose(member.accountId(), person, iban,
					java.util.Objects.requireNonNull(form.holder(), "checked").strip());
		}
		catch (fr.integrance.people.PersonRestrictedException restricted) {
			// Art. 18: the processing is restricted; nothing is stored, said beside the
			// field
			result.rejectValue("iban", "memberbank.restricted");
			return bankPage(member, model);
		}
		return "redirect:" + PATH + "/signature/" + id;
	}

	@GetMapping("/signature/{bankChangeId}")
	String signature(AuthenticatedUser member, @PathVariable BankChangeId bankChangeId, Model model) {
		PendingBankChange pending = changes.pending(person(member), bankChangeId);
		model.addAttribute("signatureForm", MandateSignatureForm.empty());
		return signaturePage(pending, model);
	}

	@PostMapping("/signature/{bankChangeId}")
	String sign(AuthenticatedUser member, @PathVariable BankChangeId bankChangeId,
			@ModelAttribute("signatureForm") MandateSignatureForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		TypedForms.Rebound<MandateSignatureForm> typed = TypedForms.recover(MandateSignatureForm.class, "signatureForm",
				result, request, model);
		if (typed != null) {
			form = typed.form();
			result = typed.result();
		}
		PersonId person = person(member);
		PendingBankChange pending = changes.pending(person, bankChangeId);
		form.validate(result);
		if (result.hasErrors()) {
			return signaturePage(pending, model);
		}
		try {
			SignedBankChange signed = journey.sign(member.accountId(), person, bankChangeId,
					java.util.Objects.requireNonNull(form.code()).strip());
			redirect.addFlashAttribute("signedReference", signed.mandate().rum());
			redirect.addFlashAttribute("signedEffective", signed.effectiveOn());
			return "redirect:" + PATH;
		}
		catch (BankChangeCodeException refused) {
			switch (refused.reason()) {
				case WRONG ->
					result.rejectValue("code", "memberbank.code.wrong", new Object[] { refused.attemptsLeft() }, null);
				case EXPIRED -> result.rejectValue("code", "memberbank.code.expired");
				case EXHAUSTED -> result.rejectValue("code", "memberbank.code.exhausted");
			}
			model.addAttribute("closed", refused.reason() != BankChangeCodeException.Reason.WRONG);
			return signaturePage(pending, model);
		}
	}

	private String bankPage(AuthenticatedUser member, Model model) {
		UUID person = member.person().orElse(null);
		List<HistoryRow> history = person == null ? List.of()
				: changes.history(new PersonId(person)).stream().map(HistoryRow::of).toList();
		model.addAttribute("linked", person != null);
		model.addAttribute("history", history);
		model.addAttribute("nextDueDate", BankDetailChanges.effectiveDate(FrenchDates.today(clock)));
		return VIEW;
	}

	private String signaturePage(PendingBankChange pending, Model model) {
		model.addAttribute("pending", SignatureView.of(pending));
		model.addAttribute("zone", FrenchDates.FRANCE);
		if (!model.containsAttribute("closed")) {
			model.addAttribute("closed", false);
		}
		return SIGNATURE_VIEW;
	}

	private static PersonId person(AuthenticatedUser member) {
		return new PersonId(member.person().orElseThrow(() -> new NotFoundException("bank details of no person")));
	}

	/** The change to sign, IBAN masked. */
	record SignatureView(BankChangeId id, String ibanMasked, String ibanEnd, String holder, LocalDate effectiveOn,
			Instant expiresAt, int attemptsLeft) {

		static SignatureView of(PendingBankChange pending) {
			String iban = pending.iban().value();
			return new SignatureView(pending.id(), MemberOverview.PaymentView.mask(pending.iban()),
					iban.substring(iban.length() - 4), pending.holder(), pending.effectiveOn(), pending.expiresAt(),
					pending.attemptsLeft());
		}

		@Override
		public String toString() {
			return "SignatureView[id=" + id + ", ***]";
		}
	}

	/** One account of the history, IBAN masked, with its mandate's dates. */
	record HistoryRow(String ibanMasked, String ibanEnd, String holder, @Nullable String rum,
			@Nullable LocalDate signedOn, @Nullable LocalDate effectiveOn, @Nullable LocalDate endedOn) {

		static HistoryRow of(BankAccountHistoryLine line) {
			BankAccount account = line.account();
			DirectDebitMandate mandate = account.mandate();
			String iban = account.iban().value();
			return new HistoryRow(MemberOverview.PaymentView.mask(account.iban()), iban.substring(iban.length() - 4),
					account.holder(), mandate == null ? null : mandate.rum(),
					mandate == null ? null : mandate.signedOn(), line.effectiveOn(),
					mandate == null ? null : mandate.revokedOn());
		}

		@Override
		public String toString() {
			return "HistoryRow[***]";
		}
	}

}
