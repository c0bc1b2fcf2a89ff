#!/usr/bin/env python3
"""Runs the measurements of `make bench` and prints one table with ratios and the issue's targets.

Called by scripts/bench.sh once the binaries are built and the inputs generated; every path comes from the
environment that script sets (BENCH_DATA, NIANBAO, BENCH_BIN, LIBXLSXWRITER, SAMPLE_REPORT, ROWS, COLS, REPORTS).
Whole-process times are hyperfine's medians; peak memory is the largest `maximum resident set size` that
/usr/bin/time reports over the same runs.
"""
import json
import os
import platform
import re
import shlex
import statistics
import shutil
import subprocess
import sys

DATA = os.environ["BENCH_DATA"]
NIANBAO = os.environ["NIANBAO"]
BIN = os.environ["BENCH_BIN"]
LIBXLSXWRITER = os.environ.get("LIBXLSXWRITER", "")
SAMPLE = os.environ["SAMPLE_REPORT"]
ROWS = int(os.environ["ROWS"])
COLS = int(os.environ["COLS"])
REPORTS = int(os.environ["REPORTS"])
QUICK = os.environ.get("BENCH_QUICK") == "1"
HERE = os.path.dirname(os.path.abspath(__file__))
PY = [sys.executable, os.path.join(HERE, "bench_python.py")]
CELLS = ROWS * COLS + 1
WORK = os.path.join(DATA, "work")


def runs(count):
    return 1 if QUICK else count


