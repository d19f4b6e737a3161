#!/usr/bin/env python3
"""Consistency checks of the deployment files, run by .ci/checks (needs PyYAML).

- the example configurations use only keys `decorum serve` accepts (the key sets are read from
  Sources/decorum/ServeConfiguration.swift, so they follow the parser);
- the generated policies ConfigMap holds exactly Policies/*.yaml, byte for byte, and fits the
  1 MiB a ConfigMap may hold;
- kustomization.yaml lists every manifest beside it, and each one exists;
- the ports the configurations listen on are the ones the Dockerfile, compose and the
  Deployment publish and probe;
- every stop grace period (compose, Kubernetes, systemd) is longer than the drain-timeout;
- the Deployment's containers keep the security settings and probes they are meant to have.

Prints one line per check and exits non-zero if any failed.
"""

import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "Deploy"
K8S = DEPLOY / "kubernetes"
DEFAULT_DRAIN = 30
DEFAULT_METRICS = "127.0.0.1:9464"

results = []


def check(name):
    """Runs the decorated function as one check: it returns a list of problems."""

    def run(fn):
        try:
            problems = fn()
        except Exception as error:  # a file that is missing or does not parse is a failure too
            problems = [f"{type(error).__name__}: {error}"]
        results.append((name, problems))
        return fn

    return run


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def load_all(path):
    with open(path, encoding="utf-8") as f:
        return [d for d in yaml.safe_load_all(f) if d]


def seconds(text):
    """A duration as the configuration takes it: 30s, 10m, 1h or a number of seconds."""
    m = re.fullmatch(r"\s*(\d+)\s*([smh]?)\s*", str(text))
    if not m:
        raise ValueError(f"not a duration: {text!r}")
    return int(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


def port(address):
    return int(str(address).rsplit(":", 1)[1])


def configurations():
    """The configurations that ship: (name, parsed)."""
    configmap = load(K8S / "configmap.yaml")
    return [
        ("Deploy/config/decorum.yaml", load(DEPLOY / "config/decorum.yaml")),
        ("Deploy/config/replica.yaml", load(DEPLOY / "config/replica.yaml")),
        (
            "Deploy/kubernetes/configmap.yaml decorum.yaml",
            yaml.safe_load(configmap["data"]["decorum.yaml"]),
        ),
    ]


def deployment():
    (d,) = [d for d in load_all(K8S / "deployment.yaml") if d["kind"] == "Deployment"]
    return d


@check("configuration keys are the ones decorum serve accepts")
def configuration_keys():
    source = (ROOT / "Sources/decorum/ServeConfiguration.swift").read_text(encoding="utf-8")
    sets = {}
    for name, body in re.findall(r"static let (\w+Keys): Set<String> = \[(.*?)\]", source, re.S):
        sets[name] = set(re.findall(r'"([^"]+)"', body))
    wanted = ["topKeys", "storeKeys", "consoleKeys", "accountKeys", "listenerKeys"]
    missing = [w for w in wanted if w not in sets]
    if missing:
        return [f"ServeConfiguration.swift no longer declares {', '.join(missing)}: update this check"]
    problems = []

    def only(where, mapping, keys, what):
        if not isinstance(mapping, dict):
            problems.append(f"{where}: {what} is not a mapping")
            return
        for key in mapping:
            if key not in keys:
                problems.append(f"{where}: unknown {what} key '{key}'")

    for name, c in configurations():
        only(name, c, sets["topKeys"], "top-level")
        if not c.get("listeners"):
            problems.append(f"{name}: no listeners")
        for listener in c.get("listeners") or []:
            only(name, listener, sets["listenerKeys"], "listener")
            if "upstream" not in listener:
                problems.append(f"{name}: listener {listener.get('name', 'default')} has no upstream")
        if "store" in c:
            only(name, c["store"], sets["storeKeys"], "store")
        if "console" in c:
            only(name, c["console"], sets["consoleKeys"], "console")
            for account in c["console"].get("accounts") or []:
                only(name, account, sets["accountKeys"], "account")
        for key in ("connect-timeout", "idle-timeout", "hold-budget", "drain-timeout"):
            if key in c:
                seconds(c[key])
    return problems


@check("policies ConfigMap is Policies/*.yaml (run Deploy/kubernetes/policies-configmap.sh)")
def policies_configmap():
    (cm,) = load_all(K8S / "policies-configmap.yaml")
    problems = []
    if cm.get("kind") != "ConfigMap" or cm.get("metadata", {}).get("name") != "decorum-policies":
        problems.append("not the ConfigMap decorum-policies")
    data = cm.get("data") or {}
    files = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "Policies").glob("*.yaml"))}
    for name in sorted(set(files) - set(data)):
        problems.append(f"{name} is missing")
    for name in sorted(set(data) - set(files)):
        problems.append(f"{name} is not in Policies/")
    for name in sorted(set(files) & set(data)):
        if files[name] != data[name]:
            problems.append(f"{name} differs from Policies/{name}")
    size = sum(len(k.encode()) + len(v.encode()) for k, v in data.items())
    if size > 1024 * 1024:
        problems.append(f"{size} bytes: more than a ConfigMap may hold (1 MiB)")
    return problems


