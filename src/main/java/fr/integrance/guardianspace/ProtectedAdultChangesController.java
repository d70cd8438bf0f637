package fr.integrance.guardianspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.integrance.platform.TypedForms;
import fr.integrance.contracts.CareAndHousing;
import fr.integrance.contracts.ContractStatus;
import fr.integrance.contracts.Housing;
import fr.integrance.contracts.IndividualContract;
import fr.integrance.contracts.IndividualContracts;
import fr.integrance.contracts.PlanCatalogue;
import fr.integrance.guardianspace.ProtectedAdults.ProtectedAdult;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.people.PersonId;
import fr.integrance.platform.FrenchDates;
import fr.integrance.platform.InvalidValueException;
import fr.integrance.platform.NotFoundException;
import fr.integrance.platform.PostalAddress;
import fr.integrance.platform.PostalCode;
import fr.integrance.requests.FieldProblemsException;
import fr.integrance.requests.GuardianChange;
import fr.integrance.requests.RequestChannel;
import fr.integrance.requests.Requests;
import fr.integrance.requests.SubmittedRequest;

/**
 * {@code /itutelle/majeurs/{adultId}/modifications}: an agent asks, for a protected adult
 * their organisation represents today, a change of plan at the contract's next
 * anniversary, of the contact address or the care and housing, or the end of the
 * representation (death, end of the measure, change of guardian). Each is a case staff
 * decide; nothing changes before. Another organisation's adult or an unknown id is 404.
 */
@Controller
@RequiredArgsConstructor
class ProtectedAdultChangesController {

	static final String PATH = "/itutelle/majeurs/{adultId}/modifications";

	static final String VIEW = "guardianspace/changes";

	static final String FLASH = "changeFlash";

	private final ProtectedAdults adults;

	private final IndividualContracts contracts;

	private final PlanCatalogue catalogue;

	private final Requests requests;

	private final AccountManagement accounts;

	private final Clock clock;

	@GetMapping(PATH)
	String page(AuthenticatedUser agent, @PathVariable PersonId adultId, Model model) {
		render(agent, adultId, model);
		model.addAttribute("planForm", ChangeForms.PlanForm.empty());
		model.addAttribute("addressForm", ChangeForms.AddressForm.empty());
		model.addAttribute("terminationForm", ChangeForms.TerminationForm.empty());
		return VIEW;
	}

	@PostMapping(PATH + "/formule")
	String plan(AuthenticatedUser agent, @PathVariable PersonId adultId,
			@Valid @ModelAttribute("planForm") ChangeForms.PlanForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
		TypedForms.Rebound<ChangeForms.PlanForm> typed = TypedForms.recover(ChangeForms.PlanForm.class, "planForm",
				result, request, model);
		if (typed != null) {
			form = typed.form();
			result = typed.result();
		}
		Optional<IndividualContract> contract = render(agent, adultId, model);
		others(model, "planForm");
		if (result.hasErrors()) {
			return VIEW;
		}
		LocalDate anniversary = contract.map(c -> nextAnniversary(c, FrenchDates.today(clock))).orElse(null);
		return send(agent, adultId, result, redirect, change(agent, adultId, locale, GuardianChange.Kind.PLAN,
				form.planCode(), anniversary, null, null, null), "planCode");
	}

