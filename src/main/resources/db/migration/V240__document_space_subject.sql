-- The person a case's document space concerns (the case's person, when the requests module knows
-- it), so that an access export and an erasure reach the case spaces of that person too. Null for
-- a person's own space (its owner is the person) and for a case that concerns no known person.
ALTER TABLE document_space ADD COLUMN subject_person_id UUID;
CREATE INDEX document_space_subject_idx ON document_space (subject_person_id);
