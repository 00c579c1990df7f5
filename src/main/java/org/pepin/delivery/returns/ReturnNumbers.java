package org.pepin.delivery.returns;

import java.util.List;
import org.pepin.platform.DocumentKind;
import org.pepin.platform.DocumentKindContribution;
import org.springframework.stereotype.Component;

/** The series of customer returns: RT-2026-0001… (yearly, gapless). */
@Component
class ReturnNumbers implements DocumentKindContribution {

  static final DocumentKind KIND = new DocumentKind("RETURN", "RT-{YYYY}-{SEQ:4}", true);

  @Override
  public List<DocumentKind> documentKinds() {
    return List.of(KIND);
  }
}
