#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Turns the pod spec of deploy/kubernetes/daemonset.yaml into a `docker run` argument list
# for tests/e2e/test_deploy.sh, as the kubelet would run it on a Docker host. Every field
# is either carried over or known to have no Docker equivalent; anything else is an error,
# so the manifest cannot grow a field the test silently ignores.
# Usage: pod_to_docker.py YAML NODE NAME SECRETDIR NATS_URL OUT
import os
import re
import sys

import yaml

POD_IGNORED = {  # scheduling and API fields with no meaning for one `docker run`
    "tolerations", "priorityClassName", "automountServiceAccountToken", "enableServiceLinks",
}
CTR_IGNORED = {"name", "imagePullPolicy", "ports", "livenessProbe", "readinessProbe"}
UNITS = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "K": 10**3, "M": 10**6, "G": 10**9, "": 1}


def die(msg):
    sys.exit("pod_to_docker: " + msg)


def check_keys(what, d, known):
    extra = set(d) - known
    if extra:
        die(f"{what}: no translation for {sorted(extra)}")


def mem_bytes(q):
    m = re.fullmatch(r"(\d+)([KMG]i?|)", str(q))
    if not m:
        die(f"memory quantity {q!r}")
    return int(m.group(1)) * UNITS[m.group(2)]


def cpu_cores(q):
    q = str(q)
    return int(q[:-1]) / 1000 if q.endswith("m") else float(q)


def env_args(ctr, node, nats_url, notes):
    args = []
    for e in ctr.get("env", []):
        check_keys("env", e, {"name", "value", "valueFrom"})
        if "value" in e:
            v = str(e["value"])
            if e["name"] == "LOGTAP_NATS_URL":
                notes.append(f"LOGTAP_NATS_URL {v} -> {nats_url} (the test's nats-server)")
                v = nats_url
        elif e.get("valueFrom", {}).get("fieldRef", {}).get("fieldPath") == "spec.nodeName":
            v = node
        else:
            die(f"env {e['name']}: only values and fieldRef spec.nodeName are translated")
        args += ["-e", f"{e['name']}={v}"]
    return args


def resource_args(res):
    check_keys("resources", res, {"requests", "limits"})
    args = []
    lim, req = res.get("limits", {}), res.get("requests", {})
    if "memory" in lim:
        args += ["--memory", str(mem_bytes(lim["memory"]))]
    if "cpu" in lim:
        args += ["--cpus", str(cpu_cores(lim["cpu"]))]
    if "memory" in req:
        args += ["--memory-reservation", str(mem_bytes(req["memory"]))]
    if "cpu" in req:
        args += ["--cpu-shares", str(max(2, int(cpu_cores(req["cpu"]) * 1024)))]
    return args


def volume_sources(pod, secretdir):
    src = {}
    for v in pod.get("volumes", []):
        if "hostPath" in v:
            hp = v["hostPath"]
            t = hp.get("type", "")
            if t == "DirectoryOrCreate":
                os.makedirs(hp["path"], mode=0o755, exist_ok=True)
            elif t == "Socket" and not os.path.exists(hp["path"]):
                die(f"hostPath {hp['path']} (type Socket) does not exist")
            elif t not in ("", "DirectoryOrCreate", "Socket", "Directory"):
                die(f"hostPath type {t}")
            src[v["name"]] = hp["path"]
        elif "secret" in v:
            src[v["name"]] = secretdir  # what the kubelet materializes the Secret as
        else:
            die(f"volume {v['name']}: only hostPath and secret are translated")
    return src


def mount_args(ctr, src):
    args = []
    for m in ctr.get("volumeMounts", []):
        check_keys("volumeMount", m, {"name", "mountPath", "readOnly", "mountPropagation"})
        opts = ["ro"] if m.get("readOnly") else []
        prop = m.get("mountPropagation", "None")
        opts += {"None": [], "HostToContainer": ["rslave"], "Bidirectional": ["rshared"]}[prop]
        spec = f"{src[m['name']]}:{m['mountPath']}" + (":" + ",".join(opts) if opts else "")
        args += ["-v", spec]
    return args


def probes(ctr):
    ports = {p["name"]: p["containerPort"] for p in ctr.get("ports", []) if "name" in p}
    out = []
    for kind in ("livenessProbe", "readinessProbe"):
        get = ctr.get(kind, {}).get("httpGet")
        if get:
            out.append(f"{kind} {get['path']} {ports.get(get['port'], get['port'])}")
    return out


def main():
    path, node, name, secretdir, nats_url, out = sys.argv[1:7]
    ds = yaml.safe_load(open(path, encoding="utf-8"))
    if ds.get("kind") != "DaemonSet":
        die("not a DaemonSet")
    tmpl = ds["spec"]["template"]
    pod = tmpl["spec"]
    check_keys("pod spec", pod, POD_IGNORED | {"hostPID", "hostNetwork", "containers",
                                               "volumes", "terminationGracePeriodSeconds"})
    if len(pod["containers"]) != 1:
        die("one container expected")
    ctr = pod["containers"][0]
    check_keys("container", ctr, CTR_IGNORED | {"image", "args", "command", "env",
                                                "securityContext", "resources", "volumeMounts"})
    notes = [f"not carried over (no docker equivalent): {sorted(POD_IGNORED & set(pod))}"]
    args = ["-d", "--name", name]
    for k, v in tmpl.get("metadata", {}).get("labels", {}).items():
        args += ["--label", f"{k}={v}"]
    if pod.get("hostPID"):
        args += ["--pid", "host"]
    if not pod.get("hostNetwork"):
        notes.append("pod network -> --network host: the agent must reach the test's "
                     "nats-server on 127.0.0.1 and there is no CNI here")
    args += ["--network", "host"]
    sc = ctr.get("securityContext", {})
    check_keys("securityContext", sc, {"privileged"})
    if sc.get("privileged"):
        args.append("--privileged")
    if "terminationGracePeriodSeconds" in pod:
        args += ["--stop-timeout", str(pod["terminationGracePeriodSeconds"])]
    args += env_args(ctr, node, nats_url, notes)
    args += resource_args(ctr.get("resources", {}))
    args += mount_args(ctr, volume_sources(pod, secretdir))
    if "command" in ctr:
        args += ["--entrypoint", ctr["command"][0]]
    args.append(ctr["image"])
    args += ctr.get("command", [])[1:] + [str(a) for a in ctr.get("args", [])]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(args) + "\n")
    with open(out + ".probes", "w", encoding="utf-8") as f:
        f.write("\n".join(probes(ctr)) + "\n")
    for n in notes:
        print("pod_to_docker: " + n)


if __name__ == "__main__":
    main()
