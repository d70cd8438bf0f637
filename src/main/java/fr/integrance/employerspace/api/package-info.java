/**
 * The payroll API of iCollectif ({@code /api/v1/employers/…}): OAuth 2 client credentials
 * issued by Spring Authorization Server to clients that an employer's administrator
 * creates in iCollectif (« Accès API »), every call scoped to the client's organisation,
 * rate-limited, journaled and answered in problem+json.
 */
@NullMarked
package fr.integrance.employerspace.api;

import org.jspecify.annotations.NullMarked;
