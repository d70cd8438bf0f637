/**
 * iCollectif's files: the CSV import of movements (template, checks per line and column,
 * preview, application through {@code AffiliateMovements}, error file, idempotent by file
 * digest and row key) and the CSV export of the affiliates list.
 */
@NullMarked
package fr.integrance.employerspace.imports;

import org.jspecify.annotations.NullMarked;
