package org.pepin.platform;

import java.util.List;
import java.util.UUID;

/**
 * SPI: blocks a module adds to another module's record page. The page asks every contribution for
 * its sections of one record; a contribution returns none for pages it does not know or for a
 * member who may not see them. Sections must be scoped to the company.
 */
public interface PageSectionContribution {

  /** Pages that receive sections: {@code customer} (the 360° customer page). */
  String CUSTOMER_PAGE = "customer";

  /** The order page (sales): the record is the order's id. */
  String ORDER_PAGE = "order";

  /**
   * @param page the page, e.g. {@link #CUSTOMER_PAGE} or {@link #ORDER_PAGE}
   * @param company the company of the record
   * @param record the record's id
   * @param viewer the member looking at the page
   */
  List<PageSection> sections(String page, CompanyId company, UUID record, Member viewer);
}
