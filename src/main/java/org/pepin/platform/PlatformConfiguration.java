package org.pepin.platform;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The instance clock (tests replace it) and the platform's properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
class PlatformConfiguration {

  @Bean
  Clock instanceClock() {
    return Clock.system(CompanyClock.ZONE);
  }
}
