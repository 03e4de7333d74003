#!/usr/bin/env python3
"""Checks docker-compose.yml without Docker: YAML syntax, and that its ports, databases, images and environment agree
with what ./suite uses (defaults read from scripts/lib/common.sh, databases from scripts/lib/postgres.sh).

Run through `./suite check-compose`; exits 1 on any error. Needs PyYAML (Debian: python3-yaml)."""
import os
import re
import sys

import yaml

root = sys.argv[1] if len(sys.argv) > 1 else "."
errors, notes = [], []


def err(msg):
    errors.append(msg)


def read(path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return f.read()


# Defaults of the scripts: lines like  : "${PPID_PORT:=8081}"
defaults = dict(re.findall(r':\s*"\$\{([A-Z_]+):=([^}]*)\}"', read("scripts/lib/common.sh")))
run_dbs = os.environ.get("RUN_DATABASES", "ppid helpdesk verification training").split()
keycloak_version = os.environ.get("KEYCLOAK_VERSION", "")
kafka_version = os.environ.get("KAFKA_VERSION", "")
greenmail_version = os.environ.get("GREENMAIL_VERSION", "")

try:
    compose = yaml.safe_load(read("docker-compose.yml"))
except yaml.YAMLError as e:
    print(f"FAIL  docker-compose.yml is not valid YAML: {e}")
    sys.exit(1)
services = compose.get("services") or {}

# service -> (port variable or fixed port, container port the app listens on)
APPS = {
    "ppid": ("PPID_PORT", "ppid-service"),
    "helpdesk": ("HELPDESK_PORT", "helpdesk-service"),
    "verification": ("VERIFICATION_PORT", "verification-service"),
    "training": ("TRAINING_PORT", "training-service"),
    "gateway": ("GATEWAY_PORT", "gateway"),
    "portal": ("PORTAL_PORT", "portal"),
}
HOST_PORTS = {
    "postgres": defaults.get("PG_PORT"),
    "kafka": defaults.get("KAFKA_PORT"),
    "keycloak": defaults.get("KEYCLOAK_PORT"),
    "greenmail": defaults.get("GREENMAIL_SMTP_PORT"),
    "kafka-ui": "8090",
    **{name: defaults.get(var) for name, (var, _) in APPS.items()},
}


def host_ports(svc):
    """Published host ports of a service, from short syntax "[ip:]host:container" or long syntax."""
    out = []
    for p in svc.get("ports") or []:
        if isinstance(p, dict):
            out.append(str(p.get("published")))
        else:
            parts = str(p).split(":")
            out.append(parts[-2] if len(parts) >= 2 else parts[0])
    return out


def env_of(svc):
    env = svc.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


for name, port in HOST_PORTS.items():
    svc = services.get(name)
    if svc is None:
        err(f"service '{name}' is missing")
        continue
    if port not in host_ports(svc):
        err(f"service '{name}' should publish host port {port} (has {host_ports(svc) or 'none'})")
    if name != "kafka-ui" and "healthcheck" not in svc:
        err(f"service '{name}' has no healthcheck")
    deps = svc.get("depends_on") or {}
    for dep in deps:
        if dep not in services:
            err(f"service '{name}' depends on unknown service '{dep}'")

# PostgreSQL: the init script creates the databases ./suite creates for running.
pg = services.get("postgres", {})
if not any("init-databases.sql" in str(v) for v in pg.get("volumes") or []):
    err("postgres does not mount infra/postgres/init-databases.sql")
created = re.findall(r"CREATE DATABASE\s+\"?([a-z_]+)\"?", read("infra/postgres/init-databases.sql"), re.I)
if sorted(created) != sorted(run_dbs):
    err(f"infra/postgres/init-databases.sql creates {sorted(created)}, ./suite uses {sorted(run_dbs)}")

# Keycloak: same version as the scripts, realm imported from the repo.
kc = services.get("keycloak", {})
if keycloak_version and not str(kc.get("image", "")).endswith(":" + keycloak_version):
    err(f"keycloak image {kc.get('image')} does not match keycloak.version {keycloak_version}")
if not any("madiun-realm.json" in str(v) for v in kc.get("volumes") or []):
    err("keycloak does not mount infra/keycloak/madiun-realm.json")
if "--import-realm" not in " ".join(map(str, kc.get("command") or [])):
    err("keycloak is not started with --import-realm")

# Kafka: the image may trail the broker jars by a patch release, not more.
kimg = str(services.get("kafka", {}).get("image", ""))
if kafka_version and kimg.rsplit(":", 1)[-1].split(".")[:2] != kafka_version.split(".")[:2]:
    err(f"kafka image {kimg} is not the same minor version as kafka.version {kafka_version}")
elif kafka_version and not kimg.endswith(":" + kafka_version):
    notes.append(f"kafka image {kimg} differs from the local broker {kafka_version} by a patch release")

# GreenMail: the same version as the scripts fetch, its REST API published where ./suite serves it.
gm = services.get("greenmail", {})
if greenmail_version and not str(gm.get("image", "")).endswith(":" + greenmail_version):
    err(f"greenmail image {gm.get('image')} does not match greenmail.version {greenmail_version}")
if gm and defaults.get("GREENMAIL_API_PORT") not in host_ports(gm):
    err(f"greenmail should publish its REST API on host port {defaults.get('GREENMAIL_API_PORT')}")

# Applications: built from their module's Dockerfile, same variable names and ports as ./suite.
for name, (var, module) in APPS.items():
    svc = services.get(name)
    if svc is None:
        continue
    build = svc.get("build") or {}
    dockerfile = f"{module}/src/main/docker/Dockerfile.jvm"
    if build.get("context") != "." or build.get("dockerfile") != dockerfile:
        err(f"service '{name}' should build with context . and dockerfile {dockerfile}")
    elif not os.path.exists(os.path.join(root, dockerfile)):
        notes.append(f"{dockerfile} does not exist yet")
    env = env_of(svc)
    if env.get(var) != defaults.get(var):
        err(f"service '{name}' should set {var}={defaults.get(var)} (has {env.get(var)})")
    if name != "portal" and env.get("OIDC_AUTH_SERVER_URL") != "http://keycloak:8180/realms/madiun":
        err(f"service '{name}' should set OIDC_AUTH_SERVER_URL=http://keycloak:8180/realms/madiun")
    mvar = var.replace("_PORT", "_MANAGEMENT_PORT")
    if env.get(mvar) != defaults.get(mvar):
        err(f"service '{name}' should set {mvar}={defaults.get(mvar)} (has {env.get(mvar)})")
    if defaults.get(mvar) not in host_ports(svc):
        err(f"service '{name}' should publish its management port {defaults.get(mvar)}")
    if f"/dev/tcp/127.0.0.1/{defaults.get(mvar)} " not in " ".join(map(str, (svc.get("healthcheck") or {}).get("test") or [])):
        err(f"service '{name}' should check readiness on its management port {defaults.get(mvar)}")
    if name == "gateway":
        for other, (ovar, _) in APPS.items():
            if other in ("gateway", "portal"):
                continue
            url_var = ovar.replace("_PORT", "_URL")
            want = f"http://{other}:{defaults.get(ovar)}"
            if env.get(url_var) != want:
                err(f"gateway should set {url_var}={want} (has {env.get(url_var)})")
            murl_var = ovar.replace("_PORT", "_MANAGEMENT_URL")
            mwant = f"http://{other}:{defaults.get(ovar.replace('_PORT', '_MANAGEMENT_PORT'))}"
            if env.get(murl_var) != mwant:
                err(f"gateway should set {murl_var}={mwant} (has {env.get(murl_var)})")
    elif name == "portal":
        # The portal has no database and no Kafka: it calls the gateway's public API only.
        want = f"http://gateway:{defaults.get('GATEWAY_PORT')}"
        if env.get("GATEWAY_URL") != want:
            err(f"portal should set GATEWAY_URL={want} (has {env.get('GATEWAY_URL')})")
        if "gateway" not in (svc.get("depends_on") or {}):
            err("portal should depend on the gateway")
    else:
        for key, want in (("PG_HOST", "postgres"), ("PG_PORT", defaults.get("PG_PORT")),
                          ("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"), ("MAIL_SMTP_HOST", "greenmail"),
                          ("MAIL_SMTP_PORT", defaults.get("GREENMAIL_SMTP_PORT"))):
            if env.get(key) != want:
                err(f"service '{name}' should set {key}={want} (has {env.get(key)})")

for n in notes:
    print(f"note  {n}")
for e in errors:
    print(f"FAIL  {e}")
if errors:
    sys.exit(1)
print(f"PASS  docker-compose.yml: valid YAML, {len(services)} services; ports, databases, images and environment "
      f"match ./suite")
