# shellcheck shell=bash
# Kafka: one KRaft node (broker + controller) from the jars in .local/dist/kafka-*/libs; data in .local/data/kafka.

KAFKA_DATA="$DATA_DIR/kafka"
: "${KAFKA_HEAP_OPTS:=-Xmx512m -Xms64m}"

# Runs a Kafka class (broker or CLI tool) with the downloaded jars; tools log warnings only.
kafka_java() {
  "$JAVA_HOME/bin/java" -Dlog4j2.configurationFile="$SUITE_ROOT/infra/kafka/tools-log4j2.yaml" \
    -cp "$KAFKA_HOME/libs/*" "$@"
}

# Writes server.properties from the template and formats the storage once (again if the ports changed).
kafka_prepare() {
  local props="$KAFKA_DATA/server.properties" stamp="$KAFKA_PORT/$KAFKA_CONTROLLER_PORT" cluster_id
  mkdir -p "$KAFKA_DATA"
  sed -e "s#@KAFKA_PORT@#$KAFKA_PORT#g" \
      -e "s#@KAFKA_CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
      -e "s#@DATA_DIR@#$KAFKA_DATA#g" \
      "$SUITE_ROOT/infra/kafka/server.properties" >"$props"
  # The formatted metadata records the controller endpoint; a port change needs a fresh (local, disposable) log.
  if [[ -f "$KAFKA_DATA/formatted" && "$(<"$KAFKA_DATA/formatted")" != "$stamp" ]]; then
    warn "Kafka ports changed since the storage was formatted; wiping the local Kafka data"
    rm -rf "$KAFKA_DATA/kraft-logs" "$KAFKA_DATA/formatted"
  fi
  if [[ ! -f "$KAFKA_DATA/formatted" ]]; then
    rm -rf "$KAFKA_DATA/kraft-logs"
    cluster_id="$(kafka_java kafka.tools.StorageTool random-uuid)"
    say "formatting Kafka storage (cluster id $cluster_id)"
    kafka_java kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$props" >/dev/null
    echo "$stamp" >"$KAFKA_DATA/formatted"
  fi
}

start_kafka() {
  require_port_free kafka "$KAFKA_PORT" KAFKA_PORT
  require_port_free kafka "$KAFKA_CONTROLLER_PORT" KAFKA_CONTROLLER_PORT
  kafka_prepare
  # shellcheck disable=SC2086  # KAFKA_HEAP_OPTS holds several JVM options
  start_process kafka "$SUITE_ROOT" "$JAVA_HOME/bin/java" $KAFKA_HEAP_OPTS \
    -Dlog4j2.configurationFile="$SUITE_ROOT/infra/kafka/log4j2.yaml" -Dkafka.log.file="$LOG_DIR/kafka.log" \
    -cp "$KAFKA_HOME/libs/*" kafka.Kafka "$KAFKA_DATA/server.properties"
}

# Ready = port open, the broker logged that it started, and it answers an ApiVersions request.
ready_kafka() {
  port_in_use "$KAFKA_PORT" || return 1
  grep -q 'Kafka Server started' "$LOG_DIR/kafka.log" 2>/dev/null || return 1
  # Bounded: a broker that accepts connections but never answers must not hang the wait loop.
  timeout 20 "$JAVA_HOME/bin/java" -Dlog4j2.configurationFile="$SUITE_ROOT/infra/kafka/tools-log4j2.yaml" \
    -cp "$KAFKA_HOME/libs/*" org.apache.kafka.tools.BrokerApiVersionsCommand --bootstrap-server "localhost:$KAFKA_PORT" \
    >/dev/null 2>&1
}

# kafka_produce TOPIC MESSAGE
kafka_produce() {
  printf '%s\n' "$2" | kafka_java org.apache.kafka.tools.ConsoleProducer \
    --bootstrap-server "localhost:$KAFKA_PORT" --topic "$1" --producer-property acks=all
}

# kafka_consume_one TOPIC : prints the first message of the topic, waiting up to 20 s.
kafka_consume_one() {
  kafka_java org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "localhost:$KAFKA_PORT" \
    --topic "$1" --from-beginning --max-messages 1 --timeout-ms 20000 2>/dev/null
}
