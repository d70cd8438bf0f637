/**
 * The document space's pages, shared by the channels (iAdhérent, iTutelle, back office):
 * {@link fr.integrance.documents.web.DocumentSpacePages} carries every handler (listing
 * with folders, search, sort and paging; upload by file input or drag-and-drop; details
 * with versions, comments and dates; streamed downloads); a channel's controller extends
 * it under its own path and only says whose space it is and who acts
 * ({@link fr.integrance.documents.web.SpaceAccess}), after checking the signed-in user
 * may reach it. The templates are under {@code templates/documents/}, the texts in the
 * {@code i18n/documentpages} bundle.
 */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package fr.integrance.documents.web;
