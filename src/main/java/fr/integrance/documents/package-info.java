/**
 * Document spaces: the papers a member, a protected adult's guardian or the mutual's
 * staff keep (attestations, judgments, bank details, invoices), in folders, with
 * versions, comments, alert and reminder dates; contents encrypted under a per-content
 * key behind a storage port (a local directory by default, S3-compatible object storage
 * for several nodes), so that erasure is crypto-shredding.
 * <ul>
 * <li>{@link fr.integrance.documents.DocumentSpaces}: spaces, folders, documents,
 * versions, comments, dates, downloads; every call names the space, and an id outside it
 * is unknown (404).</li>
 * <li>{@link fr.integrance.documents.StoredContents}: encrypted contents for any module
 * that keeps files (request attachments too).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "platform", "privacy", "audit", "notification" })
@org.jspecify.annotations.NullMarked
package fr.integrance.documents;
