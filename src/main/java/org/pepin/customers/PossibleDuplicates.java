package org.pepin.customers;

import java.util.List;

/**
 * Creating a third party was stopped because it looks like existing ones; the user may confirm the
 * creation (or merge instead).
 */
public class PossibleDuplicates extends RuntimeException {

  private final List<DuplicateCandidate> candidates;

  public PossibleDuplicates(List<DuplicateCandidate> candidates) {
    super("possible duplicates: " + candidates);
    this.candidates = List.copyOf(candidates);
  }

  public List<DuplicateCandidate> candidates() {
    return candidates;
  }
}
