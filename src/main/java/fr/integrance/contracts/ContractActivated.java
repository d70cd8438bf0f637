package fr.integrance.contracts;

import fr.integrance.people.PersonId;

/**
 * An individual contract became active: its member now holds a member number, with which
 * they may activate their space (the members' channel invites them). Published in the
 * activation's transaction.
 */
public record ContractActivated(ContractId contract, PersonId member, MemberNumber memberNumber) {
}
