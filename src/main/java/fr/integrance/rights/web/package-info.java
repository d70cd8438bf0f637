/**
 * The rights intake of the signed-in spaces, shared by the channels (iAdhérent,
 * iTutelle): {@link fr.integrance.rights.web.SignedInRightsPages} carries the form (the
 * right, the processing concerned, a message), its checks with the errors in French
 * beside the fields, the submission as a
 * {@link fr.integrance.rights.VerifiedRightsRequest} and the acknowledgement page; a
 * channel's controller extends it under its own path and only says whose data it is and
 * who asks ({@link fr.integrance.rights.web.RightsAccess}), after checking the signed-in
 * user may act for them. The template is {@code templates/rights/espace-droits.html}, the
 * texts in the {@code i18n/rightsintake} bundle.
 */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package fr.integrance.rights.web;
