package org.tarikh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of processes, from Linux's /proc: {@code stat} fields 14 and 15 (user and system time
 * in clock ticks, 100 per second on Linux) and {@code status}'s VmRSS.
 */
final class ProcessStats {

    static final double TICKS_PER_SECOND = 100.0;

    /** CPU seconds so far and resident set in MB; negative when the process is gone. */
    record Usage(double cpuSeconds, double rssMb) {
        static final Usage GONE = new Usage(-1, -1);
    }

    private ProcessStats() {
    }

    static Usage of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may hold spaces: count fields after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
            double rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
            return new Usage(cpu, rss);
        } catch (IOException | RuntimeException e) {
            return Usage.GONE;
        }
    }

    /** Total CPU seconds and RSS of every process whose command name is {@code comm} (e.g. all of PostgreSQL). */
    static Usage ofAll(String comm) {
        double cpu = 0;
        double rss = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    if (Files.readString(p.resolve("comm")).trim().equals(comm)) {
                        Usage u = of(Long.parseLong(name));
                        if (u.cpuSeconds() >= 0) {
                            cpu += u.cpuSeconds();
                            rss += u.rssMb();
                        }
                    }
                } catch (IOException e) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            return Usage.GONE;
        }
        return new Usage(cpu, rss);
    }

    /** The 1-minute load average. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Busy and total jiffies of the whole machine (for its CPU use between two readings). */
    static long[] machineJiffies() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + (f.length > 5 ? Long.parseLong(f[5]) : 0);
            return new long[] { total - idle, total };
        } catch (IOException | RuntimeException e) {
            return new long[] { 0, 0 };
        }
    }
}
