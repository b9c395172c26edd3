package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code newsdesk} command in a child JVM on this process's classpath, its output appended to
 * a log file: what the crash drills start and kill with SIGKILL, as an operator's process would
 * die, with nothing of the parent's state shared but the store.
 */
final class ChildCli {

  private ChildCli() {}

  static Process start(Path log, List<String> jvmOptions, List<String> args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "org.newsdesk.cli.NewsdeskCli"));
    cmd.addAll(args);
    Files.createDirectories(log.getParent());
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }
}
