package com.calldesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of another process on this machine (Linux {@code /proc}), split into its JIT compiler
 * threads and the rest: whether the server was still compiling during the measurement is part of
 * reading its figures. On a system without {@code /proc} every reading is empty.
 */
final class ProcessCpu {

  /** Kernel clock ticks per second; 100 on every Linux this runs on. */
  private static final double TICKS_PER_SECOND = 100.0;

  record Reading(long totalTicks, long compilerTicks, long atNanos) {

    /** "123 % of a core, of which JIT 45 %" between an earlier reading and this one. */
    String since(Reading earlier) {
      double seconds = (atNanos - earlier.atNanos) / 1e9;
      double total = (totalTicks - earlier.totalTicks) / TICKS_PER_SECOND / seconds * 100;
      double jit = (compilerTicks - earlier.compilerTicks) / TICKS_PER_SECOND / seconds * 100;
      return String.format("%.0f %% of a core, of which the JIT compiler %.0f %%", total, jit);
    }
  }

  private final Path proc;

  ProcessCpu(long pid) {
    this.proc = Path.of("/proc", Long.toString(pid));
  }

  /** The process id in a pid file, or null when there is none. */
  static ProcessCpu ofPidFile(String file) {
    if (file == null) {
      return null;
    }
    try {
      return new ProcessCpu(Long.parseLong(Files.readString(Path.of(file)).trim()));
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  /** Now, or null when the process cannot be read. */
  Reading read() {
    long now = System.nanoTime();
    try {
      long total = ticks(proc.resolve("stat"));
      long compiler = 0;
      try (Stream<Path> tasks = Files.list(proc.resolve("task"))) {
        for (Path task : (Iterable<Path>) tasks::iterator) {
          try {
            if (Files.readString(task.resolve("comm")).contains("Compiler")) {
              compiler += ticks(task.resolve("stat"));
            }
          } catch (IOException gone) {
            // the thread ended between listing and reading
          }
        }
      }
      return new Reading(total, compiler, now);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** utime + stime of a {@code stat} line (fields 14 and 15, after the parenthesised name). */
  private static long ticks(Path stat) throws IOException {
    String line = Files.readString(stat);
    String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }
}
