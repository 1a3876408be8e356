package org.tarikh.infra;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops PostgreSQL when this JVM dies without stopping it (kill -9, a crash, the OOM killer): a tiny shell process,
 * outside this JVM's process group, that polls this JVM's pid and then asks the postmaster to shut down (SIGINT is a
 * fast shutdown; SIGQUIT after 30 s). PostgreSQL detaches itself from its parent's session, so neither a process
 * group nor the death of the parent would otherwise reach it.
 */
public final class ProcessWatchdog {

    /** Shown in {@code ps} as the process name, so that people and tests can find it. */
    public static final String NAME = "tarikh-embedded-watchdog";

    static final String SCRIPT = """
            #!/bin/sh
            # Written by embedded-infra (ProcessWatchdog): stops the PostgreSQL whose data is in $2 once process $1,
            # the JVM that started it, is gone without stopping it.
            jvm=$1; data=$2
            while kill -0 "$jvm" 2>/dev/null; do sleep 1; done
            pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null) || exit 0
            [ -n "$pid" ] || exit 0
            # a stale postmaster.pid may name a pid that now belongs to something else
            ps -o command= -p "$pid" 2>/dev/null | grep -q postgres || exit 0
            kill -INT "$pid" 2>/dev/null || exit 0
            i=0
            while kill -0 "$pid" 2>/dev/null && [ $i -lt 30 ]; do sleep 1; i=$((i+1)); done
            kill -QUIT "$pid" 2>/dev/null
            exit 0
            """;

    private ProcessWatchdog() {
    }

    /**
     * Starts the watchdog of {@code jvmPid} for the PostgreSQL whose data is in {@code dataDirectory}; its script is
     * written to {@code scriptDirectory}, so that {@code ps} shows {@code sh .../tarikh-embedded-watchdog.sh}.
     */
    public static Process watch(long jvmPid, Path dataDirectory, Path scriptDirectory) throws IOException {
        Path script = scriptDirectory.resolve(NAME + ".sh");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        if (onPath("setsid")) {
            // its own session: a signal to this JVM's process group (Ctrl-C in a terminal) leaves it to do its job
            command.add("setsid");
        }
        command.addAll(List.of("sh", script.toString(), Long.toString(jvmPid), dataDirectory.toString()));
        return new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
