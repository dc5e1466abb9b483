package echanges.search.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.sun.security.auth.module.UnixSystem;

/**
 * The system account the server runs as when we are root. Elasticsearch refuses to start as root
 * ("can not run elasticsearch as root"), and containers and CI runners often build as root; so we
 * start it as a dedicated user without login or home, created on first need, which owns the
 * instance directory.
 */
record ServerAccount(String name, UserPrincipal user, GroupPrincipal group) {

    static final String NAME = "echanges-es";

    /** The account to switch to, or null when we are not root and the server may run as us. */
    static @Nullable ServerAccount ifRoot() {
        return new UnixSystem().getUid() == 0 ? ensureExists(NAME) : null;
    }

    /** Prefixes a command so that it runs as this account, keeping our environment. */
    List<String> runAs(List<String> command) {
        List<String> wrapped = new ArrayList<>();
        String setpriv = program("setpriv");
        if (Path.of(setpriv).isAbsolute()) {
            // setpriv executes the command in place, so the process we hold is the command itself.
            wrapped.addAll(List.of(setpriv, "--reuid=" + name, "--regid=" + name, "--init-groups", "--"));
        } else {
            // runuser stays as the parent, and passes signals on.
            wrapped.addAll(List.of(program("runuser"), "-u", name, "--"));
        }
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives the account the directory and everything in it, files the server wrote included. */
    void own(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.toList()) {
                PosixFileAttributeView view = Files.getFileAttributeView(
                        path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                view.setOwner(user);
                view.setGroup(group);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot give " + directory + " to the system user " + name, e);
        }
    }

    /**
     * Checks, as the account itself, that it can read the distribution and write the instance: a
     * parent directory closed to others (a home directory, say) would otherwise fail the server with
     * an obscure message half-way through its start.
     */
    void checkAccess(Path home, Path instance) {
        List<String> test = runAs(List.of("bash", "-c",
                "test -r \"$1/bin/elasticsearch\" && test -x \"$1/lib\" && test -w \"$2\"",
                "check-access", home.toString(), instance.toString()));
        if (run(test) != 0)
            throw new IllegalStateException("Elasticsearch refuses to run as root, so it runs as the system user "
                    + name + ", who cannot read " + home + " or write " + instance
                    + ": give others execute permission on their parent directories (chmod o+x), "
                    + "or put the instance directory under /tmp");
    }

    private static ServerAccount ensureExists(String name) {
        UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        try {
            return new ServerAccount(name, lookup.lookupPrincipalByName(name), lookup.lookupPrincipalByGroupName(name));
        } catch (UserPrincipalNotFoundException missing) {
            create(name);
            try {
                return new ServerAccount(name, lookup.lookupPrincipalByName(name), lookup.lookupPrincipalByGroupName(name));
            } catch (IOException e) {
                throw new IllegalStateException("created the system user " + name + " but cannot find it", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up the system user " + name, e);
        }
    }

    private static void create(String name) {
        int status = run(List.of(program("useradd"), "--system", "--no-create-home", "--user-group",
                "--shell", "/usr/sbin/nologin", "--comment", "Echanges Elasticsearch", name));
        // 9: another JVM created it meanwhile.
        if (status != 0 && status != 9)
            throw new IllegalStateException("Elasticsearch refuses to run as root and useradd could not create the "
                    + "system user " + name + " (exit status " + status + "): create it, or run as another user");
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.getFirst(), e);
        }
    }

    /** The program's path, looking also where a non-login root's PATH may not (/usr/sbin). */
    private static String program(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/bin:/sbin:/bin";
        for (String directory : path.split(":")) {
            if (directory.isEmpty()) continue;
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) return candidate.toString();
        }
        return name;
    }
}
