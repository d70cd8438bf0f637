package fr.integrance.organisations.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.PersonalDataRows;
import fr.integrance.privacy.PersonalRow;

/**
 * The organisations module's rows of a subject: none. An organisation is a legal person:
 * its name, SIREN and SIRET are personal data only for a sole trader, and none of the
 * subjects the platform knows (a person, an account, an e-mail address, a visitor) leads
 * to an organisation — who represents one is identity's, and is exported there. So this
 * module holds nothing any subject reference reaches: a sole trader's request is handled
 * by the administration, from the organisation's page.
 */
@Component
class OrganisationsPersonalData implements PersonalDataRows {

	@Override
	public List<PersonalRow> rows(DataSubjectRef subject) {
		return List.of();
	}

}
