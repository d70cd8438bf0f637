package fr.integrance.documents;

import java.util.List;

import fr.integrance.platform.EmailAddress;

/**
 * Who receives the alerts and reminders of a space: implemented by the modules that know
 * the owners' accounts (the member's own address; every agent of the guardian
 * organisation that represents a protected adult). The reminder job asks every bean and
 * writes once to each distinct address. A module that does not know the owner answers an
 * empty list.
 */
public interface SpaceRecipients {

	List<EmailAddress> recipientsOf(SpaceOwner owner);

}
