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
import fr.integrance.documents.web.DocumentPageNotFoundException;
import fr.integrance.documents.web.DocumentSpacePages;
import fr.integrance.documents.web.SpaceAccess;
import fr.integrance.identity.CurrentUser;
import fr.integrance.people.People;
import fr.integrance.people.Person;
import fr.integrance.people.PersonId;

/**
 * {@code /gestion/personnes/{personId}/documents}: a person's document space, for staff
 * (every person; an unknown or anonymised one is 404). Staff openings of a document are
 * journaled by the documents module.
 */
@Controller
@RequestMapping("/gestion/personnes/{personId}/documents")
class PersonDocumentsController extends DocumentSpacePages {

	private final CurrentUser currentUser;

	private final People people;

	PersonDocumentsController(DocumentSpaces spaces, Clock clock, CurrentUser currentUser, People people) {
		super(spaces, clock);
		this.currentUser = currentUser;
		this.people = people;
	}

	@Override
	protected SpaceAccess access(Map<String, String> pathVariables) {
		UUID id = DocumentForms.pathId(pathVariables.get("personId"), "person");
		Person person = people.find(new PersonId(id)).orElseThrow(() -> new DocumentPageNotFoundException("person"));
		String personPath = "/gestion/personnes/" + id;
		return new SpaceAccess(SpaceOwner.person(id),
				new DocumentActor(DocumentActor.Kind.STAFF, currentUser.accountId().value(), null),
				personPath + "/documents", "documentpages.heading.of", person.name().fullName(), personPath,
				"documentpages.back.person");
	}

	@Override
	protected String audience() {
		return BackOfficeConfiguration.STAFF.navigation();
	}

}
