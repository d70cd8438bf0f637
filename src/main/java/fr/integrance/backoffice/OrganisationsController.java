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

import fr.integrance.backoffice.AdministrationForms.InvitationForm;
import fr.integrance.backoffice.AdministrationForms.OrganisationForm;
import fr.integrance.identity.AccountAdministration;
import fr.integrance.identity.Audience;
import fr.integrance.identity.CurrentUser;
import fr.integrance.identity.Invitation;
import fr.integrance.identity.LoginAlreadyUsedException;
import fr.integrance.identity.NewOrganisation;
import fr.integrance.identity.OrganisationId;
import fr.integrance.identity.OrganisationKind;
import fr.integrance.identity.OrganisationSummary;
import fr.integrance.identity.Siren;
import fr.integrance.identity.Siret;

/**
 * {@code /gestion/admin/organisations}: an administrator creates employers and guardian
 * services with their first representative or agent (invited by e-mail), and invites more
 * of them.
 */
@Controller
class OrganisationsController {

	static final String LIST_VIEW = "backoffice/admin/organisations";
	static final String FORM_VIEW = "backoffice/admin/organisation-form";
	static final String DETAIL_VIEW = "backoffice/admin/organisation";

	private final AccountAdministration administration;

	private final CurrentUser currentUser;

	OrganisationsController(AccountAdministration administration, CurrentUser currentUser) {
		this.administration = administration;
		this.currentUser = currentUser;
	}

	@ModelAttribute("audience")
	String audience() {
		return Audience.ADMINISTRATION.navigation();
	}

	@GetMapping("/gestion/admin/organisations")
	String list(Model model) {
		model.addAttribute("organisations", administration.organisations());
		return LIST_VIEW;
	}

	@GetMapping("/gestion/admin/organisations/nouvelle")
	String form(Model model) {
		model.addAttribute("organisationForm", OrganisationForm.empty());
		return FORM_VIEW;
	}

	@PostMapping("/gestion/admin/organisations/nouvelle")
	String create(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult result,
			RedirectAttributes redirect) {
		checkIdentifiers(form, result);
		if (result.hasErrors()) {
			return FORM_VIEW;
		}
		try {
			OrganisationId id = administration
				.createOrganisation(
						new NewOrganisation(OrganisationKind.valueOf(form.kind()), form.name(), form.siren(),
								form.siret(), new Invitation(form.email(), form.displayName(), true)),
						currentUser.accountId());
			redirect.addFlashAttribute("flash", "admin.organisation.created");
			return "redirect:/gestion/admin/organisations/" + id;
		}
		catch (LoginAlreadyUsedException e) {
			result.rejectValue("email", "admin.email.used");
			return FORM_VIEW;
		}
	}

	@GetMapping("/gestion/admin/organisations/{organisationId}")
	String detail(@PathVariable String organisationId, Model model) {
		OrganisationSummary organisation = find(organisationId);
		model.addAttribute("organisation", organisation);
		model.addAttribute("accounts", administration.organisationAccounts(organisation.id()));
		if (!model.containsAttribute("invitationForm")) {
			model.addAttribute("invitationForm", InvitationForm.empty());
		}
		return DETAIL_VIEW;
	}

	@PostMapping("/gestion/admin/organisations/{organisationId}/invitations")
	String invite(@PathVariable String organisationId, @Valid @ModelAttribute("invitationForm") InvitationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationSummary organisation = find(organisationId);
		if (!result.hasErrors()) {
			try {
				boolean administrator = Boolean.TRUE.equals(form.organisationAdministrator());
				administration.inviteToOrganisation(organisation.id(),
						new Invitation(form.email(), form.displayName(), administrator), currentUser.accountId());
				redirect.addFlashAttribute("flash", "admin.invitation.sent");
				return "redirect:/gestion/admin/organisations/" + organisation.id();
			}
			catch (LoginAlreadyUsedException e) {
				result.rejectValue("email", "admin.email.used");
			}
		}
		model.addAttribute("organisation", organisation);
		model.addAttribute("accounts", administration.organisationAccounts(organisation.id()));
		return DETAIL_VIEW;
	}

	/**
	 * SIREN required for an employer, and any SIREN or SIRET given must pass its
	 * checksum.
	 */
	private static void checkIdentifiers(OrganisationForm form, BindingResult result) {
		boolean sirenGiven = form.siren() != null && !form.siren().isBlank();
		if ("EMPLOYER".equals(form.kind()) && !sirenGiven) {
			result.rejectValue("siren", "admin.organisation.siren.required");
		}
		else if (sirenGiven && !Siren.isValid(form.siren())) {
			result.rejectValue("siren", "admin.organisation.siren.invalid");
		}
		if (form.siret() != null && !form.siret().isBlank()) {
			if (!Siret.isValid(form.siret())) {
				result.rejectValue("siret", "admin.organisation.siret.invalid");
			}
			else if (sirenGiven && Siren.isValid(form.siren())
					&& !Siret.of(form.siret()).siren().equals(Siren.of(form.siren()))) {
				result.rejectValue("siret", "admin.organisation.siret.other-siren");
			}
			else if (!sirenGiven) {
				result.rejectValue("siren", "admin.organisation.siren.required-with-siret");
			}
		}
	}

	private OrganisationSummary find(String organisationId) {
		return OrganisationId.parse(organisationId)
			.flatMap(administration::findOrganisation)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
