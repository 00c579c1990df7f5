-- The legal rates known at release time (france-compliance.md §0, §4.2, §7.2). Repeatable: Flyway
-- runs it again whenever this file changes. A row still holding shipped values (shipped = TRUE) is
-- refreshed; a row an administrator edited (shipped = FALSE) is never touched; missing rows are
-- added. Statuses: CONFIRMED; UNCONFIRMED (not checked against a primary source: demo companies
-- only until an administrator confirms it); PROVISIONAL ("non confirmé (démo)": a stand-in for a
-- half-year not yet published, demo companies only).
MERGE INTO legal_rate t
USING (VALUES
  -- VAT rates in force since the last change of rates on 1 January 2014 (earlier dates have no row).
  (CAST('00000000-0000-4000-8000-000000000101' AS UUID), 'VAT_STANDARD', DATE '2014-01-01', 20.0000, 'CONFIRMED',
   'CGI art. 278 : taux normal de 20 % depuis le 1er janvier 2014 (loi n° 2012-1510 du 29 décembre 2012, art. 68).'),
  (CAST('00000000-0000-4000-8000-000000000102' AS UUID), 'VAT_INTERMEDIATE', DATE '2014-01-01', 10.0000, 'CONFIRMED',
   'CGI art. 278 bis et 279 : taux intermédiaire de 10 % depuis le 1er janvier 2014 (loi n° 2012-1510 du 29 décembre 2012, art. 68) ; plantes vivantes, arbres, arbustes et gazon en rouleaux (CGI art. 278 bis ; BOI-TVA-LIQ-30-10-35).'),
  (CAST('00000000-0000-4000-8000-000000000103' AS UUID), 'VAT_REDUCED', DATE '2014-01-01', 5.5000, 'CONFIRMED',
   'CGI art. 278-0 bis et 278-0 bis A : taux réduit de 5,5 % (en vigueur au 1er janvier 2014, date de départ de la table).'),
  (CAST('00000000-0000-4000-8000-000000000104' AS UUID), 'VAT_SUPER_REDUCED', DATE '2014-01-01', 2.1000, 'CONFIRMED',
   'CGI art. 281 quater à 281 nonies : taux particulier de 2,1 % (en vigueur au 1er janvier 2014, date de départ de la table).'),
  -- Legal interest rate (C. mon. fin. L313-2), "tous les autres cas": the creditor is a business.
  (CAST('00000000-0000-4000-8000-000000000201' AS UUID), 'LEGAL_INTEREST_PROFESSIONAL', DATE '2025-01-01', 3.7100, 'CONFIRMED',
   'Taux de l''intérêt légal, 1er semestre 2025, autres cas : 3,71 % (arrêté de fixation, C. mon. fin. L313-2 ; france-compliance.md §4.2 ; https://www.legifiscal.fr/actualites-fiscales/4371-taux-interet-legal-1er-semestre-2026.html ; https://enligne.biz/?p=51522).'),
  (CAST('00000000-0000-4000-8000-000000000202' AS UUID), 'LEGAL_INTEREST_PROFESSIONAL', DATE '2025-07-01', 2.7600, 'CONFIRMED',
   'Taux de l''intérêt légal, 2e semestre 2025, autres cas : 2,76 % (arrêté de fixation, C. mon. fin. L313-2 ; france-compliance.md §4.2 ; https://www.legifiscal.fr/actualites-fiscales/4371-taux-interet-legal-1er-semestre-2026.html ; https://enligne.biz/?p=51522).'),
  (CAST('00000000-0000-4000-8000-000000000203' AS UUID), 'LEGAL_INTEREST_PROFESSIONAL', DATE '2026-01-01', 2.6200, 'CONFIRMED',
   'Taux de l''intérêt légal, 1er semestre 2026, autres cas : 2,62 % (arrêté du 15 décembre 2025, C. mon. fin. L313-2 ; https://juriblio.fr/arretes/arrete-du-15-decembre-2025/187383136).'),
  (CAST('00000000-0000-4000-8000-000000000204' AS UUID), 'LEGAL_INTEREST_PROFESSIONAL', DATE '2026-07-01', 2.6200, 'PROVISIONAL',
   'Valeur provisoire pour la démonstration : le taux du 2e semestre 2026 n''était pas publié à la date de cette version ; reprise du 1er semestre 2026. Inutilisable hors sociétés de démonstration : saisissez le taux publié.'),
  -- Legal interest rate when the creditor is a private individual.
  (CAST('00000000-0000-4000-8000-000000000301' AS UUID), 'LEGAL_INTEREST_INDIVIDUAL', DATE '2025-01-01', 7.2100, 'CONFIRMED',
   'Taux de l''intérêt légal, 1er semestre 2025, créancier personne physique : 7,21 % (arrêté de fixation, C. mon. fin. L313-2 ; france-compliance.md §4.2).'),
  (CAST('00000000-0000-4000-8000-000000000302' AS UUID), 'LEGAL_INTEREST_INDIVIDUAL', DATE '2025-07-01', 6.6500, 'CONFIRMED',
   'Taux de l''intérêt légal, 2e semestre 2025, créancier personne physique : 6,65 % (arrêté de fixation, C. mon. fin. L313-2 ; france-compliance.md §4.2).'),
  (CAST('00000000-0000-4000-8000-000000000303' AS UUID), 'LEGAL_INTEREST_INDIVIDUAL', DATE '2026-01-01', 6.6700, 'CONFIRMED',
   'Taux de l''intérêt légal, 1er semestre 2026, créancier personne physique : 6,67 % (arrêté du 15 décembre 2025, C. mon. fin. L313-2 ; https://juriblio.fr/arretes/arrete-du-15-decembre-2025/187383136).'),
  (CAST('00000000-0000-4000-8000-000000000304' AS UUID), 'LEGAL_INTEREST_INDIVIDUAL', DATE '2026-07-01', 6.6700, 'PROVISIONAL',
   'Valeur provisoire pour la démonstration : le taux du 2e semestre 2026 n''était pas publié à la date de cette version ; reprise du 1er semestre 2026. Inutilisable hors sociétés de démonstration : saisissez le taux publié.'),
  -- ECB main refinancing operations rate in force on 1 January / 1 July (C. com. L441-10).
  (CAST('00000000-0000-4000-8000-000000000401' AS UUID), 'ECB_MRO', DATE '2025-01-01', 3.1500, 'UNCONFIRMED',
   'Taux des opérations principales de refinancement de la BCE au 1er janvier 2025 : 3,15 %, NON CONFIRMÉ par une source primaire (france-compliance.md §4.2). Vérifiez-le sur le site de la BCE puis confirmez-le.'),
  (CAST('00000000-0000-4000-8000-000000000402' AS UUID), 'ECB_MRO', DATE '2025-07-01', 2.1500, 'CONFIRMED',
   'Taux des opérations principales de refinancement de la BCE au 1er juillet 2025 : 2,15 % (depuis juin 2025 ; décisions de politique monétaire de la BCE ; france-compliance.md §4.2 ; https://www.brusselstimes.com/eu-affairs/1955847/ecb-freezes-interest-rates-as-inflation-risks-linger-amid-economic-uncertainty/).'),
  (CAST('00000000-0000-4000-8000-000000000403' AS UUID), 'ECB_MRO', DATE '2026-01-01', 2.1500, 'CONFIRMED',
   'Taux des opérations principales de refinancement de la BCE au 1er janvier 2026 : 2,15 % (inchangé depuis juin 2025 ; france-compliance.md §4.2 ; https://legiseye.com/de/law/european-union/ec336d7f).'),
  (CAST('00000000-0000-4000-8000-000000000404' AS UUID), 'ECB_MRO', DATE '2026-07-01', 2.1500, 'PROVISIONAL',
   'Valeur provisoire pour la démonstration : le taux en vigueur au 1er juillet 2026 n''a pas été vérifié à la date de cette version ; reprise du 1er semestre 2026. Inutilisable hors sociétés de démonstration : saisissez le taux publié.')
) AS s (id, rate_type, valid_from, rate, status, source)
ON t.rate_type = s.rate_type AND t.valid_from = s.valid_from
WHEN MATCHED AND t.shipped THEN
  UPDATE SET rate = s.rate, status = s.status, source = s.source, version = t.version + 1,
             updated_at = CURRENT_TIMESTAMP
WHEN NOT MATCHED THEN
  INSERT (id, version, rate_type, valid_from, rate, status, source, shipped, updated_at, updated_by)
  VALUES (s.id, 0, s.rate_type, s.valid_from, s.rate, s.status, s.source, TRUE, CURRENT_TIMESTAMP, NULL);
