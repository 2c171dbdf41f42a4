import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts an embedded Neo4j 5.26 Community DBMS with a Bolt connector on 127.0.0.1, for development and tests.
 *
 * <p>Run with the JDK's single-file source launch (the jars come from tools/neo4j/pom.xml):
 *
 * <pre>java -cp 'tools/neo4j/lib/*' tools/neo4j/Launcher.java [--port N] [--pagecache 256m] [--exit-on-stdin-eof]</pre>
 *
 * <p>Auth is off and the data lives in a fresh temporary directory that is deleted on exit, so this is for local use
 * only. When the database answers, one line {@code NEO4J_READY bolt://127.0.0.1:PORT} is printed on stdout; the
 * caller still checks readiness with the driver. A shutdown hook closes the DBMS on SIGINT/SIGTERM. With
 * {@code --exit-on-stdin-eof} the launcher also exits when its stdin closes, so a parent process that dies (even by
 * SIGKILL) never leaves a Java process behind.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    int port = 0;
    String pageCache = "256m";
    boolean exitOnStdinEof = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--pagecache" -> pageCache = args[++i];
        case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
        default -> {
          System.err.println("Launcher: unknown argument '" + args[i] + "'");
          System.exit(2);
        }
      }
    }
    if (port == 0) {
      port = freePort();
    }

    Path home = Files.createTempDirectory("ehealth-neo4j-");
    Path conf = home.resolve("neo4j.conf");
    Files.writeString(
        conf,
        String.join(
            "\n",
            "server.bolt.enabled=true",
            "server.bolt.listen_address=127.0.0.1:" + port,
            "server.bolt.advertised_address=127.0.0.1:" + port,
            "server.bolt.tls_level=DISABLED",
            "dbms.security.auth_enabled=false",
            "dbms.usage_report.enabled=false",
            "server.memory.pagecache.size=" + pageCache,
            "db.tx_log.rotation.retention_policy=1 files",
            ""));

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();

    Thread shutdown =
        new Thread(
            () -> {
              try {
                dbms.shutdown();
              } catch (RuntimeException e) {
                System.err.println("Launcher: shutdown failed: " + e.getMessage());
              }
              deleteTree(home);
            },
            "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    // Opening the default database forces it to start before we announce readiness.
    dbms.database("neo4j").executeTransactionally("RETURN 1");
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    if (exitOnStdinEof) {
      InputStream in = System.in;
      byte[] buf = new byte[256];
      while (in.read(buf) >= 0) {
        // drain; the parent never writes, it only holds the pipe open
      }
      System.exit(0);
    } else {
      Thread.currentThread().join();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("Launcher: could not delete " + root + ": " + e.getMessage());
    }
  }
}
