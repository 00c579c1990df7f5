-- platform, PostgreSQL only: integrity links and archived documents are write-once. Any UPDATE or
-- DELETE is refused by the database itself, whatever the application does (inalterability:
-- CGI art. 286 I 3° bis, BOI-TVA-DECLA-30-10-30; C. com. L123-22; LPF L102 B).
-- The H2 twin of this migration is db/vendor/h2/platform/V8_1__integrity_write_once.sql.
CREATE FUNCTION pepin_write_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'write-once: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER integrity_link_write_once BEFORE UPDATE OR DELETE ON integrity_link
    FOR EACH ROW EXECUTE FUNCTION pepin_write_once();
CREATE TRIGGER integrity_link_no_truncate BEFORE TRUNCATE ON integrity_link
    FOR EACH STATEMENT EXECUTE FUNCTION pepin_write_once();
CREATE TRIGGER document_archive_write_once BEFORE UPDATE OR DELETE ON document_archive
    FOR EACH ROW EXECUTE FUNCTION pepin_write_once();
CREATE TRIGGER document_archive_no_truncate BEFORE TRUNCATE ON document_archive
    FOR EACH STATEMENT EXECUTE FUNCTION pepin_write_once();
