package org.pepin.customers.file;

import java.util.List;
import org.pepin.platform.DocumentKind;
import org.pepin.platform.DocumentKindContribution;
import org.springframework.stereotype.Component;

/**
 * The series that generates customer codes: C0001, C0002… (not a legal series; numbered with the
 * platform's gapless counter so that two users creating customers at once never get the same code).
 */
@Component
class CustomerCodes implements DocumentKindContribution {

  static final DocumentKind KIND = new DocumentKind("CUSTOMER", "C{SEQ:4}", false);

  @Override
  public List<DocumentKind> documentKinds() {
    return List.of(KIND);
  }
}
