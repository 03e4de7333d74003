package id.go.madiunkota.events.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker of its own for a test that must stop and start the broker: the same KRaft broker jars that
 * ./suite runs (under .local/dist), started as a separate process on free ports, keeping its data across restarts.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private final Path libs;
    private final Path home;
    private final int port;
    private final int controllerPort;
    private Process process;

    private KafkaBrokerProcess(Path libs, Path home, int port, int controllerPort) {
        this.libs = libs;
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats storage for a new single-node broker; {@link #start()} runs it. */
    public static KafkaBrokerProcess create() throws IOException, InterruptedException {
        String libsProperty = System.getProperty("kafka.libs");
        if (libsProperty == null || !Files.isDirectory(Path.of(libsProperty))) {
            throw new IllegalStateException("The Kafka broker jars are missing at " + libsProperty
                    + ": run the tests with ./suite test, which downloads them (or ./suite infra up kafka once).");
        }
        Path home = Files.createTempDirectory("kafka-broker-test");
        KafkaBrokerProcess broker = new KafkaBrokerProcess(Path.of(libsProperty), home, freePort(), freePort());
        Files.writeString(home.resolve("server.properties"), broker.properties());
        broker.run(List.of("kafka.tools.StorageTool", "format", "--standalone", "--ignore-formatted",
                "-t", org.apache.kafka.common.Uuid.randomUuid().toString(), "-c",
                home.resolve("server.properties").toString()), true);
        return broker;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Starts the broker and waits until it accepts connections. */
    public void start() throws IOException, InterruptedException {
        process = run(List.of("kafka.Kafka", home.resolve("server.properties").toString()), false);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The test broker exited; see " + home.resolve("broker.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 200);
                return;
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        throw new IllegalStateException("The test broker did not open port " + port + " within 60 s");
    }

    /** Stops the broker as an operator would (SIGTERM) and waits for it to exit. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Kills the broker (SIGKILL), as a crash would: no controlled shutdown, requests in flight are cut off. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private Process run(List<String> mainAndArgs, boolean waitForExit) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC",
                "-Dkafka.logs.dir=" + home, "-cp", libs.resolve("*").toString()));
        command.addAll(mainAndArgs);
        Process started = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("broker.log").toFile()))
                .start();
        if (waitForExit && started.waitFor() != 0) {
            throw new IllegalStateException("Formatting the test broker's storage failed; see " + home);
        }
        return started;
    }

    private String properties() {
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=localhost:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                auto.create.topics.enable=true
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(port, controllerPort, home.resolve("data"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
