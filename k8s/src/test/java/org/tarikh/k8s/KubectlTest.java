package org.tarikh.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubectlTest {

    @Test
    void theKubectlThatRendersHasKustomizeFiveOrNewer() {
        assertTrue(Kubectl.kustomizeMajor(Kubectl.executable()) >= 5, Kubectl.executable().toString());
    }

    /** Debian bookworm's kubectl (1.20) prints no kustomize version; its kustomize (v2) cannot render components. */
    @Test
    void aKubectlThatNamesNoKustomizeVersionIsTooOld(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("kubectl");
        Files.writeString(old, "#!/bin/sh\necho 'Client Version: version.Info{Major:\"1\", Minor:\"20\"}'\n");
        old.toFile().setExecutable(true);
        assertEquals(0, Kubectl.kustomizeMajor(old));
    }
}
