package fr.integrance.guardianspace;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.web.DocumentForms;
import fr.integrance.documents.web.DocumentPageNotFoundException;
import fr.integrance.documents.web.DocumentSpacePages;
import fr.integrance.documents.web.SpaceAccess;
import fr.integrance.identity.AuthenticatedUser;
import fr.integrance.identity.CurrentUser;
import fr.integrance.guardianspace.ProtectedAdults.ProtectedAdult;

/**
 * {@code /itutelle/majeurs/{adultId}/documents}: the document space of a protected adult
 * the agent's organisation represents; another organisation's adult, or an unknown id, is
 * 404.
 */
@Controller
@RequestMapping(ProtectedAdultDocumentsController.PATH)
class ProtectedAdultDocumentsController extends DocumentSpacePages {

	static final String PATH = "/itutelle/majeurs/{adultId}/documents";

	private final CurrentUser currentUser;

	private final ProtectedAdults adults;

	ProtectedAdultDocumentsController(DocumentSpaces spaces, Clock clock, CurrentUser currentUser,
			ProtectedAdults adults) {
		super(spaces, clock);
		this.currentUser = currentUser;
		this.adults = adults;
	}

	static String path(UUID adult) {
		return "/itutelle/majeurs/" + adult + "/documents";
	}

	@Override
	protected SpaceAccess access(Map<String, String> pathVariables) {
		AuthenticatedUser agent = currentUser.get();
		UUID id = DocumentForms.pathId(pathVariables.get("adultId"), "protected adult");
		ProtectedAdult adult = adults.find(agent, id)
			.orElseThrow(() -> new DocumentPageNotFoundException("protected adult"));
		return new SpaceAccess(SpaceOwner.person(adult.id()),
				new DocumentActor(DocumentActor.Kind.GUARDIAN_AGENT, agent.accountId().value(), null), path(adult.id()),
				"documentpages.heading.of", adult.name(), "/itutelle", "documentpages.back.guardian");
	}

	@Override
	protected String audience() {
		return GuardianSpaceConfiguration.SPACE.navigation();
	}

}