@check("kustomization.yaml lists every manifest")
def kustomization():
    k = load(K8S / "kustomization.yaml")
    listed = set(k.get("resources") or [])
    present = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    problems = [f"{n} is not listed" for n in sorted(present - listed)]
    problems += [f"{n} is listed but missing" for n in sorted(listed - present)]
    return problems


@check("published and probed ports match the listen addresses")
def ports():
    problems = []
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    exposed = {int(p) for line in re.findall(r"^EXPOSE (.*)$", dockerfile, re.M) for p in line.split()}
    health = re.search(r"HEALTHCHECK.*?http://127\.0\.0\.1:(\d+)/healthz", dockerfile, re.S)
    if not health:
        problems.append("Dockerfile: no HEALTHCHECK on /healthz")

    def wanted(c):
        ports = {port(l.get("listen", "127.0.0.1:6697")) for l in c["listeners"]}
        ports.add(port((c.get("console") or {}).get("listen", "127.0.0.1:8080")))
        ports.add(port(c.get("metrics", DEFAULT_METRICS)))
        return ports

    replica = load(DEPLOY / "config/replica.yaml")
    metrics = port(replica.get("metrics", DEFAULT_METRICS))
    if not wanted(replica) <= exposed:
        problems.append(f"Dockerfile EXPOSE {sorted(exposed)} lacks some of {sorted(wanted(replica))}")
    if health and int(health.group(1)) != metrics:
        problems.append(f"Dockerfile HEALTHCHECK port {health.group(1)} is not the metrics port {metrics}")

    compose = load(DEPLOY / "compose.yaml")
    for name, service in compose["services"].items():
        if not name.startswith("decorum"):
            continue
        targets = {int(str(p).rsplit(":", 1)[1]) for p in service.get("ports", [])}
        if targets != wanted(replica):
            problems.append(f"compose {name} publishes {sorted(targets)}, listens on {sorted(wanted(replica))}")
        test = " ".join(service["healthcheck"]["test"])
        if f"127.0.0.1:{metrics}/" not in test:
            problems.append(f"compose {name} health check is not on the metrics port {metrics}")

    c = dict(configurations())["Deploy/kubernetes/configmap.yaml decorum.yaml"]
    (container,) = deployment()["spec"]["template"]["spec"]["containers"]
    declared = {p["name"]: p["containerPort"] for p in container["ports"]}
    if set(declared.values()) != wanted(c):
        problems.append(f"Deployment ports {sorted(declared.values())}, listens on {sorted(wanted(c))}")
    for probe, path in (("livenessProbe", "/healthz"), ("readinessProbe", "/readyz")):
        get = container[probe]["httpGet"]
        if get["path"] != path or declared.get(get["port"], get["port"]) != port(c.get("metrics", DEFAULT_METRICS)):
            problems.append(f"Deployment {probe} is not {path} on the metrics port")
    services = load_all(K8S / "service.yaml")
    for s in services:
        for p in s["spec"]["ports"]:
            if p["targetPort"] not in declared:
                problems.append(f"Service {s['metadata']['name']} targets unknown port {p['targetPort']}")
    return problems


