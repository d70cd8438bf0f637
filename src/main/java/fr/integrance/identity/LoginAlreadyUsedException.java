package fr.integrance.identity;

/** The e-mail address is already the login of another account. */
public class LoginAlreadyUsedException extends RuntimeException {

	public LoginAlreadyUsedException() {
		super("Login already used");
	}

}
