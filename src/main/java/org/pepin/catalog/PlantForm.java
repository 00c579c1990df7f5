package org.pepin.catalog;

/** How a plant is sold (its "forme" in nursery catalogues). */
public enum PlantForm {
  /** Racines nues: lifted without soil, sold in the dormant season only. */
  BARE_ROOT,
  /** Motte (or motte grillagée): lifted with its root ball. */
  ROOT_BALL,
  /** Conteneur (or godet): grown in a pot of a given volume. */
  CONTAINER,
  /** Arbre tige: a standard tree, sized by its trunk girth at 1 m (e.g. 12/14 cm). */
  STANDARD_TREE
}
