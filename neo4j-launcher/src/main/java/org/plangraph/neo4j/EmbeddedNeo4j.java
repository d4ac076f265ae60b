package org.plangraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs a Neo4j 5.26 community DBMS in this JVM with Bolt on loopback, for PlanGraph's embedded
 * mode. The Node.js service spawns it and talks to it over Bolt like any other Neo4j.
 *
 * <p>Arguments: {@code <home directory> <bolt port>}. The password of the {@code neo4j} user is
 * read from the environment variable {@code PLANGRAPH_NEO4J_PASSWORD} and set at every start,
 * so no credential is ever written next to the data. The heap is set by the caller (-Xmx); the
 * page cache comes from {@code PLANGRAPH_NEO4J_PAGECACHE_MB} (default 256).
 *
 * <p>Protocol with the parent process, on stdout: one line {@code PLANGRAPH_NEO4J_READY <port>}
 * once Bolt accepts connections, or {@code PLANGRAPH_NEO4J_FAILED <reason>} before exiting with
 * status 1. The DBMS is shut down cleanly on SIGTERM/SIGINT and also when stdin reaches end of
 * file, which happens when the parent dies without a chance to signal us: that is what keeps an
 * orphan JVM from holding the store lock.
 */
public final class EmbeddedNeo4j {
    private static final String READY = "PLANGRAPH_NEO4J_READY";
    private static final String FAILED = "PLANGRAPH_NEO4J_FAILED";

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            fail("usage: EmbeddedNeo4j <home directory> <bolt port>");
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = parsePort(args[1]);
        String password = System.getenv("PLANGRAPH_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("PLANGRAPH_NEO4J_PASSWORD must be set to at least 8 characters");
        }
        long pageCacheMb = parseLong(System.getenv().getOrDefault("PLANGRAPH_NEO4J_PAGECACHE_MB", "256"));

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                    .build();
        } catch (RuntimeException e) {
            fail(rootMessage(e));
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // A configured (fixed) password is already set from the previous start.
            if (!rootMessage(e).contains("Old password and new password cannot be the same")) {
                fail("could not set the password of user neo4j: " + rootMessage(e));
            }
        }

        System.out.println(READY + " " + port);
        System.out.flush();

        watchParent();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Exits (running the shutdown hook) when the parent closes our stdin, on purpose or by dying. */
    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // the parent never writes; anything read is ignored
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of file
            }
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                fail("bolt port must be between 1 and 65535, got " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            fail("bolt port must be a number, got " + value);
            return -1;
        }
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            fail("PLANGRAPH_NEO4J_PAGECACHE_MB must be a number, got " + value);
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

    private static void fail(String reason) {
        System.out.println(FAILED + " " + reason);
        System.out.flush();
        System.exit(1);
    }
}
