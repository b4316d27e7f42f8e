package org.safeguarding.core.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Walks a model object through its public no-argument accessors, into the library's types it
 * reaches, and gathers every text it holds by the attribute that holds it ({@code
 * RiskEntry.description}). The privacy tests use it to prove that every text attribute of the model
 * has been classed as free text or not, and that their samples really hold a marker in every
 * free-text attribute, so that a {@code toString()} without a marker is not so by accident.
 *
 * <p>Builders are not walked (their one no-argument method builds), nor are enums (their texts are
 * the library's constants).
 */
public final class ModelWalk {

  private final String packagePrefix;
  private final Map<String, List<String>> texts = new TreeMap<>();
  private final Set<Class<?>> classes = new LinkedHashSet<>();
  private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  private ModelWalk(String packagePrefix) {
    this.packagePrefix = packagePrefix;
  }

  /**
   * Walks every sample.
   *
   * @param packagePrefix the packages whose types are walked into, such as {@code org.safeguarding}
   * @param samples the objects to start from
   * @return what was found
   */
  public static ModelWalk of(String packagePrefix, Collection<?> samples) {
    ModelWalk walk = new ModelWalk(packagePrefix + ".");
    samples.forEach(walk::visit);
    return walk;
  }

  /**
   * Every text found, by attribute ({@code Type.accessor}, nested types as {@code Outer$Inner}).
   */
  public Map<String, List<String>> texts() {
    return Collections.unmodifiableMap(texts);
  }

  /** The run-time class of every object of the library's packages that was reached. */
  public Set<Class<?>> classes() {
    return Collections.unmodifiableSet(classes);
  }

  private void visit(@Nullable Object value) {
    if (value == null || !seen.add(value)) {
      return;
    }
    if (value instanceof Optional<?>) {
      ((Optional<?>) value).ifPresent(this::visit);
    } else if (value instanceof Collection<?>) {
      ((Collection<?>) value).forEach(this::visit);
    } else if (value instanceof Map<?, ?>) {
      ((Map<?, ?>) value).forEach((key, entry) -> visitAll(key, entry));
    } else if (value.getClass().getName().startsWith(packagePrefix)) {
      classes.add(value.getClass());
      if (!value.getClass().isEnum() && !value.getClass().getName().endsWith("$Builder")) {
        visitAccessors(value);
      }
    }
  }

  private void visitAll(Object first, Object second) {
    visit(first);
    visit(second);
  }

  private void visitAccessors(Object value) {
    Class<?> type = publicType(value.getClass());
    List<Method> methods = new ArrayList<>(List.of(type.getDeclaredMethods()));
    methods.sort(Comparator.comparing(Method::getName));
    for (Method method : methods) {
      int modifiers = method.getModifiers();
      if (!Modifier.isPublic(modifiers)
          || Modifier.isStatic(modifiers)
          || method.isSynthetic()
          || method.getParameterCount() != 0
          || method.getReturnType() == void.class
          || method.getName().equals("toString")
          || method.getName().equals("hashCode")
          // A method that gives a changed copy of its own type ("withers") is no attribute, and
          // following each copy's copies would never end.
          || method.getReturnType() == type) {
        continue;
      }
      Object result;
      try {
        result = method.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot call " + method, e);
      }
      if (isText(method.getGenericReturnType())) {
        String attribute =
            type.getName().substring(type.getPackageName().length() + 1) + "." + method.getName();
        List<String> found = texts.computeIfAbsent(attribute, key -> new ArrayList<>());
        textsOf(result, found);
      } else {
        visit(result);
      }
    }
  }

  /** The public class a value is seen as: a generated implementation's public supertype. */
  private static Class<?> publicType(Class<?> type) {
    for (Class<?> at = type; at != null; at = at.getSuperclass()) {
      if (Modifier.isPublic(at.getModifiers())) {
        return at;
      }
    }
    throw new IllegalStateException(type + " has no public type");
  }

  /**
   * Whether a return type is text: a String, an Optional or collection of them, or a map of them
   * (its names and values both).
   */
  private static boolean isText(Type type) {
    if (type == String.class) {
      return true;
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      Type raw = parameterized.getRawType();
      boolean container =
          raw == Optional.class
              || (raw instanceof Class<?> && Collection.class.isAssignableFrom((Class<?>) raw));
      if (raw == Map.class) {
        return parameterized.getActualTypeArguments()[0] == String.class
            && parameterized.getActualTypeArguments()[1] == String.class;
      }
      return container && parameterized.getActualTypeArguments()[0] == String.class;
    }
    return false;
  }

  private static void textsOf(@Nullable Object result, List<String> found) {
    if (result instanceof Optional<?>) {
      ((Optional<?>) result).ifPresent(text -> found.add((String) text));
    } else if (result instanceof Collection<?>) {
      ((Collection<?>) result).forEach(text -> found.add((String) text));
    } else if (result instanceof Map<?, ?>) {
      ((Map<?, ?>) result)
          .forEach(
              (name, text) -> {
                found.add((String) name);
                found.add((String) text);
              });
    } else if (result != null) {
      found.add((String) result);
    }
  }
}
