package fr.integrance.backoffice;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.identity.CurrentUser;
import fr.integrance.people.PersonId;
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
class CaseDocumentsController extends StaffDocumentPages {

	private final DocumentSpaces spaces;

	private final Cases cases;

	CaseDocumentsController(DocumentSpaces spaces, Clock clock, CurrentUser currentUser, Cases cases) {
		super(spaces, clock, currentUser, "/gestion/demandes", "requestId");
		this.spaces = spaces;
		this.cases = cases;
	}

	@Override
	protected Owner resolve(UUID id, UUID staff) {
		CaseDetails details = cases.open(new CaseId(id), staff);
		// whom the case concerns: its person's access export and erasure reach its space
		PersonId person = details.personId();
		spaces.caseConcerns(id, person == null ? null : person.value());
		return new Owner(SpaceOwner.caseFile(id), "documentpages.heading.case", details.reference(),
				"documentpages.back.case");
	}

}
