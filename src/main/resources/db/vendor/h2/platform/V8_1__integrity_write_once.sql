-- platform, H2 only: integrity links and archived documents are write-once; the Java trigger
-- org.pepin.platform.persistence.WriteOnceTrigger refuses any UPDATE or DELETE (inalterability:
-- CGI art. 286 I 3° bis, BOI-TVA-DECLA-30-10-30). PostgreSQL twin:
-- db/vendor/postgresql/platform/V8_1__integrity_write_once.sql.
CREATE TRIGGER integrity_link_write_once BEFORE UPDATE, DELETE ON integrity_link
    FOR EACH ROW CALL "org.pepin.platform.persistence.WriteOnceTrigger";
CREATE TRIGGER document_archive_write_once BEFORE UPDATE, DELETE ON document_archive
    FOR EACH ROW CALL "org.pepin.platform.persistence.WriteOnceTrigger";
