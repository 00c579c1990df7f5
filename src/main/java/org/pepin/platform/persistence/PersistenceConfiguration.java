package org.pepin.platform.persistence;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pepin.PepinApplication;
import org.pepin.shared.Identifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.util.ClassUtils;

/**
 * Spring Data JDBC conversions: every typed identifier ({@link Identifier} record in the
 * application's packages) is stored as a UUID column, so aggregates keep typed ids without one
 * converter class per id.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

  @Bean
  JdbcCustomConversions jdbcCustomConversions() {
    List<Object> converters = new ArrayList<>();
    for (Class<? extends Identifier> type : identifierTypes()) {
      converters.add(new IdentifierWriter(type));
      converters.add(new IdentifierReader(type));
    }
    return new JdbcCustomConversions(converters);
  }

  @SuppressWarnings("unchecked")
  static List<Class<? extends Identifier>> identifierTypes() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(Identifier.class));
    List<Class<? extends Identifier>> types = new ArrayList<>();
    for (BeanDefinition candidate :
        scanner.findCandidateComponents(PepinApplication.class.getPackageName())) {
      Class<?> type =
          ClassUtils.resolveClassName(
              candidate.getBeanClassName(), PersistenceConfiguration.class.getClassLoader());
      if (type.isRecord()) {
        types.add((Class<? extends Identifier>) type);
      }
    }
    return types;
  }

  @WritingConverter
  private record IdentifierWriter(Class<? extends Identifier> type) implements GenericConverter {

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
      return Set.of(new ConvertiblePair(type, UUID.class));
    }

    @Override
    public @Nullable Object convert(
        @Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
      return source == null ? null : ((Identifier) source).value();
    }
  }

  @ReadingConverter
  private static final class IdentifierReader implements GenericConverter {

    private final Class<? extends Identifier> type;
    private final Constructor<? extends Identifier> constructor;

    IdentifierReader(Class<? extends Identifier> type) {
      this.type = type;
      try {
        this.constructor = type.getDeclaredConstructor(UUID.class);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " needs a canonical (UUID) constructor", e);
      }
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
      return Set.of(new ConvertiblePair(UUID.class, type));
    }

    @Override
    public @Nullable Object convert(
        @Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
      if (source == null) {
        return null;
      }
      try {
        return constructor.newInstance(source);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + type.getName(), e);
      }
    }
  }
}
