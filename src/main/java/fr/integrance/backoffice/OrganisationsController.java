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

import fr.integrance.backoffice.AdministrationForms.OrganisationForm;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.InvitationForm;
import fr.integrance.identity.NewAccountForms;
import fr.integrance.organisations.NewOrganisation;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationSummary;
import fr.integrance.organisations.Organisations;

/**
 * {@code /gestion/admin/organisations}: an administrator creates employers and guardian
 * services with their first representative or agent (invited by e-mail), and invites more
 * of them.
 */
@Controller
@RequiredArgsConstructor
class OrganisationsController {

	static final String LIST_VIEW = "backoffice/admin/organisations";
	static final String FORM_VIEW = "backoffice/admin/organisation-form";
	static final String DETAIL_VIEW = "backoffice/admin/organisation";

	private final Organisations organisations;

	private final AccountManagement accounts;

	@GetMapping("/gestion/admin/organisations")
	String list(Model model) {
		model.addAttribute("organisations", organisations.all());
		return LIST_VIEW;
	}

	@GetMapping("/gestion/admin/organisations/nouvelle")
	String form(Model model) {
		model.addAttribute("organisationForm", OrganisationForm.empty());
		return FORM_VIEW;
	}

	@PostMapping("/gestion/admin/organisations/nouvelle")
	String create(AuthenticatedUser admin, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
			BindingResult result, RedirectAttributes redirect) {
		NewOrganisation organisation = form.organisation();
		organisation.problems().forEach(problem -> result.rejectValue(problem.field(), problem.messageKey()));
		return NewAccountForms
			.submit(result, redirect, "admin.organisation.created",
					() -> "/gestion/admin/organisations/"
							+ accounts.openOrganisation(organisation, form.first(), admin.accountId()),
					() -> FORM_VIEW);
	}

	@GetMapping("/gestion/admin/organisations/{organisationId}")
	String detail(@PathVariable OrganisationId organisationId, Model model) {
		if (!model.containsAttribute("invitationForm")) {
			model.addAttribute("invitationForm", InvitationForm.empty());
		}
		return detailView(organisations.get(organisationId), model);
	}

	@PostMapping("/gestion/admin/organisations/{organisationId}/invitations")
	String invite(AuthenticatedUser admin, @PathVariable OrganisationId organisationId,
			@Valid @ModelAttribute("invitationForm") InvitationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationSummary organisation = organisations.get(organisationId);
		return NewAccountForms.submit(result, redirect, "admin.invitation.sent", () -> {
			accounts.inviteToOrganisation(organisation.id(), form.invitation(), admin.accountId());
			return "/gestion/admin/organisations/" + organisation.id();
		}, () -> detailView(organisation, model));
	}

	private String detailView(OrganisationSummary organisation, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("accounts", accounts.organisationAccounts(organisation.id()));
		return DETAIL_VIEW;
	}

}
