package fr.integrance.identity;

import java.util.UUID;

/**
 * The account side of a member's activation: once the people module has recognised the
 * member (member number and birth date), it creates the login with the e-mail and
 * password they chose.
 */
public record MemberActivation(UUID personId, String email, String password) {

	@Override
	public String toString() {
		return "MemberActivation[personId=" + personId + ", email=***, password=********]";
	}
}
