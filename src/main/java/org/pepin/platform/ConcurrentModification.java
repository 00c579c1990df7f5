package org.pepin.platform;

/**
 * Someone else saved the same record since the user opened it (optimistic locking on the
 * aggregate's version). The user's change is refused; nothing is overwritten silently.
 */
public class ConcurrentModification extends RuntimeException {

  public ConcurrentModification(String type, Object id) {
    super(type + " " + id + " was changed by someone else");
  }
}
