package org.safeguarding.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The compiled classes of a module, found where one of its classes was loaded from: a classes
 * directory when a module's own tests run, a jar when another module's tests use it. Tests that
 * must cover every class of a module discover them here instead of listing them, so that a class
 * added later is covered, or makes its test fail, without anyone remembering to add it.
 */
public final class ClassFiles {

  private ClassFiles() {}

  /** One compiled class: its binary name (such as {@code a.b.C$D}) and its bytes. */
  public static final class ClassFile {
    private final String name;
    private final byte[] bytes;

    ClassFile(String name, byte[] bytes) {
      this.name = name;
      this.bytes = bytes;
    }

    /** The binary name, such as {@code org.safeguarding.core.plan.SessionPlan$Builder}. */
    public String name() {
      return name;
    }

    /** The class file's bytes. */
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Every class file in or under {@code packageName}, from the directory or jar that {@code anchor}
   * was loaded from, in order of name. {@code package-info} is left out: it is not a type.
   *
   * @param anchor a class of the module, not of its tests
   * @param packageName such as {@code org.safeguarding.core}
   * @return the class files; never empty
   */
  public static List<ClassFile> of(Class<?> anchor, String packageName) {
    Path location = locationOf(anchor);
    String prefix = packageName.replace('.', '/') + "/";
    List<ClassFile> files = new ArrayList<>();
    try {
      if (Files.isDirectory(location)) {
        Path root = location.resolve(prefix);
        try (Stream<Path> paths = Files.walk(root)) {
          for (Path path : paths.filter(Files::isRegularFile).collect(Collectors.toList())) {
            String entry = location.relativize(path).toString().replace('\\', '/');
            add(files, entry, Files.readAllBytes(path));
          }
        }
      } else {
        try (ZipFile jar = new ZipFile(location.toFile())) {
          Enumeration<? extends ZipEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
              try (InputStream in = jar.getInputStream(entry)) {
                add(files, entry.getName(), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the classes at " + location, e);
    }
    files.sort(Comparator.comparing(ClassFile::name));
    assertThat(files).as("classes of %s at %s", packageName, location).isNotEmpty();
    return files;
  }

  /**
   * Every class in or under {@code packageName}, loaded without being initialised, from where
   * {@code anchor} was loaded.
   *
   * @param anchor a class of the module, not of its tests
   * @param packageName such as {@code org.safeguarding.core}
   * @return the classes, in order of name
   */
  public static List<Class<?>> classes(Class<?> anchor, String packageName) {
    List<Class<?>> classes = new ArrayList<>();
    for (ClassFile file : of(anchor, packageName)) {
      try {
        classes.add(Class.forName(file.name(), false, anchor.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("cannot load " + file.name(), e);
      }
    }
    return classes;
  }

  /** The directory or jar a class was loaded from. */
  public static Path locationOf(Class<?> anchor) {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate " + anchor, e);
    }
  }

  private static void add(List<ClassFile> files, String entry, byte[] bytes) {
    if (entry.endsWith(".class") && !entry.endsWith("package-info.class")) {
      String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
      files.add(new ClassFile(name, bytes));
    }
  }

  /**
   * {@return whether a type is public API: public, and nested only in public types (a public
   * builder of a hidden class is not API)}
   *
   * @param type the type
   */
  public static boolean isPublicApi(Class<?> type) {
    for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
      if (!Modifier.isPublic(at.getModifiers()) || at.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return whether a type has only private constructors, so no instance can be made outside it}
   *
   * @param type the type
   */
  public static boolean onlyPrivateConstructors(Class<?> type) {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (!Modifier.isPrivate(constructor.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
