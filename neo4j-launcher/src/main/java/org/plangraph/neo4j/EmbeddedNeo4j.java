package org.plangraph.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.BindException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.DatabaseState;
import org.neo4j.dbms.DatabaseStateService;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.database.NamedDatabaseId;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs a Neo4j 5.26 community DBMS in this JVM with Bolt on loopback, for PlanGraph's embedded
 * mode. The Node.js service spawns it and talks to it over Bolt like any other Neo4j.
 *
 * <p>Arguments: {@code <home directory> <bolt port> <page cache MB> <database name>}. Port 0 lets
 * the operating system choose; the port really bound is read back from Neo4j and reported, so no
 * other process can take it between a choice and the bind. The password of the {@code neo4j}
 * user is the first line of standard input: it never appears in the environment or the command
 * line of this process, and it is set at every start, so no credential is written next to the
 * data.
 *
 * <p>Protocol with the parent process, on stdout: one line {@code PLANGRAPH_NEO4J_READY <port>}
 * once Bolt accepts connections and the database is online, or {@code PLANGRAPH_NEO4J_FAILED
 * <kind> <reason>} before exiting with status 1, where kind is PORT_IN_USE, STORE_LOCKED,
 * DATABASE_FAILED, ARGUMENT or START_FAILED, decided from the exception types, so the parent
 * never has to read Neo4j's wording. The DBMS shuts down cleanly on SIGTERM/SIGINT and also when
 * stdin reaches end of file, which happens when the parent dies without a chance to signal us:
 * that keeps an orphan JVM from holding the store lock, even while the DBMS is still starting.
 */
public final class EmbeddedNeo4j {
    private static final String READY = "PLANGRAPH_NEO4J_READY";
    private static final String FAILED = "PLANGRAPH_NEO4J_FAILED";
    private static final long ONLINE_TIMEOUT_MS = 120_000;

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        if (args.length != 4) {
            fail("ARGUMENT", "usage: EmbeddedNeo4j <home directory> <bolt port> <page cache MB> <database name>");
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = parsePort(args[1]);
        long pageCacheMb = parseLong(args[2]);
        String databaseName = args[3];
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password = readPassword(stdin);

        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                DatabaseManagementService dbms = running.get();
                if (dbms != null) {
                    dbms.shutdown();
                }
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));
        // Watch the parent from the start: a parent that dies during the (long) start must not
        // leave a JVM behind that holds the store.
        watchParent(stdin);

        requireStoreUnlocked(home);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.initial_default_database, databaseName)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                    .build();
            running.set(dbms);
        } catch (RuntimeException e) {
            fail(kindOf(e), rootMessage(e));
            return;
        }

        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        requireOnline(dbms, system, databaseName);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // A configured (fixed) password is already set from the previous start.
            if (!rootMessage(e).contains("Old password and new password cannot be the same")) {
                fail("START_FAILED", "could not set the password of user neo4j: " + rootMessage(e));
            }
        }

        HostnamePort bound = ((GraphDatabaseAPI) system).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        System.out.println(READY + " " + bound.getPort());
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Refuses a folder whose store another Neo4j holds before this DBMS starts: Neo4j itself takes
     * that lock only after most of its start, seconds later. The same lock Neo4j takes (a file lock
     * on {@code data/databases/store_lock}), tried and let go at once; a folder without the file
     * has never held a store, and anything unexpected is left for Neo4j's own start to report.
     */
    private static void requireStoreUnlocked(Path home) {
        Path lockFile = home.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.isRegularFile(lockFile)) {
            return;
        }
        boolean held;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            held = lock == null;
            if (lock != null) {
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            held = true;
        } catch (IOException e) {
            return;
        }
        if (held) {
            fail("STORE_LOCKED", "Lock file has been locked by another process: " + lockFile);
        }
    }

    /**
     * The DBMS starts even when the user database can not (a store file it can not open, say):
     * Neo4j then only writes the cause to its debug log. Fail here with that cause instead, read
     * from Neo4j's record of database states, as soon as there is one.
     */
    private static void requireOnline(DatabaseManagementService dbms, GraphDatabaseService system, String name) {
        DatabaseStateService states = ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(DatabaseStateService.class);
        long deadline = System.currentTimeMillis() + ONLINE_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (dbms.database(name).isAvailable(100)) {
                return;
            }
            for (Map.Entry<NamedDatabaseId, DatabaseState> entry : states.stateOfAllDatabases().entrySet()) {
                if (entry.getKey().name().equals(name)) {
                    Optional<Throwable> cause = states.causeOfFailure(entry.getKey());
                    if (cause.isPresent()) {
                        fail("DATABASE_FAILED", "database " + name + " could not start: " + rootMessage(cause.get()));
                    }
                }
            }
        }
        fail("DATABASE_FAILED", "database " + name + " did not come online within " + ONLINE_TIMEOUT_MS / 1000 + " s");
    }

    private static String readPassword(BufferedReader stdin) {
        try {
            String password = stdin.readLine();
            if (password == null || password.length() < 8) {
                fail("ARGUMENT", "the first line of standard input must be the password of user neo4j (at least 8 characters)");
            }
            return password;
        } catch (IOException e) {
            fail("ARGUMENT", "could not read the password from standard input: " + e.getMessage());
            return null;
        }
    }

    /** Exits (running the shutdown hook) when the parent closes our stdin, on purpose or by dying. */
    private static void watchParent(BufferedReader stdin) {
        Thread watcher = new Thread(() -> {
            char[] buffer = new char[256];
            try {
                while (stdin.read(buffer) >= 0) {
                    // the parent writes nothing after the password; anything read is ignored
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of file
            }
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The kind of a start failure, from the types in the cause chain. */
    private static String kindOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PortBindException || t instanceof BindException) {
                return "PORT_IN_USE";
            }
            if (t instanceof FileLockException || t instanceof org.neo4j.io.pagecache.impl.FileLockException) {
                return "STORE_LOCKED";
            }
        }
        return "START_FAILED";
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                fail("ARGUMENT", "bolt port must be between 0 and 65535, got " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            fail("ARGUMENT", "bolt port must be a number, got " + value);
            return -1;
        }
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            fail("ARGUMENT", "the page cache size must be a number of MB, got " + value);
            return -1;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            message.append(" <- ").append(t.getMessage());
        }
        return message.toString().replace('\n', ' ');
    }

    private static void fail(String kind, String reason) {
        System.out.println(FAILED + " " + kind + " " + reason);
        System.out.flush();
        System.exit(1);
    }
}
