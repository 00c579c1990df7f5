package org.pepin.platform;

import java.util.Set;

/**
 * One link of the left navigation.
 *
 * @param group the activity group (a message key such as {@code nav.group.settings})
 * @param groupOrder rank of the group in the navigation
 * @param label the message key of the link
 * @param path the URL path
 * @param order rank within the group
 * @param roles roles that see the entry (any of them); empty = every member of the company
 * @param systemAdminOnly shown only to instance administrators
 */
public record NavigationEntry(
    String group,
    int groupOrder,
    String label,
    String path,
    int order,
    Set<Role> roles,
    boolean systemAdminOnly) {}
