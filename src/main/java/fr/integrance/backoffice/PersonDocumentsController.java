package fr.integrance.backoffice;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.web.DocumentPageNotFoundException;
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
class PersonDocumentsController extends StaffDocumentPages {

	private final People people;

	PersonDocumentsController(DocumentSpaces spaces, Clock clock, CurrentUser currentUser, People people) {
		super(spaces, clock, currentUser, "/gestion/personnes", "personId");
		this.people = people;
	}

	@Override
	protected Owner resolve(UUID id, UUID staff) {
		Person person = people.find(new PersonId(id)).orElseThrow(() -> new DocumentPageNotFoundException("person"));
		return new Owner(SpaceOwner.person(id), "documentpages.heading.of", person.name().fullName(),
				"documentpages.back.person");
	}

}
