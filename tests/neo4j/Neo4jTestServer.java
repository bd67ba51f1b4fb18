import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A Neo4j Community server for the tests: Bolt on 127.0.0.1:PORT, its files under FOLDER, user
 * neo4j with the password read from the first line of standard input. Prints "READY bolt://..."
 * when it answers, and stops cleanly when its standard input closes.
 *
 * java -cp 'lib/*:classes' Neo4jTestServer PORT FOLDER
 */
public final class Neo4jTestServer {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password = input.readLine();
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(Path.of(args[1]))
                .withDisabledServer()  // no HTTP: the tests speak Bolt
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
                .withConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                // a transaction waiting for another's lock gives up (a transient error) instead of waiting forever
                .withConfig(GraphDatabaseSettings.lock_acquisition_timeout, Duration.ofSeconds(1))
                .build();
        neo4j.databaseManagementService().database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        System.out.println("READY " + neo4j.boltURI());
        System.out.flush();
        while (input.read() != -1) {
            // until the caller closes our input, or dies
        }
        neo4j.close();
    }
}
