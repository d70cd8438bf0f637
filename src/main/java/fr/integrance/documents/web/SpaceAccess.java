package fr.integrance.documents.web;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.integrance.documents.DocumentActor;
import fr.integrance.documents.SpaceOwner;

/**
 * What a channel tells the shared pages once it has checked that the signed-in user may
 * reach the space: whose space, who acts, where its pages live and how to name it.
 *
 * @param owner whose space it is
 * @param actor who acts
 * @param basePath the path of the space's listing, e.g. {@code /iadherent/documents}
 * @param headingKey the message key of the page heading (in {@code documentpages})
 * @param headingArgument its argument (a name, a case reference), if any
 * @param backPath where the "back" link leads (the person page, the case page, the home
 * page)
 * @param backKey the message key of that link
 */
public record SpaceAccess(SpaceOwner owner, DocumentActor actor, String basePath, String headingKey,
		@Nullable String headingArgument, String backPath, String backKey) {

	public SpaceAccess {
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(basePath, "basePath");
		Objects.requireNonNull(headingKey, "headingKey");
		Objects.requireNonNull(backPath, "backPath");
		Objects.requireNonNull(backKey, "backKey");
	}

}
