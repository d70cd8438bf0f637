package fr.integrance.backoffice;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.backoffice.AdministrationForms.StaffAccountForm;
import fr.integrance.identity.AccountId;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.NewAccountForms;
import fr.integrance.organisations.Organisations;

/**
 * {@code /gestion/admin/comptes}: an administrator lists staff, DPO and administrator
 * accounts, creates staff and DPO accounts (the person is invited by e-mail), looks at
 * any account and disables it (its sessions end at once).
 */
@Controller
@RequiredArgsConstructor
class StaffAccountsController {

	static final String LIST_VIEW = "backoffice/admin/accounts";
	static final String FORM_VIEW = "backoffice/admin/account-form";
	static final String DETAIL_VIEW = "backoffice/admin/account";

	private final AccountManagement accounts;

	private final Organisations organisations;

	@GetMapping("/gestion/admin/comptes")
	String list(Model model) {
		model.addAttribute("accounts", accounts.staffAccounts());
		return LIST_VIEW;
	}

	@GetMapping("/gestion/admin/comptes/nouveau")
	String form(Model model) {
		model.addAttribute("staffAccountForm", StaffAccountForm.empty());
		return FORM_VIEW;
	}

	@PostMapping("/gestion/admin/comptes/nouveau")
	String create(AuthenticatedUser admin, @Valid @ModelAttribute("staffAccountForm") StaffAccountForm form,
			BindingResult result, RedirectAttributes redirect) {
		return NewAccountForms.submit(result, redirect, "admin.account.created",
				() -> "/gestion/admin/comptes/" + accounts.createStaffAccount(form.account(), admin.accountId()),
				() -> FORM_VIEW);
	}

	@GetMapping("/gestion/admin/comptes/{accountId}")
	String detail(AuthenticatedUser admin, @PathVariable AccountId accountId, Model model) {
		AccountSummary account = accounts.get(accountId);
		model.addAttribute("account", account);
		model.addAttribute("self", account.id().equals(admin.accountId()));
		if (account.organisationId() != null) {
			organisations.find(account.organisationId())
				.ifPresent(organisation -> model.addAttribute("organisation", organisation));
		}
		return DETAIL_VIEW;
	}

	@PostMapping("/gestion/admin/comptes/{accountId}/desactivation")
	String disable(AuthenticatedUser admin, @PathVariable AccountId accountId, RedirectAttributes redirect) {
		AccountSummary account = accounts.get(accountId);
		if (account.id().equals(admin.accountId())) {
			redirect.addFlashAttribute("error", "admin.account.disable.self");
		}
		else {
			accounts.disable(account.id(), admin.accountId());
			redirect.addFlashAttribute("flash", "admin.account.disabled");
		}
		return "redirect:/gestion/admin/comptes/" + account.id();
	}

}
