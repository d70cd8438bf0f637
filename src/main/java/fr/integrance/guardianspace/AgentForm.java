package fr.integrance.guardianspace;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.integrance.identity.Invitation;

/**
 * An agent to invite into the manager's own organisation (the organisation is never a
 * field).
 */
record AgentForm(
		@NotBlank(message = "{identity.validation.required}") @Email(message = "{identity.validation.email}") @Size(
				max = 254, message = "{identity.validation.too-long}") String email,
		@NotBlank(message = "{identity.validation.required}") @Size(max = 200,
				message = "{identity.validation.too-long}") String displayName,
		Boolean organisationAdministrator) {

	static AgentForm empty() {
		return new AgentForm("", "", Boolean.FALSE);
	}

	Invitation invitation() {
		return new Invitation(email, displayName, Boolean.TRUE.equals(organisationAdministrator));
	}
}
