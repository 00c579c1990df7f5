/**
 * GDPR operations of the customer file: the access export of everything held about a person (GDPR
 * art. 15 and 20), the erasure of an individual's personal data (GDPR art. 17) and the retention
 * rule flagging prospects without activity for three years (CNIL référentiel "gestion des activités
 * commerciales"; france-compliance §9.1, R-GDPR-01 to R-GDPR-05).
 */
@org.jspecify.annotations.NullMarked
package org.pepin.customers.privacy;
