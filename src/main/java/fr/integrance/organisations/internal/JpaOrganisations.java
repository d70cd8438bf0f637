package fr.integrance.organisations.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.integrance.organisations.InvalidOrganisationException;
import fr.integrance.organisations.NewOrganisation;
import fr.integrance.organisations.NewOrganisation.FieldProblem;
import fr.integrance.organisations.OrganisationId;
import fr.integrance.organisations.OrganisationSummary;
import fr.integrance.organisations.Organisations;
import fr.integrance.organisations.UnknownOrganisationException;
import fr.integrance.platform.Siren;
import fr.integrance.platform.Siret;

/** {@link Organisations} on JPA. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JpaOrganisations implements Organisations {

	private final OrganisationRepository organisations;

	private final Clock clock;

	@Override
	@Transactional
	public OrganisationSummary create(NewOrganisation command) {
		return save(UUID.randomUUID(), command);
	}

	/**
	 * With a fixed id: the demo organisations, whose ids other modules' demo data use.
	 */
	OrganisationSummary save(UUID id, NewOrganisation command) {
		List<FieldProblem> problems = new ArrayList<>(command.problems());
		if (!given(command.name())) {
			problems.add(new FieldProblem("name", "identity.validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidOrganisationException(problems);
		}
		Siren siren = given(command.siren()) ? Siren.of(command.siren()) : null;
		Siret siret = given(command.siret()) ? Siret.of(command.siret()) : null;
		return organisations
			.save(Organisation.create(id, Objects.requireNonNull(command.kind(), "kind"), command.name(), siren, siret,
					clock.instant()))
			.summary();
	}

	@Override
	public List<OrganisationSummary> all() {
		return organisations.findAllByName().stream().map(Organisation::summary).toList();
	}

	@Override
	public OrganisationSummary get(OrganisationId id) {
		return find(id).orElseThrow(() -> new UnknownOrganisationException(id));
	}

	@Override
	public Optional<OrganisationSummary> find(OrganisationId id) {
		return organisations.findById(id.value()).map(Organisation::summary);
	}

	private static boolean given(@Nullable String text) {
		return text != null && !text.isBlank();
	}

}
