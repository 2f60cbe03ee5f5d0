#!/usr/bin/env python3
"""Starts and stops a real local backend (wrangler dev -> workerd) for the e2e suites.

    backend_fixture.py start STATE_FILE [NAME:VALUE ...]
                                          picks a free loopback port and a temporary state folder,
                                          starts `wrangler dev` there (the API and the viewer
                                          Worker) (NAME:VALUE: more --var
                                          settings, e.g. RATE_LIMIT_CREATES:2), waits for
                                          /api/health and writes {"origin", "pgid", "persist",
                                          "log"} to STATE_FILE
    backend_fixture.py stop STATE_FILE    stops that backend and removes its state folder

ctest runs `start` as a FIXTURES_SETUP test and `stop` as its FIXTURES_CLEANUP; the suites read
the origin from STATE_FILE (FC_E2E_BACKEND_STATE). Nothing but 127.0.0.1 is contacted.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

BACKEND_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "backend"))
STARTUP_TIMEOUT_S = 120


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(origin):
    try:
        # A direct connection: a proxy from the environment must not see loopback traffic.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(origin + "/api/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def stop_group(pgid):
    for sig, wait_s in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 2.0)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            try:
                os.killpg(pgid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)


def start(state_file, extra_vars=()):
    if os.path.exists(state_file):
        stop(state_file)  # a previous run was interrupted before its cleanup
    wrangler = os.path.join(BACKEND_DIR, "node_modules", "wrangler", "bin", "wrangler.js")
    if not os.path.exists(wrangler):
        print(f"no wrangler in {BACKEND_DIR}/node_modules: run `toolchains/dev setup` (npm ci)", file=sys.stderr)
        return 1
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    persist = tempfile.mkdtemp(prefix="fastercodes-e2e-backend-")
    log_path = state_file + ".log"
    env = dict(os.environ, CLOUDFLARE_CF_FETCH_ENABLED="false", WRANGLER_SEND_METRICS="false",
               WRANGLER_HIDE_BANNER="true", NO_COLOR="1", CI="true")
    for proxy in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(proxy, None)
    os.makedirs(os.path.dirname(os.path.abspath(state_file)), exist_ok=True)
    # The e2e suites create more runs per minute than the production default allows; a fixture
    # may set its own limits instead.
    values = {"RATE_LIMIT_CREATES": "1000"}
    values.update(v.split(":", 1) for v in extra_vars)
    settings = [arg for name, value in values.items() for arg in ("--var", f"{name}:{value}")]
    with open(log_path, "wb") as log:
        child = subprocess.Popen(
            # The API Worker and the viewer Worker (backend/README.md, "Two Workers"), on one port.
            ["node", wrangler, "dev", "-c", "wrangler.toml", "-c", "viewer/wrangler.toml", "--ip", "127.0.0.1", "--port", str(port), "--persist-to", persist,
             "--show-interactive-dev-session=false", "--log-level", "warn"] + settings,
            cwd=BACKEND_DIR, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)
    state = {"origin": origin, "pgid": child.pid, "persist": persist, "log": log_path}
    with open(state_file, "w") as f:
        json.dump(state, f)
    t0 = time.monotonic()
    while not healthy(origin):
        if child.poll() is not None or time.monotonic() - t0 > STARTUP_TIMEOUT_S:
            with open(log_path, errors="replace") as f:
                sys.stderr.write(f.read()[-4000:])
            why = f"exited with {child.returncode}" if child.poll() is not None else f"not up after {STARTUP_TIMEOUT_S} s"
            print(f"the local backend {why}", file=sys.stderr)
            stop(state_file)
            return 1
        time.sleep(0.2)
    print(f"local backend on {origin} after {time.monotonic() - t0:.1f} s (log: {log_path})")
    return 0


def stop(state_file):
    try:
        with open(state_file) as f:
            state = json.load(f)
    except (OSError, ValueError):
        return 0
    stop_group(int(state["pgid"]))
    shutil.rmtree(state["persist"], ignore_errors=True)
    os.remove(state_file)
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("start", "stop") or (sys.argv[1] == "stop" and len(sys.argv) != 3) \
            or any(":" not in v for v in sys.argv[3:]):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(start(sys.argv[2], sys.argv[3:]) if sys.argv[1] == "start" else stop(sys.argv[2]))
