package fr.integrance.identity;

import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page answers a form that creates or invites an account (a staff account, an
 * organisation and its first representative, an invited representative or agent): the
 * same in the back office and in the organisations' spaces.
 */
public final class NewAccountForms {

	private NewAccountForms() {
	}

	/**
	 * A valid form is acted on: {@code create} creates or invites and gives the path to
	 * go to, where the page then says {@code flash}. An invalid form, or an e-mail
	 * address already some account's login (said beside the {@code email} field), shows
	 * the form again through {@code formAgain}.
	 * @return the view name or the redirection
	 */
	public static String submit(BindingResult result, RedirectAttributes redirect, String flash,
			Supplier<String> create, Supplier<String> formAgain) {
		if (!result.hasErrors()) {
			try {
				String target = create.get();
				redirect.addFlashAttribute("flash", flash);
				return "redirect:" + target;
			}
			catch (LoginAlreadyUsedException ex) {
				result.rejectValue("email", "admin.email.used");
			}
		}
		return formAgain.get();
	}

}
