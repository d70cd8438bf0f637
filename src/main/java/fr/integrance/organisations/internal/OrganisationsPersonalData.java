package fr.integrance.organisations.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.integrance.privacy.DataSubjectRef;
import fr.integrance.privacy.ErasureOutcome;
import fr.integrance.privacy.ExportSection;
import fr.integrance.privacy.PersonalDataProvider;
import fr.integrance.privacy.RestrictionGround;
import fr.integrance.privacy.RestrictionOutcome;

/**
 * The organisations module's part of access, erasure and restriction. An organisation is
 * a legal person: its name, SIREN and SIRET are personal data only for a sole trader, and
 * none of the subjects the platform knows (a person, an account, an e-mail address, a
 * visitor) leads to an organisation — who represents one is identity's, and is exported
 * there. So this module holds nothing any subject reference reaches: a sole trader's
 * request is handled by the administration, from the organisation's page.
 */
@Component
class OrganisationsPersonalData implements PersonalDataProvider {

	static final String MODULE = "organisations";

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	public List<ExportSection> export(DataSubjectRef subject) {
		return List.of();
	}

	@Override
	public List<ErasureOutcome> eraseOrAnonymise(DataSubjectRef subject) {
		return List.of();
	}

	@Override
	public RestrictionOutcome restrict(DataSubjectRef subject, RestrictionGround ground) {
		return new RestrictionOutcome(MODULE, 0);
	}

	@Override
	public RestrictionOutcome liftRestriction(DataSubjectRef subject) {
		return new RestrictionOutcome(MODULE, 0);
	}

}
