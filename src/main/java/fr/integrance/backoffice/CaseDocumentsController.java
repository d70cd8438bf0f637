package fr.integrance.backoffice;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.web.DocumentForms;
import fr.integrance.documents.web.DocumentSpacePages;
import fr.integrance.documents.web.SpaceAccess;
import fr.integrance.identity.CurrentUser;
import fr.integrance.requests.CaseDetails;
import fr.integrance.requests.CaseId;
import fr.integrance.requests.Cases;

/**
 * {@code /gestion/demandes/{requestId}/documents}: a case's document space, for staff (an
 * unknown case is 404). The case is opened as on its own page (the opening journaled).
 * The variable is not named {@code caseId} so that the authorization matrix gives it its
 * own fixture: a document id of the matrix lives in one space only.
 */
@Controller
@RequestMapping("/gestion/demandes/{requestId}/documents")
class CaseDocumentsController extends DocumentSpacePages {

	private final CurrentUser currentUser;

	private final Cases cases;

	CaseDocumentsController(DocumentSpaces spaces, Clock clock, CurrentUser currentUser, Cases cases) {
		super(spaces, clock);
		this.currentUser = currentUser;
		this.cases = cases;
	}

	@Override
	protected SpaceAccess access(Map<String, String> pathVariables) {
		UUID id = DocumentForms.pathId(pathVariables.get("requestId"), "case");
		UUID staff = currentUser.accountId().value();
		CaseDetails details = cases.open(new CaseId(id), staff);
		String casePath = "/gestion/demandes/" + id;
		return new SpaceAccess(SpaceOwner.caseFile(id), new DocumentActor(DocumentActor.Kind.STAFF, staff, null),
				casePath + "/documents", "documentpages.heading.case", details.reference(), casePath,
				"documentpages.back.case");
	}

	@Override
	protected String audience() {
		return BackOfficeConfiguration.STAFF.navigation();
	}

}
