package fr.integrance.backoffice;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.backoffice.AdministrationForms.StaffAccountForm;
import fr.integrance.identity.AccountAdministration;
import fr.integrance.identity.AccountId;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.Audience;
import fr.integrance.identity.CurrentUser;
import fr.integrance.identity.LoginAlreadyUsedException;
import fr.integrance.identity.NewStaffAccount;
import fr.integrance.identity.Role;

/**
 * {@code /gestion/admin/comptes}: an administrator lists staff, DPO and administrator
 * accounts, creates staff and DPO accounts (the person is invited by e-mail), looks at
 * any account and disables it (its sessions end at once).
 */
@Controller
class StaffAccountsController {

	static final String LIST_VIEW = "backoffice/admin/accounts";
	static final String FORM_VIEW = "backoffice/admin/account-form";
	static final String DETAIL_VIEW = "backoffice/admin/account";

	private final AccountAdministration administration;

	private final CurrentUser currentUser;

	StaffAccountsController(AccountAdministration administration, CurrentUser currentUser) {
		this.administration = administration;
		this.currentUser = currentUser;
	}

	@ModelAttribute("audience")
	String audience() {
		return Audience.ADMINISTRATION.navigation();
	}

	@GetMapping("/gestion/admin/comptes")
	String list(Model model) {
		model.addAttribute("accounts", administration.staffAccounts());
		return LIST_VIEW;
	}

	@GetMapping("/gestion/admin/comptes/nouveau")
	String form(Model model) {
		model.addAttribute("staffAccountForm", StaffAccountForm.empty());
		return FORM_VIEW;
	}

	@PostMapping("/gestion/admin/comptes/nouveau")
	String create(@Valid @ModelAttribute("staffAccountForm") StaffAccountForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			AccountId id = administration.createStaffAccount(
					new NewStaffAccount(Role.valueOf(form.role()), form.email(), form.displayName()),
					currentUser.accountId());
			redirect.addFlashAttribute("flash", "admin.account.created");
			return "redirect:/gestion/admin/comptes/" + id;
		}
		catch (LoginAlreadyUsedException e) {
			result.rejectValue("email", "admin.email.used");
			return FORM_VIEW;
		}
	}

	@GetMapping("/gestion/admin/comptes/{accountId}")
	String detail(@PathVariable String accountId, Model model) {
		AccountSummary account = find(accountId);
		model.addAttribute("account", account);
		model.addAttribute("self", account.id().equals(currentUser.accountId()));
		if (account.organisationId() != null) {
			administration.findOrganisation(account.organisationId())
				.ifPresent(organisation -> model.addAttribute("organisation", organisation));
		}
		return DETAIL_VIEW;
	}

	@PostMapping("/gestion/admin/comptes/{accountId}/desactivation")
	String disable(@PathVariable String accountId, RedirectAttributes redirect) {
		AccountSummary account = find(accountId);
		if (account.id().equals(currentUser.accountId())) {
			redirect.addFlashAttribute("error", "admin.account.disable.self");
		}
		else {
			administration.disable(account.id(), currentUser.accountId());
			redirect.addFlashAttribute("flash", "admin.account.disabled");
		}
		return "redirect:/gestion/admin/comptes/" + account.id();
	}

	private AccountSummary find(String accountId) {
		return AccountId.parse(accountId)
			.flatMap(administration::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
