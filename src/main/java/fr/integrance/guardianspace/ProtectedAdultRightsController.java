package fr.integrance.guardianspace;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.integrance.guardianspace.ProtectedAdults.ProtectedAdult;
import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.CurrentUser;
import fr.integrance.platform.NotFoundException;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsRequests;
import fr.integrance.rights.web.RightsAccess;
import fr.integrance.rights.web.SignedInRightsPages;

/**
 * {@code /itutelle/majeurs/{adultId}/droits}: an agent files a rights request on behalf
 * of a protected adult their organisation represents today, recorded as made on their
 * behalf by the agent (whose session is the identity check), the answer sent to the
 * agent. Another organisation's adult, a lapsed representation or an unknown id is 404.
 */
@Controller
@RequestMapping(ProtectedAdultRightsController.PATH)
class ProtectedAdultRightsController extends SignedInRightsPages {

	static final String PATH = "/itutelle/majeurs/{adultId}/droits";

	private final CurrentUser currentUser;

	private final ProtectedAdults adults;

	private final AccountManagement accounts;

	ProtectedAdultRightsController(RightsRequests rights, ProcessingRegister register, CurrentUser currentUser,
			ProtectedAdults adults, AccountManagement accounts) {
		super(rights, register);
		this.currentUser = currentUser;
		this.adults = adults;
		this.accounts = accounts;
	}

	static String path(UUID adult) {
		return "/itutelle/majeurs/" + adult + "/droits";
	}

	@Override
	protected RightsAccess access(Map<String, String> pathVariables) {
		AuthenticatedUser agent = currentUser.get();
		UUID id;
		try {
			id = UUID.fromString(String.valueOf(pathVariables.get("adultId")));
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("protected adult");
		}
		ProtectedAdult adult = adults.find(agent, id).orElseThrow(() -> new NotFoundException("protected adult"));
		AccountSummary account = accounts.get(agent.accountId());
		String name = account.displayName().strip();
		int space = name.lastIndexOf(' ');
		String firstName = space > 0 ? name.substring(0, space) : name;
		String lastName = space > 0 ? name.substring(space + 1) : name;
		return new RightsAccess(DataSubjectRef.person(adult.id()), firstName, lastName, account.login(),
				RightsChannel.GUARDIAN_SPACE, true, agent.accountId().value(), path(adult.id()), adult.name(),
				"/itutelle");
	}

	@Override
	protected String audience() {
		return GuardianSpaceConfiguration.SPACE.navigation();
	}

}