@check("stop grace periods are longer than drain-timeout")
def grace():
    problems = []
    replica = load(DEPLOY / "config/replica.yaml")
    drain = seconds(replica.get("drain-timeout", DEFAULT_DRAIN))
    compose = load(DEPLOY / "compose.yaml")
    for name, service in compose["services"].items():
        if name.startswith("decorum") and seconds(service.get("stop_grace_period", "10s")) <= drain:
            problems.append(f"compose {name}: stop_grace_period is not above drain-timeout {drain}s")

    c = dict(configurations())["Deploy/kubernetes/configmap.yaml decorum.yaml"]
    drain = seconds(c.get("drain-timeout", DEFAULT_DRAIN))
    spec = deployment()["spec"]["template"]["spec"]
    (container,) = spec["containers"]
    pause = 0
    command = container.get("lifecycle", {}).get("preStop", {}).get("exec", {}).get("command", [])
    if command[:1] == ["sleep"]:
        pause = int(command[1])
    if spec.get("terminationGracePeriodSeconds", 30) <= drain + pause:
        problems.append(f"Deployment: terminationGracePeriodSeconds is not above {drain}s drain + {pause}s preStop")

    unit = (DEPLOY / "systemd/decorum.service").read_text(encoding="utf-8")
    drain = seconds(load(DEPLOY / "config/decorum.yaml").get("drain-timeout", DEFAULT_DRAIN))
    stop = re.search(r"^TimeoutStopSec=(\d+)s?$", unit, re.M)
    if not stop or int(stop.group(1)) <= drain:
        problems.append(f"decorum.service: TimeoutStopSec is not above drain-timeout {drain}s")
    return problems


@check("Deployment keeps its security settings")
def security():
    problems = []
    spec = deployment()["spec"]["template"]["spec"]
    pod = spec.get("securityContext", {})
    if pod.get("runAsNonRoot") is not True:
        problems.append("pod: runAsNonRoot is not true")
    if pod.get("seccompProfile", {}).get("type") != "RuntimeDefault":
        problems.append("pod: seccompProfile is not RuntimeDefault")
    for c in spec.get("initContainers", []) + spec["containers"]:
        sc = c.get("securityContext", {})
        if sc.get("allowPrivilegeEscalation") is not False:
            problems.append(f"{c['name']}: allowPrivilegeEscalation is not false")
        if sc.get("readOnlyRootFilesystem") is not True:
            problems.append(f"{c['name']}: readOnlyRootFilesystem is not true")
        if sc.get("capabilities", {}).get("drop") != ["ALL"]:
            problems.append(f"{c['name']}: capabilities do not drop ALL")
        if not c.get("resources", {}).get("requests") or not c.get("resources", {}).get("limits"):
            problems.append(f"{c['name']}: no resource requests and limits")
    (container,) = spec["containers"]
    env = {e["name"]: e for e in container.get("env", [])}
    if env.get("DECORUM_REPLICA", {}).get("valueFrom", {}).get("fieldRef", {}).get("fieldPath") != "metadata.name":
        problems.append("DECORUM_REPLICA does not come from metadata.name")
    for name in ("DECORUM_DATABASE_URL", "DECORUM_SESSION_SECRET"):
        if "secretKeyRef" not in env.get(name, {}).get("valueFrom", {}):
            problems.append(f"{name} does not come from a Secret")
    return problems


def main():
    failed = 0
    for name, problems in results:
        print(f"{'ok  ' if not problems else 'FAIL'} {name}")
        for p in problems:
            print(f"       {p}")
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
