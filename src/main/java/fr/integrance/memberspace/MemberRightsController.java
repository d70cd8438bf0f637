package fr.integrance.memberspace;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.integrance.identity.AccountManagement;
import fr.integrance.identity.AccountSummary;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.CurrentUser;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;
import fr.integrance.platform.EmailAddress;
import fr.integrance.platform.NotFoundException;
import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ProcessingRegister;
import fr.integrance.rights.RightsChannel;
import fr.integrance.rights.RightsRequests;
import fr.integrance.rights.web.RightsAccess;
import fr.integrance.rights.web.SignedInRightsPages;

/**
 * {@code /iadherent/mes-droits}: the member exercises a right over their own data, signed
 * in (the space's session with its second factor is the identity check, no confirmation
 * link); the answer goes to their address on file, else to their login. An account not
 * linked to a person has no such page (404).
 */
@Controller
@RequestMapping(MemberRightsController.PATH)
class MemberRightsController extends SignedInRightsPages {

	static final String PATH = "/iadherent/mes-droits";

	private final CurrentUser currentUser;

	private final People people;

	private final AccountManagement accounts;

	MemberRightsController(RightsRequests rights, ProcessingRegister register, CurrentUser currentUser, People people,
			AccountManagement accounts) {
		super(rights, register);
		this.currentUser = currentUser;
		this.people = people;
		this.accounts = accounts;
	}

	@Override
	protected RightsAccess access(Map<String, String> pathVariables) {
		AuthenticatedUser member = currentUser.get();
		UUID id = member.person().orElseThrow(() -> new NotFoundException("member person"));
		Person person = people.find(new PersonId(id)).orElseThrow(() -> new NotFoundException("member person"));
		EmailAddress onFile = person.email();
		String email = onFile != null ? onFile.value() : login(member);
		return new RightsAccess(DataSubjectRef.person(id), person.name().firstNames(), person.name().lastName(), email,
				RightsChannel.MEMBER_SPACE, false, member.accountId().value(), PATH, null, "/iadherent");
	}

	private String login(AuthenticatedUser member) {
		AccountSummary account = accounts.get(member.accountId());
		return account.login();
	}

	@Override
	protected String audience() {
		return MemberSpaceConfiguration.SPACE.navigation();
	}

}
