package org.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.plan.SessionPlan;

/**
 * What a user can see is what the modules export: no exported type may show an internal type, or a
 * type of a package its module does not export, in a signature a user can call or extend.
 */
class PublicSurfaceTest {

  private record Module(ModuleDescriptor descriptor, Path root) {}

  private static Module moduleOf(Class<?> type) throws IOException, URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path root = location;
    if (Files.isRegularFile(location)) {
      FileSystem jar = FileSystems.newFileSystem(location);
      root = jar.getPath("/");
    }
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      return new Module(ModuleDescriptor.read(in), root);
    }
  }

  private static Set<String> unqualifiedExports(ModuleDescriptor descriptor) {
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports export : descriptor.exports()) {
      if (!export.isQualified()) {
        exported.add(export.source());
      }
    }
    return exported;
  }

  @Test
  void exports_areTheModelTheEngineTheRulebookAndReports_andNoInternals() throws Exception {
    Module core = moduleOf(SessionPlan.class);
    Module rules = moduleOf(SafeguardingEngine.class);

    assertThat(unqualifiedExports(core.descriptor()))
        .containsExactlyInAnyOrder(
            "org.safeguarding.core.plan",
            "org.safeguarding.core.assessment",
            "org.safeguarding.core.admission",
            "org.safeguarding.core.response",
            "org.safeguarding.core.risk",
            "org.safeguarding.core.json");
    assertThat(unqualifiedExports(rules.descriptor()))
        .containsExactlyInAnyOrder(
            "org.safeguarding.rules",
            "org.safeguarding.rules.rulebook",
            "org.safeguarding.rules.report");
    for (ModuleDescriptor.Exports export : core.descriptor().exports()) {
      if (export.source().contains(".internal")) {
        assertThat(export.targets()).containsExactly("org.safeguarding.rules");
      }
    }
  }

  @Test
  void exportedSignatures_neverShowATypeAUserCannotSee() throws Exception {
    Set<String> visible = new HashSet<>();
    List<Module> modules = List.of(moduleOf(SessionPlan.class), moduleOf(SafeguardingEngine.class));
    modules.forEach(module -> visible.addAll(unqualifiedExports(module.descriptor())));

    List<String> leaks = new ArrayList<>();
    int checked = 0;
    for (Module module : modules) {
      for (String pkg : unqualifiedExports(module.descriptor())) {
        Path dir = module.root().resolve(pkg.replace('.', '/'));
        List<Path> classes;
        try (Stream<Path> files = Files.list(dir)) {
          classes = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : classes) {
          String simple = file.getFileName().toString().replace(".class", "");
          if (simple.equals("package-info") || simple.equals("module-info")) {
            continue;
          }
          Class<?> type = Class.forName(pkg + "." + simple, false, getClass().getClassLoader());
          if (!isUserVisible(type)) {
            continue;
          }
          checked++;
          for (Type shown : signatureOf(type)) {
            for (Class<?> used : classesIn(shown)) {
              String usedPackage = used.getPackageName();
              boolean ours = usedPackage.startsWith("org.safeguarding.");
              if (ours && !visible.contains(usedPackage)) {
                leaks.add(type.getName() + " shows " + used.getName());
              }
            }
          }
        }
      }
    }

    assertThat(checked).as("exported types checked").isGreaterThan(60);
    assertThat(leaks).isEmpty();
  }

  /** A public type, or a public or protected member type of a user-visible type. */
  private static boolean isUserVisible(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    int modifiers = type.getModifiers();
    if (type.getEnclosingClass() == null) {
      return Modifier.isPublic(modifiers);
    }
    return (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers))
        && isUserVisible(type.getEnclosingClass());
  }

  private static List<Type> signatureOf(Class<?> type) {
    List<Type> shown = new ArrayList<>();
    boolean extendable = !Modifier.isFinal(type.getModifiers());
    if (type.getGenericSuperclass() != null) {
      shown.add(type.getGenericSuperclass());
    }
    shown.addAll(List.of(type.getGenericInterfaces()));
    for (Field field : type.getDeclaredFields()) {
      if (isShown(field.getModifiers(), extendable)) {
        shown.add(field.getGenericType());
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (isShown(method.getModifiers(), extendable) && !method.isSynthetic()) {
        shown.add(method.getGenericReturnType());
        shown.addAll(List.of(method.getGenericParameterTypes()));
        shown.addAll(List.of(method.getGenericExceptionTypes()));
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (isShown(constructor.getModifiers(), extendable)) {
        shown.addAll(List.of(constructor.getGenericParameterTypes()));
        shown.addAll(List.of(constructor.getGenericExceptionTypes()));
      }
    }
    return shown;
  }

  private static boolean isShown(int modifiers, boolean extendable) {
    return Modifier.isPublic(modifiers) || (extendable && Modifier.isProtected(modifiers));
  }

  private static Set<Class<?>> classesIn(Type type) {
    Set<Class<?>> found = new HashSet<>();
    collect(type, found, new HashSet<>());
    return found;
  }

  private static void collect(Type type, Set<Class<?>> found, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      found.add(c.isArray() ? c.getComponentType() : c);
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), found, seen);
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, found, seen);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        collect(bound, found, seen);
      }
      for (Type bound : w.getLowerBounds()) {
        collect(bound, found, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), found, seen);
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        collect(bound, found, seen);
      }
    }
  }
}