	@PostMapping(PATH + "/adresse")
	String address(AuthenticatedUser agent, @PathVariable PersonId adultId,
			@Valid @ModelAttribute("addressForm") ChangeForms.AddressForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
		TypedForms.Rebound<ChangeForms.AddressForm> typed = TypedForms.recover(ChangeForms.AddressForm.class,
				"addressForm", result, request, model);
		if (typed != null) {
			form = typed.form();
			result = typed.result();
		}
		render(agent, adultId, model);
		others(model, "addressForm");
		@Nullable PostalAddress address = null;
		if (form.hasAddress() && !result.hasErrors()) {
			if (!ChangeForms.AddressForm.filled(form.addressLine1())) {
				result.rejectValue("addressLine1", "guardianadhesion.error.required");
			}
			if (!ChangeForms.AddressForm.filled(form.postalCode())) {
				result.rejectValue("postalCode", "guardianadhesion.error.required");
			}
			if (!ChangeForms.AddressForm.filled(form.city())) {
				result.rejectValue("city", "guardianadhesion.error.required");
			}
			if (!result.hasErrors()) {
				List<String> lines = new ArrayList<>();
				lines.add(Objects.requireNonNull(form.addressLine1()).strip());
				if (ChangeForms.AddressForm.filled(form.addressLine2())) {
					lines.add(Objects.requireNonNull(form.addressLine2()).strip());
				}
				try {
					address = PostalAddress.french(lines, PostalCode.of(form.postalCode()),
							Objects.requireNonNull(form.city()).strip());
				}
				catch (InvalidValueException ex) {
					result.rejectValue("city", ex.messageKey());
				}
			}
		}
		Housing housing = form.housing();
		if (housing != null && housing.inEstablishment() && !ChangeForms.AddressForm.filled(form.establishment())) {
			result.rejectValue("establishment", "guardianadhesion.error.establishment-required");
		}
		if (!form.hasAddress() && housing == null && !result.hasErrors()) {
			result.reject("guardianadhesion.change.error.nothing");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		return send(agent, adultId, result, redirect,
				change(agent, adultId, locale, GuardianChange.Kind.ADDRESS_HOUSING, null, null, address,
						housing == null ? null : new CareAndHousing(housing, form.establishment()), null),
				"addressLine1");
	}

	@PostMapping(PATH + "/fin")
	String termination(AuthenticatedUser agent, @PathVariable PersonId adultId,
			@Valid @ModelAttribute("terminationForm") ChangeForms.TerminationForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
		TypedForms.Rebound<ChangeForms.TerminationForm> typed = TypedForms.recover(ChangeForms.TerminationForm.class,
				"terminationForm", result, request, model);
		if (typed != null) {
			form = typed.form();
			result = typed.result();
		}
		render(agent, adultId, model);
		others(model, "terminationForm");
		if (result.hasErrors()) {
			return VIEW;
		}
		return send(agent, adultId, result, redirect, change(agent, adultId, locale, GuardianChange.Kind.TERMINATION,
				null, form.lastDay(), null, null, form.reason()), "lastDay");
	}

	private String send(AuthenticatedUser agent, PersonId adultId, BindingResult result, RedirectAttributes redirect,
			GuardianChange change, String fallbackField) {
		SubmittedRequest submitted;
		try {
			submitted = requests.submit(RequestChannel.GUARDIANSPACE, change);
		}
		catch (FieldProblemsException ex) {
			ex.problems().forEach(problem -> {
				String field = switch (problem.field()) {
					case "planCode", "lastDay", "addressLine1" -> problem.field();
					case "effectiveOn" -> "lastDay".equals(fallbackField) ? "lastDay" : fallbackField;
					default -> fallbackField;
				};
				result.rejectValue(field, problem.messageKey());
			});
			return VIEW;
		}
		redirect.addFlashAttribute(FLASH, submitted.reference());
		return "redirect:" + PATH.replace("{adultId}", adultId.value().toString());
	}

	private GuardianChange change(AuthenticatedUser agent, PersonId adultId, Locale locale, GuardianChange.Kind kind,
			@Nullable String planCode, @Nullable LocalDate effectiveOn, @Nullable PostalAddress address,
			@Nullable CareAndHousing housing, GuardianChange.@Nullable Termination termination) {
		UUID organisation = agent.organisation().orElseThrow(() -> new NotFoundException("organisation")).value();
		AccountSummary account = accounts.get(agent.accountId());
		return new GuardianChange(organisation, adultId.value(), account.displayName(), account.login(), kind, planCode,
				effectiveOn, address, housing, termination, List.of(), locale.getLanguage());
	}

	/**
	 * The adult (404 unless represented today), their active contract and the choices.
	 */
	private Optional<IndividualContract> render(AuthenticatedUser agent, PersonId adultId, Model model) {
		ProtectedAdult adult = adults.find(agent, adultId.value())
			.orElseThrow(() -> new NotFoundException("protected adult"));
		Optional<IndividualContract> contract = contracts.ofPerson(adultId)
			.stream()
			.filter(c -> c.member().equals(adultId) && c.status() == ContractStatus.ACTIVE)
			.findFirst();
		LocalDate today = FrenchDates.today(clock);
		model.addAttribute("adult", adult);
		model.addAttribute("contract", contract.orElse(null));
		model.addAttribute("anniversary", contract.map(c -> nextAnniversary(c, today)).orElse(null));
		model.addAttribute("scheduled", contract.flatMap(c -> contracts.scheduledPlanChange(c.id())).orElse(null));
		model.addAttribute("plans", catalogue.plans());
		model.addAttribute("housings", Housing.values());
		model.addAttribute("terminations", GuardianChange.Termination.values());
		model.addAttribute("filePath", ProtectedAdultsController.path(adultId.value()));
		model.addAttribute("basePath", PATH.replace("{adultId}", adultId.value().toString()));
		return contract;
	}

	/** The forms not posted, empty. */
	private static void others(Model model, String posted) {
		if (!"planForm".equals(posted)) {
			model.addAttribute("planForm", ChangeForms.PlanForm.empty());
		}
		if (!"addressForm".equals(posted)) {
			model.addAttribute("addressForm", ChangeForms.AddressForm.empty());
		}
		if (!"terminationForm".equals(posted)) {
			model.addAttribute("terminationForm", ChangeForms.TerminationForm.empty());
		}
	}

	/** The first anniversary of the contract's start after today. */
	static LocalDate nextAnniversary(IndividualContract contract, LocalDate today) {
		LocalDate candidate = contract.startDate().withYear(today.getYear());
		while (!candidate.isAfter(today)) {
			candidate = candidate.plusYears(1);
		}
		return candidate;
	}

}
