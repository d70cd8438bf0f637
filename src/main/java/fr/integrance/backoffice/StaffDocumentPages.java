package fr.integrance.backoffice;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.DocumentSpaces;
import fr.integrance.documents.SpaceOwner;
import fr.integrance.documents.web.DocumentForms;
import fr.integrance.documents.web.DocumentSpacePages;
import fr.integrance.documents.web.SpaceAccess;
import fr.integrance.identity.CurrentUser;

/**
 * The document spaces of the back office, for staff: {@code <ownerPath>/<id>/documents},
 * the space of the owner the id names. The two back-office controllers (a person's, a
 * case's) differ only in how they resolve that owner.
 */
abstract class StaffDocumentPages extends DocumentSpacePages {

	private final CurrentUser currentUser;

	private final String ownerPath;

	private final String variable;

	/**
	 * @param ownerPath the owner's page without its id, e.g. {@code /gestion/personnes}
	 * @param variable the path variable of the owner's id
	 */
	StaffDocumentPages(DocumentSpaces spaces, Clock clock, CurrentUser currentUser, String ownerPath, String variable) {
		super(spaces, clock);
		this.currentUser = currentUser;
		this.ownerPath = ownerPath;
		this.variable = variable;
	}

	/**
	 * The owner of the space, its name for the heading and the keys of the heading and of
	 * the link back to the owner's page.
	 */
	record Owner(SpaceOwner owner, String headingKey, String name, String backKey) {
	}

	/**
	 * The owner the id names, as the staff member opens it.
	 * @throws fr.integrance.documents.web.DocumentPageNotFoundException (or any not-found
	 * exception: 404) when it is unknown
	 */
	protected abstract Owner resolve(UUID id, UUID staff);

	@Override
	protected final SpaceAccess access(Map<String, String> pathVariables) {
		UUID id = DocumentForms.pathId(pathVariables.get(variable), variable);
		UUID staff = currentUser.accountId().value();
		Owner owner = resolve(id, staff);
		String ownerPage = ownerPath + "/" + id;
		return new SpaceAccess(owner.owner(), new DocumentActor(DocumentActor.Kind.STAFF, staff, null),
				ownerPage + "/documents", owner.headingKey(), owner.name(), ownerPage, owner.backKey());
	}

	@Override
	protected final String audience() {
		return BackOfficeConfiguration.STAFF.navigation();
	}

}
