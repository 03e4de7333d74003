# shellcheck shell=bash
# GreenMail standalone: the local SMTP server the services send their mails to (GREENMAIL_SMTP_PORT, 3025), with its
# REST API (GREENMAIL_API_PORT, 8025) where a developer or the end-to-end suite reads what was delivered to an address:
#   GET http://localhost:8025/api/user/<address>/messages/INBOX   (400 until a first mail reached that address)
# Authentication off: every recipient gets a mailbox of its own. Mails live in memory and are gone when it stops.

: "${GREENMAIL_HEAP_OPTS:=-Xmx128m -Xms16m}"

# The REST API's address, for summaries and messages.
greenmail_api_url() { echo "http://localhost:$GREENMAIL_API_PORT"; }

start_greenmail() {
  require_port_free greenmail "$GREENMAIL_SMTP_PORT" GREENMAIL_SMTP_PORT
  require_port_free greenmail "$GREENMAIL_API_PORT" GREENMAIL_API_PORT
  # shellcheck disable=SC2086  # GREENMAIL_HEAP_OPTS holds several JVM options
  start_process greenmail "$SUITE_ROOT" "$JAVA_HOME/bin/java" $GREENMAIL_HEAP_OPTS \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$GREENMAIL_SMTP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$GREENMAIL_API_PORT" \
    -Dgreenmail.auth.disabled -jar "$GREENMAIL_HOME/greenmail-standalone.jar"
}

# Ready = its SMTP port open and its REST API answering the readiness check.
ready_greenmail() {
  port_in_use "$GREENMAIL_SMTP_PORT" || return 1
  http_ok "$(greenmail_api_url)/api/service/readiness"
}
