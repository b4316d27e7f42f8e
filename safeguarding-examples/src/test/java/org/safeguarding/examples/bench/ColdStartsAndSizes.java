package org.safeguarding.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeguarding.core.json.SafeguardingJson;

/**
 * The two measurements JMH cannot make: cold starts (a fresh JVM to the first answer printed, for
 * each engine, several times) and each engine's run-time dependencies (the jars it brings, from
 * Maven's verbose dependency tree). Run by the {@code bench} profile after the JMH run.
 */
public final class ColdStartsAndSizes {

  private ColdStartsAndSizes() {}

  /**
   * Measures and prints both tables.
   *
   * @param args the number of cold starts per engine, the CLI jar, the verbose dependency tree and
   *     the local Maven repository
   * @throws Exception if a run or a file fails
   */
  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    Path cliJar = Path.of(args[1]);
    Path tree = Path.of(args[2]);
    Path repository = Path.of(args[3]);

    Path plan = Files.createTempFile("bench-plan-", ".json");
    Files.writeString(plan, SafeguardingJson.PLAN.write(BenchPlans.plans(30L, 1, 30).get(0)));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");

    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put(
        "ours: the CLI jar, full assessment, text report",
        List.of(java, "-jar", cliJar.toString(), "assess", plan.toString()));
    commands.put("ours-full", coldStart(java, classpath, "ours-full", plan));
    for (String engine : RuleSubset.ENGINES) {
      commands.put(engine + " (subset)", coldStart(java, classpath, engine, plan));
    }
    System.out.println("Cold start, process start to exit, " + runs + " runs each (ms):");
    System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s%n", "engine", "median", "min", "max");
    for (Map.Entry<String, List<String>> command : commands.entrySet()) {
      List<Double> millis = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        millis.add(time(command.getValue()));
      }
      millis.sort(null);
      System.out.printf(
          Locale.ROOT,
          "%-52s %8.0f %8.0f %8.0f%n",
          command.getKey(),
          median(millis),
          millis.get(0),
          millis.get(millis.size() - 1));
    }
    Files.delete(plan);

    System.out.println();
    System.out.println("Run-time dependencies (jars an engine brings, from Maven's tree):");
    Map<String, List<String>> roots = new LinkedHashMap<>();
    roots.put("ours", List.of("org.safeguarding:safeguarding-rules"));
    roots.put("easy-rules", List.of("org.jeasy:easy-rules-core"));
    roots.put("drools", List.of("org.drools:drools-engine", "org.drools:drools-mvel"));
    List<String> lines = Files.readAllLines(tree);
    for (Map.Entry<String, List<String>> root : roots.entrySet()) {
      Set<String> artifacts = closure(lines, root.getValue());
      long bytes = 0;
      for (String artifact : artifacts) {
        bytes += Files.size(jar(repository, artifact));
      }
      System.out.printf(
          Locale.ROOT,
          "%-12s %3d jars %10.1f KiB%n",
          root.getKey(),
          artifacts.size(),
          bytes / 1024.0);
    }
  }

  private static List<String> coldStart(String java, String classpath, String engine, Path plan) {
    return List.of(java, "-cp", classpath, ColdStart.class.getName(), engine, plan.toString());
  }

  private static double time(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int code = process.waitFor();
    double millis = (System.nanoTime() - start) / 1e6;
    if (code != 0) {
      throw new IllegalStateException(command + " exited " + code);
    }
    return millis;
  }

  private static double median(List<Double> sorted) {
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  // "|  +- (group:artifact:jar:version:scope - omitted for duplicate)" and the like.
  private static final Pattern NODE =
      Pattern.compile(
          "^((?:[|+\\\\ ] *-? ?)*?)[(]?([\\w.\\-]+):([\\w.\\-]+):jar:(?:[\\w.\\-]+:)?"
              + "([\\w.\\-]+):(\\w+)(.*)$");
  private static final Pattern CONFLICT = Pattern.compile("omitted for conflict with ([\\w.\\-]+)");

  /**
   * Every jar under the given roots in the verbose tree, duplicates included (Maven lists a jar
   * once in full and elsewhere as omitted), at the version the build resolves.
   */
  static Set<String> closure(List<String> lines, List<String> roots) {
    Set<String> artifacts = new LinkedHashSet<>();
    int rootDepth = -1;
    for (String line : lines) {
      Matcher node = NODE.matcher(line);
      if (!node.matches()) {
        continue;
      }
      int depth = node.group(1).length();
      String key = node.group(2) + ":" + node.group(3);
      if (rootDepth >= 0 && depth <= rootDepth) {
        rootDepth = -1;
      }
      if (rootDepth < 0 && roots.contains(key) && !node.group(6).contains("omitted")) {
        rootDepth = depth;
      }
      if (rootDepth >= 0 && !"provided".equals(node.group(5))) {
        Matcher conflict = CONFLICT.matcher(node.group(6));
        String version = conflict.find() ? conflict.group(1) : node.group(4);
        artifacts.add(key + ":" + version);
      }
    }
    if (artifacts.isEmpty()) {
      throw new IllegalStateException("no dependencies found under " + roots);
    }
    return artifacts;
  }

  private static Path jar(Path repository, String artifact) {
    String[] parts = artifact.split(":");
    return repository
        .resolve(parts[0].replace('.', '/'))
        .resolve(parts[1])
        .resolve(parts[2])
        .resolve(parts[1] + "-" + parts[2] + ".jar");
  }
}
