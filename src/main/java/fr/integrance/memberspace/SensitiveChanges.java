package fr.integrance.memberspace;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.Reauthentication;

/**
 * The re-authentication a sensitive change asks (a new IBAN, a new e-mail address: RULES
 * §4) when the member signed in longer ago than identity's window: the form then carries
 * a {@value #FIELD} field (the password, or a code of the authenticator app when the
 * account has a second factor), checked before the change, its error beside it, what was
 * typed in the rest of the form kept.
 */
@Component
@RequiredArgsConstructor
class SensitiveChanges {

	/** The form field of the password or code. */
	static final String FIELD = "confirmation";

	private final Reauthentication reauthentication;

	/**
	 * Tells the page what to ask: model attribute {@code reauth}, {@code PASSWORD},
	 * {@code TOTP} or absent when the session is recent enough.
	 */
	void describe(AuthenticatedUser member, HttpServletRequest request, Model model) {
		model.addAttribute("reauth", reauthentication.recent(request) ? null : reauthentication.proof(member).name());
	}

	/**
	 * Whether the change may go on: the session is recent, or the secret given proves the
	 * account now; otherwise the page is told why ({@code reauthError}).
	 */
	boolean confirmed(AuthenticatedUser member, @Nullable String secret, HttpServletRequest request, Model model) {
		if (reauthentication.recent(request)) {
			model.addAttribute("reauth", null);
			return true;
		}
		Reauthentication.Proof proof = reauthentication.proof(member);
		model.addAttribute("reauth", proof.name());
		if (secret == null || secret.isBlank()) {
			model.addAttribute("reauthError", "memberfamily.reauth.required." + proof.name());
			return false;
		}
		return switch (reauthentication.confirm(member, secret, request)) {
			case CONFIRMED -> {
				model.addAttribute("reauth", null);
				yield true;
			}
			case REJECTED -> {
				model.addAttribute("reauthError", "memberfamily.reauth.wrong." + proof.name());
				yield false;
			}
			case LOCKED_OUT -> {
				model.addAttribute("reauthError", "memberfamily.reauth.locked");
				yield false;
			}
		};
	}

}
