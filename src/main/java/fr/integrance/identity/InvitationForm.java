package fr.integrance.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.ValueOf;

/**
 * The form that invites one more representative or agent into an existing organisation
 * (the organisation is never a field: the page names it), the same in the back office and
 * in a guardian organisation's space.
 *
 * @param email their e-mail address, which becomes their login
 * @param displayName how the platform names them
 * @param organisationAdministrator the unticked box sends nothing
 */
public record InvitationForm(
		@NotBlank(message = "{identity.validation.required}") @ValueOf(value = EmailAddress.class,
				message = "{identity.validation.email}") String email,
		@NotBlank(message = "{identity.validation.required}") @Size(max = 200,
				message = "{identity.validation.too-long}") String displayName,
		@Nullable Boolean organisationAdministrator) {

	/** The form as first shown. */
	public static InvitationForm empty() {
		return new InvitationForm("", "", Boolean.FALSE);
	}

	/** Once the form is valid. */
	public Invitation invitation() {
		return new Invitation(email, displayName, Boolean.TRUE.equals(organisationAdministrator));
	}

}
