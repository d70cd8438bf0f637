package fr.integrance.employerspace;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.CurrentUser;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsRequests;
import fr.integrance.rights.web.OwnAccountRightsPages;

/**
 * {@code /icollectif/mes-droits}: an employer's representative exercises a right over
 * their own data (their account). Employees exercise theirs themselves, from iAdhérent or
 * the public form: an employer does not ask for its employees' copies.
 */
@Controller
@RequestMapping(EmployerRightsController.PATH)
class EmployerRightsController extends OwnAccountRightsPages {

	static final String PATH = "/icollectif/mes-droits";

	EmployerRightsController(RightsRequests rights, ProcessingRegister register, CurrentUser currentUser,
			AccountManagement accounts) {
		super(rights, register, currentUser, accounts, RightsChannel.EMPLOYER_SPACE, PATH,
				EmployerSpaceConfiguration.SPACE.homePath());
	}

	@Override
	protected String audience() {
		return EmployerSpaceConfiguration.SPACE.navigation();
	}

}
