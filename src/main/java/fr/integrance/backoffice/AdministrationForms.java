package fr.integrance.backoffice;

import java.util.Arrays;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.integrance.identity.Invitation;
import fr.integrance.identity.NewStaffAccount;
import fr.integrance.identity.Role;
import fr.integrance.organisations.NewOrganisation;
import fr.integrance.organisations.OrganisationKind;

import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.ValueOf;

/** The administration forms: records with only the fields an administrator may set. */
final class AdministrationForms {

	private AdministrationForms() {
	}

	/** A staff or DPO account; an administrator account cannot be created from a form. */
	record StaffAccountForm(
			@NotBlank(message = "{identity.validation.required}") @Pattern(regexp = "STAFF|DPO",
					message = "{admin.validation.role}") String role,
			@NotBlank(message = "{identity.validation.required}") @ValueOf(value = EmailAddress.class,
					message = "{identity.validation.email}") String email,
			@NotBlank(message = "{identity.validation.required}") @Size(max = 200,
					message = "{identity.validation.too-long}") String displayName) {

		static StaffAccountForm empty() {
			return new StaffAccountForm("STAFF", "", "");
		}

		/** Once the form is valid. */
		NewStaffAccount account() {
			return new NewStaffAccount(Role.valueOf(role), email, displayName);
		}
	}

	/** An organisation and the first person who represents it. */
	record OrganisationForm(
			@NotBlank(message = "{identity.validation.required}") @Pattern(regexp = "EMPLOYER|GUARDIAN_SERVICE",
					message = "{admin.validation.kind}") String kind,
			@NotBlank(message = "{identity.validation.required}") @Size(max = 200,
					message = "{identity.validation.too-long}") String name,
			@Size(max = 20, message = "{identity.validation.too-long}") String siren,
			@Size(max = 30, message = "{identity.validation.too-long}") String siret,
			@NotBlank(message = "{identity.validation.required}") @ValueOf(value = EmailAddress.class,
					message = "{identity.validation.email}") String email,
			@NotBlank(message = "{identity.validation.required}") @Size(max = 200,
					message = "{identity.validation.too-long}") String displayName) {

		static OrganisationForm empty() {
			return new OrganisationForm("EMPLOYER", "", "", "", "", "");
		}

		/** The organisation; its kind is null when the form names none that exists. */
		NewOrganisation organisation() {
			OrganisationKind chosen = Arrays.stream(OrganisationKind.values())
				.filter(value -> value.name().equals(kind))
				.findFirst()
				.orElse(null);
			return new NewOrganisation(chosen, name, siren, siret);
		}

		/**
		 * The first representative or agent, who administers a guardian service's agents.
		 */
		Invitation first() {
			return new Invitation(email, displayName, true);
		}
	}

}
