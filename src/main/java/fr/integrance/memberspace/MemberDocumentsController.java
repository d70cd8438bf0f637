package fr.integrance.memberspace;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.web.DocumentPageNotFoundException;
import fr.integrance.documents.web.DocumentSpacePages;
import fr.integrance.documents.web.SpaceAccess;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.CurrentUser;

/**
 * {@code /iadherent/documents}: the signed-in member's own document space (an account not
 * yet linked to a person has none: 404).
 */
@Controller
@RequestMapping(MemberDocumentsController.PATH)
class MemberDocumentsController extends DocumentSpacePages {

	static final String PATH = "/iadherent/documents";

	private final CurrentUser currentUser;

	MemberDocumentsController(DocumentSpaces spaces, Clock clock, CurrentUser currentUser) {
		super(spaces, clock);
		this.currentUser = currentUser;
	}

	@Override
	protected SpaceAccess access(Map<String, String> pathVariables) {
		AuthenticatedUser member = currentUser.get();
		UUID person = member.person().orElseThrow(() -> new DocumentPageNotFoundException("space"));
		return new SpaceAccess(SpaceOwner.person(person),
				new DocumentActor(DocumentActor.Kind.OWNER, member.accountId().value(), person), PATH,
				"documentpages.heading.own", null, "/iadherent", "documentpages.back.member");
	}

	@Override
	protected String audience() {
		return MemberSpaceConfiguration.SPACE.navigation();
	}

}
