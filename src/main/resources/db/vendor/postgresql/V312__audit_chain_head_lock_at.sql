-- The journal's group writer appends a group after the head its last group left, in one
-- command that commits on its own (JournalStore.appendAfter): this function first, then the
-- entries' insert, then the head's update. It locks the head if the head is still where the
-- writer left it, and otherwise raises (SQLSTATE AUD01), which aborts the whole command: no
-- entry of the group is written, and the writer appends it after the real head, locked first.
-- The lock comes before the insert, in the order every other writer of the journal takes them.
CREATE FUNCTION audit_chain_head_lock_at(expected bigint) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM audit_chain_head WHERE id = 1 AND last_sequence = expected FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the audit chain head is no longer at %', expected
            USING ERRCODE = 'AUD01';
    END IF;
END
$$;
