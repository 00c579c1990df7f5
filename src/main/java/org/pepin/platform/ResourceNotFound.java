package org.pepin.platform;

/**
 * A resource that does not exist, or exists in another company: both answer 404, so that a user
 * never learns that an id of another company exists.
 */
public class ResourceNotFound extends RuntimeException {

  public ResourceNotFound(String type, Object id) {
    super(type + " " + id + " not found");
  }
}
