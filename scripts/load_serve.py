#!/usr/bin/env python3
"""A bounded load test of `nianbao serve`, on the loopback address only: it starts the server on a free port,
posts the sample workbook to /api/import REQUESTS times from CLIENTS threads (each on its own keep-alive
connection), checks every answer (status 200, the sample's findings), stops the server with SIGTERM and prints
throughput, p50/p99 latency and the server's peak resident memory (VmHWM). It stops by itself: after REQUESTS
requests, or after --deadline seconds at the most.

Usage: python3 scripts/load_serve.py [--nianbao .build/release/nianbao] [--requests 2000] [--clients 16]
"""
import argparse
import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "Samples", "clerk_imbalance_2022.xlsx")
BOUNDARY = "nianbao-load-boundary"


def form(path):
    data = open(path, "rb").read()
    head = ('--%s\r\nContent-Disposition: form-data; name="file"; filename="%s"\r\n'
            'Content-Type: application/octet-stream\r\n\r\n' % (BOUNDARY, os.path.basename(path))).encode()
    return head + data + ("\r\n--%s--\r\n" % BOUNDARY).encode()


def peak_memory(pid):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nianbao", default=os.path.join(ROOT, ".build", "release", "nianbao"))
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--deadline", type=float, default=600)
    arguments = parser.parse_args()

    server = subprocess.Popen([arguments.nianbao, "serve", "--host", "127.0.0.1", "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    match = re.search(r"http://127\.0\.0\.1:(\d+)", server.stdout.readline())
    if not match:
        server.kill()
        sys.exit("nianbao serve did not start")
    port = int(match.group(1))
    body = form(SAMPLE)
    expected = json.load(open(os.path.join(ROOT, "Samples", "clerk_imbalance_2022.findings.json"), encoding="utf-8"))
    expected_rules = [finding["rule"] for finding in expected["findings"]]
    headers = {"Content-Type": "multipart/form-data; boundary=" + BOUNDARY, "Content-Length": str(len(body))}

    lock = threading.Lock()
    remaining = [arguments.requests]
    latencies = []
    failures = []
    started = time.monotonic()
    stop_at = started + arguments.deadline

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if remaining[0] == 0 or time.monotonic() > stop_at:
                    break
                remaining[0] -= 1
            begin = time.monotonic()
            try:
                connection.request("POST", "/api/import", body=body, headers=headers)
                answer = connection.getresponse()
                data = answer.read()
                elapsed = time.monotonic() - begin
                rules = [finding["rule"] for finding in json.loads(data)["findings"]] if answer.status == 200 else None
            except Exception as error:
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                with lock:
                    failures.append(repr(error))
                continue
            with lock:
                latencies.append(elapsed)
                if answer.status != 200 or rules != expected_rules:
                    failures.append("status %d" % answer.status)
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(arguments.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    peak = peak_memory(server.pid)
    server.terminate()
    status = server.wait(timeout=30)

    latencies.sort()

    def percentile(share):
        return latencies[min(len(latencies) - 1, int(share * len(latencies)))] * 1000 if latencies else float("nan")

    print("nianbao serve load test: %d imports of %s (%d bytes), %d clients, loopback, %d cores" % (
        len(latencies), os.path.basename(SAMPLE), os.path.getsize(SAMPLE), arguments.clients, os.cpu_count()))
    print("  throughput  %.1f imports/s (%.2f s in all)" % (len(latencies) / wall, wall))
    print("  latency     p50 %.1f ms, p99 %.1f ms, max %.1f ms" % (percentile(0.50), percentile(0.99), percentile(1.0)))
    print("  server      peak RSS %.1f MiB; stopped by SIGTERM with status %d" % (peak / 1048576, status))
    print("  failures    %d" % len(failures))
    if failures or len(latencies) != arguments.requests or status != 0:
        for failure in failures[:10]:
            print("    " + failure, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
