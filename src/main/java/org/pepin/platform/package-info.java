/**
 * Platform: what every business module stands on. It owns the companies (tenants) and their legal
 * identity, the users and their roles per company, the company clock, the audit log, the change
 * history of records, numbering series, terms of sale, legal reference tables, the import/export
 * framework, PDF rendering (sub-package {@code pdf}), message templates and the outbox (sub-package
 * {@code messaging}), the demo timeline, the route table, the screen layout, i18n and error
 * mapping.
 *
 * <p>Its root package is the API other modules use: {@link org.pepin.platform.CompanyId}, {@link
 * org.pepin.platform.CompanyClock}, {@link org.pepin.platform.AuditLog}, {@link
 * org.pepin.platform.ResourceNotFound}, {@link org.pepin.platform.ChangeHistory} (field-level
 * history shown on a record's page), {@link org.pepin.platform.Exports} (CSV and XLSX exports of
 * lists), {@link org.pepin.platform.Documents} (PDF/A-3b documents on the company's letterhead),
 * {@link org.pepin.platform.MessageTemplates} and {@link org.pepin.platform.Outbox} (the only way a
 * module sends a message), {@link org.pepin.platform.CanonicalForm}, {@link
 * org.pepin.platform.IntegrityChain} and {@link org.pepin.platform.DocumentArchive} (integrity
 * chain and write-once archive of issued legal documents), and the SPIs that downstream modules
 * implement so that platform screens and jobs can use them without depending on them: {@link
 * org.pepin.platform.DemoContribution} (steps of the demo timeline), {@link
 * org.pepin.platform.NavigationContribution} (entries of the left navigation), {@link
 * org.pepin.platform.RouteContribution} (their part of the route table), {@link
 * org.pepin.platform.Importer} (imports of their records from CSV or XLSX files) and {@link
 * org.pepin.platform.MessageKindContribution} (the kinds of messages a module sends) and {@link
 * org.pepin.platform.IntegrityCheckContribution} (findings of the integrity check).
 *
 * <p>Events published: {@link org.pepin.platform.MessageQueued}, {@link
 * org.pepin.platform.MessageSent}, {@link org.pepin.platform.MessageFailed} (for the communication
 * log). Events consumed: none.
 */
@ApplicationModule(displayName = "Plateforme", allowedDependencies = "shared")
@NullMarked
package org.pepin.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
