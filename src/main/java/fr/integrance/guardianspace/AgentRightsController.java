package fr.integrance.guardianspace;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.CurrentUser;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsRequests;
import fr.integrance.rights.web.OwnAccountRightsPages;

/**
 * {@code /itutelle/mes-droits}: a guardian organisation's agent exercises a right over
 * their own data (their account). A protected adult's rights are exercised from the
 * adult's page ({@link ProtectedAdultRightsController}).
 */
@Controller
@RequestMapping(AgentRightsController.PATH)
class AgentRightsController extends OwnAccountRightsPages {

	static final String PATH = "/itutelle/mes-droits";

	AgentRightsController(RightsRequests rights, ProcessingRegister register, CurrentUser currentUser,
			AccountManagement accounts) {
		super(rights, register, currentUser, accounts, RightsChannel.GUARDIAN_SPACE, PATH,
				GuardianSpaceConfiguration.SPACE.homePath());
	}

	@Override
	protected String audience() {
		return GuardianSpaceConfiguration.SPACE.navigation();
	}

}
