package fr.integrance.people;

import fr.integrance.audit.AuditActor;

/**
 * A person's file as staff open it. Each opening is a read of the person's data that this
 * module writes to the audit journal itself, in the same transaction as the read, naming
 * the reader: a page that shows a file cannot forget it.
 */
public interface PersonFiles {

	/**
	 * The person, NIR decrypted (the page masks it), journaled as {@code person.read}.
	 * @throws UnknownPersonException when the person is unknown or anonymised
	 */
	Person open(PersonId id, AuditActor reader);

	/**
	 * The same, for a page that shows the NIR in full (the rare task that needs it):
	 * journaled as {@code person.read} and as {@code person.nir-revealed}.
	 * @throws UnknownPersonException when the person is unknown or anonymised
	 */
	Person openShowingNir(PersonId id, AuditActor reader);

}
