package org.pepin.platform.terms;

import java.util.List;
import org.pepin.platform.DemoContribution;
import org.pepin.platform.DemoStep;
import org.pepin.platform.terms.TermsOfSaleManagement.TermsDraft;
import org.springframework.stereotype.Component;

/**
 * The terms of sale of Pépinières Clément (scenario §1), in force from D−180 so that every document
 * of the opening history references them. A demo text, to be reviewed by a lawyer before any real
 * use.
 */
@Component
class TermsDemo implements DemoContribution {

  static final String TITLE = "Conditions générales de vente";

  static final String TEXT =
      """
      # Conditions générales de vente — Pépinières Clément

      Les présentes conditions s'appliquent aux ventes de végétaux et de fournitures et aux \
      prestations de plantation et d'entretien de Pépinières Clément, SAS au capital de \
      120 000 €, 4 chemin des Grands Prés, 78490 Montfort-l'Amaury, RCS Versailles 977 118 041. \
      Elles sont communiquées à tout client professionnel qui en fait la demande \
      (C. com. art. L441-1).

      ## 1. Commandes et prix
      Les prix sont ceux du tarif en vigueur à la date de la commande, ou ceux du devis accepté \
      pendant sa durée de validité. Les prix des professionnels s'entendent hors taxes, ceux des \
      particuliers toutes taxes comprises.

      ## 2. Clients professionnels
      - **Paiement** : à 30 jours à compter de la date de la facture, sauf accord contraire écrit.
      - **Pénalités de retard** : exigibles de plein droit, sans rappel, dès le lendemain de \
      l'échéance, au taux de refinancement de la Banque centrale européenne en vigueur au \
      1er janvier ou au 1er juillet du semestre concerné, majoré de 10 points (C. com. art. L441-10).
      - **Indemnité forfaitaire pour frais de recouvrement** : 40 € par facture payée en retard \
      (C. com. art. L441-10 et D441-5), due par les seuls clients professionnels.
      - **Escompte** : aucun escompte n'est accordé pour paiement anticipé.

      ## 3. Acheteurs publics
      Les factures sont payables dans le délai légal de 30 jours. Tout retard fait courir de plein \
      droit des intérêts moratoires au taux de refinancement de la Banque centrale européenne \
      majoré de 8 points, et l'indemnité forfaitaire de 40 € (C. commande publique \
      art. R2192-10 et suivants).

      ## 4. Clients particuliers
      - Toute commande de plus de 1 500 € TTC donne lieu au versement d'un **acompte** de 30 % \
      à la commande ; le solde est payable à la livraison.
      - Les sommes versées à la commande sont des acomptes et non des arrhes.
      - **Droit de rétractation** : lorsque le devis est accepté en ligne, le client dispose de \
      14 jours pour se rétracter sans avoir à se justifier (C. consommation art. L221-18), à \
      l'aide du formulaire joint au devis.
      - Le client bénéficie de la garantie légale de conformité (C. consommation art. L217-3 et \
      suivants) et de la garantie des vices cachés (C. civil art. 1641 et suivants).

      ## 5. Garantie de reprise
      Toute plantation réalisée par Pépinières Clément bénéficie d'une garantie de reprise \
      gratuite d'un an : un végétal qui ne reprend pas dans l'année est remplacé gratuitement. \
      Une extension de la garantie à deux ans peut être souscrite.

      ## 6. Livraison
      Les végétaux à racines nues sont vendus et livrés du 15 novembre au 31 mars. La livraison \
      en zone 1 est offerte aux professionnels au-delà de 1 500 € HT.
      """;

  private final TermsOfSaleManagement terms;

  TermsDemo(TermsOfSaleManagement terms) {
    this.terms = terms;
  }

  @Override
  public List<DemoStep> demoSteps() {
    return List.of(
        new DemoStep(
            -180,
            20,
            "terms of sale of the seller",
            context ->
                terms.create(context.company(), new TermsDraft(TITLE, TEXT, context.today()))));
  }
}
