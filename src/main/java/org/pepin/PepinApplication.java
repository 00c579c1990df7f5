package org.pepin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Pépin: sales administration (quote-to-cash) for French SMEs. */
@SpringBootApplication
public class PepinApplication {

  public static void main(String[] args) {
    SpringApplication.run(PepinApplication.class, args);
  }
}