def measure(name, command, count, expect=None, warmup=0, prepare=None, memory=True):
    """Times `command` with hyperfine; returns (median seconds, peak MB or None, output lines)."""
    os.makedirs(WORK, exist_ok=True)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")
    memory_file = os.path.join(WORK, slug + ".rss")
    json_file = os.path.join(WORK, slug + ".json")
    if os.path.exists(memory_file):
        os.remove(memory_file)
    timed = (["/usr/bin/time", "-f", "%M", "-a", "-o", memory_file] if memory else []) + command
    hyperfine = ["hyperfine", "-N", "--show-output", "--runs", str(count),
                 "--warmup", str(warmup), "--export-json", json_file]
    if prepare:
        hyperfine += ["--prepare", prepare]
    hyperfine.append(" ".join(shlex.quote(part) for part in timed))
    print(f"  {name} ({count} run{'s' if count > 1 else ''})", file=sys.stderr, flush=True)
    result = subprocess.run(hyperfine, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench: {name} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    output = result.stdout
    if expect and expect not in output:
        sys.exit(f"bench: {name} did not report {expect!r}:\n{output[-2000:]}")
    with open(json_file) as handle:
        median = json.load(handle)["results"][0]["median"]
    peak = None
    if memory:
        with open(memory_file) as handle:
            sizes = [int(line) for line in handle if line.strip().isdigit()]
        peak = max(sizes) / 1024 if sizes else None
    return median, peak, output


def version(command):
    try:
        return subprocess.run(command, capture_output=True, text=True).stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


def package_version(name):
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as handle:
        memory = int(handle.readline().split()[1]) / 1024 / 1024
    tools = [
        f"machine: {cpu}, {os.cpu_count()} cores, {memory:.0f} GiB, {platform.system()} {platform.release()}",
        f"swift: {version(['swift', '--version'])}",
        f"python: {platform.python_version()}; python-calamine {package_version('python-calamine')}, "
        f"openpyxl {package_version('openpyxl')}, XlsxWriter {package_version('XlsxWriter')}",
        f"libxlsxwriter: {version(['dpkg-query', '-W', '-f', '${Version}', 'libxlsxwriter-dev']) or '-'}; "
        f"libxml2 {version(['pkg-config', '--modversion', 'libxml-2.0'])}, "
        f"libzip {version(['pkg-config', '--modversion', 'libzip'])}; {version(['hyperfine', '--version'])}",
    ]
    return tools


def mb(value):
    return "-" if value is None else f"{value:.1f}"


def rate(value):
    if value >= 1e6:
        return f"{value / 1e6:.2f} M"
    if value >= 1e3:
        return f"{value / 1e3:.1f} k"
    return f"{value:.0f}"


def mark(ok):
    return "✓" if ok else "✗"


def main():
    rows = []  # (section, what, tool, seconds, rate text, peak, ratio text)
    targets = []  # (text, ok)
    notes = []
    print("bench: measuring (hyperfine)…", file=sys.stderr)

    # 1. Read.
    shared = os.path.join(DATA, "sheet-shared.xlsx")
    inline = os.path.join(DATA, "sheet-inline.xlsx")
    small = os.path.join(DATA, "sheet-shared-small.xlsx")
    expect = f"cells={CELLS}"
    read = {}
    for label, path in (("shared strings", shared), ("inline strings", inline)):
        nb = measure(f"read nianbao {label}", [os.path.join(BIN, "bench-read"), path], runs(5), expect, warmup=1)
        cal = measure(f"read calamine {label}", PY + ["read-calamine", path], runs(3), expect)
        opx = measure(f"read openpyxl {label}", PY + ["read-openpyxl", path], 1, expect)
        read[label] = (nb, cal, opx)
        for tool, (seconds, peak, _) in (("nianbao", nb), ("python-calamine", cal), ("openpyxl read-only", opx)):
            ratio = f"{cal[0] / seconds:.2f}× calamine"
            rows.append(("1 read", f"{ROWS:,}×{COLS} {label}", tool, seconds, rate(CELLS / seconds) + " cells/s", peak,
                         ratio))
    small_rows = max(ROWS // 10, 1)
    small_run = measure(f"read nianbao {small_rows} rows", [os.path.join(BIN, "bench-read"), small], runs(3),
                        f"cells={small_rows * COLS + 1}", warmup=1)
    rows.append(("1 read", f"{small_rows:,}×{COLS} shared strings", "nianbao", small_run[0],
                 rate((small_rows * COLS + 1) / small_run[0]) + " cells/s", small_run[1], "memory baseline"))
    for label in ("shared strings", "inline strings"):
        nb, cal, _ = read[label]
        speed = CELLS / nb[0]
        targets.append((f"read {label}: {rate(speed)} cells/s ≥ 3 M", speed >= 3e6))
        targets.append((f"read {label}: {cal[0] / nb[0]:.2f}× python-calamine ≥ 3×", cal[0] / nb[0] >= 3))
    peak_large = max(read[label][0][1] for label in read)
    flat = peak_large <= small_run[1] * 1.1 + 1
    targets.append((f"read peak memory {peak_large:.1f} MB ≤ 32 MB, flat ({small_rows:,} rows: "
                    f"{small_run[1]:.1f} MB)", peak_large <= 32 and flat))

    # 1b. The cells listing end to end (read, format, write to a pipe's end), beside python-calamine writing the
    # same TSV.
    def listing(name, command):
        quoted = " ".join(shlex.quote(part) for part in command)
        return measure(name, ["sh", "-c", f"exec {quoted} > /dev/null"], runs(3), warmup=1)

    cal_tsv = listing("cells calamine tsv", PY + ["cells-tsv-calamine", shared])
    for label in ("tsv", "json"):
        seconds, peak, _ = listing(f"cells nianbao {label}", [NIANBAO, "cells", "--format", label, shared])
        rows.append(("1 cells", f"{ROWS:,}×{COLS} shared strings", f"nianbao cells --format {label}", seconds,
                     rate(CELLS / seconds) + " cells/s", peak, f"{cal_tsv[0] / seconds:.2f}× calamine TSV"))
        targets.append((f"cells {label}: {rate(CELLS / seconds)} cells/s ≥ 2 M", CELLS / seconds >= 2e6))
        targets.append((f"cells {label}: {cal_tsv[0] / seconds:.2f}× python-calamine writing TSV ≥ 3×",
                        cal_tsv[0] / seconds >= 3))
    rows.append(("1 cells", f"{ROWS:,}×{COLS} shared strings", "python-calamine, same TSV", cal_tsv[0],
                 rate(CELLS / cal_tsv[0]) + " cells/s", cal_tsv[1], "1.00× calamine TSV"))

    # 2. Write.
    out = os.path.join(WORK, "written.xlsx")
    nb = measure("write nianbao", [os.path.join(BIN, "bench-write"), out, str(ROWS), str(COLS)], runs(3), expect)
    writes = [("nianbao", nb)]
    writes.append(("XlsxWriter", measure("write XlsxWriter", PY + ["write-xlsxwriter", out, str(ROWS), str(COLS)],
                                         1, expect)))
    writes.append(("XlsxWriter constant_memory",
                   measure("write XlsxWriter constant_memory",
                           PY + ["write-xlsxwriter", out, str(ROWS), str(COLS), "--constant-memory"], 1, expect)))
    if LIBXLSXWRITER:
        writes.append(("libxlsxwriter (C)", measure("write libxlsxwriter", [LIBXLSXWRITER, out, str(ROWS), str(COLS)],
                                                    runs(3), expect)))
        writes.append(("libxlsxwriter constant_memory",
                       measure("write libxlsxwriter constant_memory",
                               [LIBXLSXWRITER, out, str(ROWS), str(COLS), "--constant-memory"], runs(3), expect)))
    else:
        notes.append("libxlsxwriter: not built (libxlsxwriter-dev or a C compiler missing)")
    xlsxwriter_seconds = writes[1][1][0]
    for tool, (seconds, peak, _) in writes:
        rows.append(("2 write", f"{ROWS:,}×{COLS} shared strings", tool, seconds, rate(CELLS / seconds) + " cells/s",
                     peak, f"{xlsxwriter_seconds / seconds:.2f}× XlsxWriter"))
    speed = CELLS / nb[0]
    targets.append((f"write: {rate(speed)} cells/s ≥ 1.5 M", speed >= 1.5e6))
    targets.append((f"write peak memory {nb[1]:.1f} MB ≤ 32 MB", nb[1] <= 32))

    # 3. Import and check a folder of reports.
    reports = os.path.join(DATA, "reports")
    # Each run writes into a new folder, removed after all runs: emptying the folder between runs would make ext4
    # search past the inodes just freed for every file created (`recently_deleted`), a cost of the benchmark, not
    # of the converter (about 1 ms a file here).
    outputs = os.path.join(WORK, "reports-out")
    shutil.rmtree(outputs, ignore_errors=True)
    os.makedirs(outputs)
    fresh = f'"$(mktemp -d {shlex.quote(outputs)}/run.XXXXXX)"'
    cli = measure("import nianbao CLI",
                  ["sh", "-c", f"exec {shlex.quote(NIANBAO)} import {shlex.quote(reports)} -o {fresh}"], runs(5),
                  warmup=1)
    shutil.rmtree(outputs, ignore_errors=True)
    library = measure("import nianbao library", [os.path.join(BIN, "bench-import"), reports], runs(3),
                      f"reports={REPORTS} failed=0", warmup=1)
    distinct = measure("import nianbao library, distinct shapes",
                       [os.path.join(BIN, "bench-import"), os.path.join(DATA, "reports-distinct")], runs(3),
                       f"reports={REPORTS} failed=0", warmup=1)
    check = measure("check nianbao CLI", [NIANBAO, "check", reports, "--quiet", "--format", "json"], runs(5),
                    f'"files": {REPORTS}', warmup=1)
    loop = measure("import calamine loop", PY + ["calamine-loop", reports], runs(3), f"reports={REPORTS}", warmup=1)
    per_second = {name: REPORTS / result[0] for name, result in
                  (("cli", cli), ("check", check), ("library", library), ("distinct", distinct), ("loop", loop))}
    rows.append(("3 import", f"{REPORTS:,} reports, 2 cores", "nianbao import FOLDER (CLI, JSON written)", cli[0],
                 f"{per_second['cli']:.0f} reports/s", cli[1], f"{per_second['cli'] / per_second['loop']:.2f}× loop"))
    rows.append(("3 import", f"{REPORTS:,} reports, 2 cores", "nianbao check FOLDER (CLI, review JSON printed)",
                 check[0], f"{per_second['check']:.0f} reports/s", check[1],
                 f"{per_second['check'] / per_second['loop']:.2f}× loop"))
    rows.append(("3 import", f"{REPORTS:,} reports, 2 cores", "nianbao import+check (library)", library[0],
                 f"{per_second['library']:.0f} reports/s", library[1],
                 f"{per_second['library'] / per_second['loop']:.2f}× loop"))
    rows.append(("3 import", f"{REPORTS:,} reports, 2 cores", "import+check (library), every workbook its own shape",
                 distinct[0], f"{per_second['distinct']:.0f} reports/s", distinct[1],
                 f"{per_second['distinct'] / per_second['loop']:.2f}× loop"))
    rows.append(("3 import", f"{REPORTS:,} reports, 1 core", "python-calamine loop (cells only)", loop[0],
                 f"{per_second['loop']:.0f} reports/s", loop[1], "1.00× loop"))
    notes.append("import: the reports share one template, so after the first nianbao reuses the table locations "
                 "(see LocationCache); the 'own shape' row gives every workbook other sheet names and so measures the "
                 "path that locates the tables afresh")
    targets.append((f"import: {per_second['cli']:.0f} reports/s ≥ 3,000", per_second["cli"] >= 3000))
    targets.append((f"import: {per_second['cli'] / per_second['loop']:.2f}× the calamine loop ≥ 5×",
                    per_second["cli"] / per_second["loop"] >= 5))

    # The batch stage by stage, on one thread (bench-stages: the importer's public pieces in its order).
    stage_names = ["read", "locate", "check", "json", "write"]
    # Every run writes into a folder of its own, all removed after the last run (see the import row above).
    stage_runs = []
    stage_folders = os.path.join(WORK, "stages")
    shutil.rmtree(stage_folders, ignore_errors=True)
    for run in range(runs(3)):
        stage_out = os.path.join(stage_folders, f"run-{run}")
        result = subprocess.run([os.path.join(BIN, "bench-stages"), reports, stage_out], capture_output=True,
                                text=True, check=True)
        fields = dict(part.split("=", 1) for part in result.stdout.split())
        stage_runs.append({name: float(fields[name]) for name in stage_names + ["total"]})
    shutil.rmtree(stage_folders, ignore_errors=True)
    stages = {name: statistics.median(run[name] for run in stage_runs) for name in stage_names + ["total"]}
    for name in stage_names:
        rows.append(("3 stages", f"{REPORTS:,} reports, 1 thread", f"stage: {name}", stages[name] * REPORTS / 1000,
                     f"{stages[name]:.3f} ms/report", None, f"{stages[name] / stages['total'] * 100:.0f}% of a report"))
    rows.append(("3 stages", f"{REPORTS:,} reports, 1 thread", "stages together", stages["total"] * REPORTS / 1000,
                 f"{stages['total']:.3f} ms/report", None,
                 f"{1000 / stages['total']:.0f} reports/s a core; CLI on 2 cores {per_second['cli']:.0f}"))
    targets.append((f"batch: {per_second['cli']:.0f} reports/s ≥ 2,000 on 2 cores", per_second["cli"] >= 2000))

    # 4. One report through the whole CLI process.
    help_text = subprocess.run([NIANBAO, "--help"], capture_output=True, text=True).stdout
    commands = set(re.findall(r"^  (\w+)\s", help_text, re.MULTILINE))
    json_out = os.path.join(WORK, "single.json")
    xlsx_out = os.path.join(WORK, "single.xlsx")
    single = {}
    if "import" in commands:
        single["import"] = measure("cli import", [NIANBAO, "import", SAMPLE, "-o", json_out], runs(30), warmup=3,
                                   memory=False)
    if "export" in commands and "import" in commands:
        single["export"] = measure("cli export", [NIANBAO, "export", json_out, "-o", xlsx_out], runs(30), warmup=3,
                                   memory=False)
    if "roundtrip" in commands:
        single["roundtrip"] = measure("cli roundtrip", [NIANBAO, "roundtrip", SAMPLE], runs(30), warmup=3,
                                      memory=False)
    missing = [name for name in ("import", "export", "roundtrip") if name not in single]
    if missing:
        notes.append("commands missing from this build: " + ", ".join(missing))
    for name, (seconds, _, _) in single.items():
        rows.append(("4 CLI", os.path.basename(SAMPLE), f"nianbao {name}", seconds, f"{seconds * 1000:.1f} ms", None,
                     "whole process"))
    if "import" in single:
        targets.append((f"single-report import {single['import'][0] * 1000:.1f} ms ≤ 20 ms",
                        single["import"][0] <= 0.020))
    if "roundtrip" in single:
        targets.append((f"single-report roundtrip {single['roundtrip'][0] * 1000:.1f} ms ≤ 50 ms",
                        single["roundtrip"][0] <= 0.050))

    # 5. Documents: one report in each document carrier through the whole process, and a folder of them on 2 cores.
    root = os.path.dirname(HERE)
    documents = [
        ("docx", os.path.join(root, "Tests/NianbaoDOCXTests/Fixtures/corpus/template_xiasizhen_2021.docx"), REPORTS),
        ("html", os.path.join(root, "Tests/NianbaoHTMLTests/Fixtures/pingtan_2024.gb18030.html"), REPORTS),
        ("txt", os.path.join(root, "Samples/xiasizhen_2021.txt"), REPORTS),
        ("pdf", os.path.join(root, "Tests/NianbaoPDFTests/Fixtures/corpus/xiasizhen_2021.docx.landscape-repeated-header.pdf"),
         max(1, REPORTS // 5)),
    ]
    for extension, source, count in documents:
        if not os.path.exists(source):
            notes.append(f"documents: {source} is missing, its rows are left out")
            continue
        folder = os.path.join(DATA, f"documents-{extension}")
        if not os.path.isdir(folder) or len(os.listdir(folder)) != count:
            shutil.rmtree(folder, ignore_errors=True)
            os.makedirs(folder)
            for number in range(count):
                shutil.copyfile(source, os.path.join(folder, f"report-{number:04d}.{extension}"))
        one = measure(f"cli import {extension}", [NIANBAO, "import", source, "-o", os.path.join(WORK, "doc.json")],
                      runs(10), warmup=2, memory=True)
        output = os.path.join(WORK, f"documents-{extension}-out")
        batch = measure(f"import folder {extension}", [NIANBAO, "import", folder, "-o", output], runs(3),
                        prepare=f"rm -rf {shlex.quote(output)}")
        rows.append(("5 documents", os.path.basename(source), f"nianbao import (one {extension} report)", one[0],
                     f"{one[0] * 1000:.1f} ms", one[1], "whole process"))
        rows.append(("5 documents", f"{count:,} .{extension} reports, 2 cores", "nianbao import FOLDER (CLI)", batch[0],
                     f"{count / batch[0]:.0f} reports/s", batch[1],
                     f"{(count / batch[0]) / per_second['cli']:.2f}× the XLSX folder"))

    print()
    print("nianbao benchmark (make bench)")
    for line in machine():
        print("  " + line)
    print()
    header = ("", "input", "tool", "median s", "speed", "peak MB", "ratio")
    table = [header] + [(section, what, tool, f"{seconds:.3f}", speed, mb(peak), ratio)
                        for section, what, tool, seconds, speed, peak, ratio in rows]
    widths = [max(len(row[index]) for row in table) for index in range(len(header))]
    for number, row in enumerate(table):
        cells = [row[index].rjust(widths[index]) if index in (3, 4, 5) else row[index].ljust(widths[index])
                 for index in range(len(row))]
        print("  " + "  ".join(cells).rstrip())
        if number == 0:
            print("  " + "  ".join("-" * width for width in widths))
    print()
    print("targets")
    for text, ok in targets:
        print(f"  {mark(ok)} {text}")
    for note in notes:
        print(f"  note: {note}")


if __name__ == "__main__":
    main()
