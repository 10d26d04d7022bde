#!/usr/bin/env python3
"""Write benches/RESULTS.md from the output of `cargo bench --bench gradients`.

Reads criterion's median estimates (<criterion dir>/<group>/<bench>/new/
estimates.json) and the notes the benchmark writes beside them
(autodiff-benches-notes.tsv: each column's check against `hand`, or why it is
not measured), and writes a table of median time per call and ratio to `hand`
for every function and column, with the machine and the date.

The criterion directory is found as the benchmark finds it: $CRITERION_HOME,
else $CARGO_TARGET_DIR/criterion, else <workspace>/target/criterion.
Python 3 standard library only.
"""

import argparse
import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORKSPACE = HERE.parent

GROUPS = ["seed2", "rosen_2", "rosen_100", "rosen_10000", "mlp", "lj", "ode"]
COLUMNS = [
    "primal",
    "hand",
    "autodiff",
    "primal-rw",
    "autodiff-rw",
    "fd",
    "num-dual",
    "num-dual-vec",
    "reverse",
    "echidna",
    "echidna-bytecode",
    "easy-ml",
    "ad_trait",
]
# ADBench's objectives, reported as ADBench does: gradient time / objective time.
ADBENCH_GROUPS = [f"gmm_d{d}_k{k}" for d in (2, 10, 64) for k in (5, 25, 100)] + ["lstm_l2_c1024"]


def adbench_inputs(group):
    """Number of differentiable inputs of an ADBench group, from its name."""
    if group.startswith("gmm_"):
        d, k = (int(p[1:]) for p in group.split("_")[1:])
        return k * (1 + 2 * d + d * (d - 1) // 2)
    # lstm: l layers of 8b main parameters, 3b extra parameters (b = 14).
    return 2 * 8 * 14 + 3 * 14


INPUTS = {
    "seed2": 2,
    "rosen_2": 2,
    "rosen_100": 100,
    "rosen_10000": 10000,
    "mlp": 337,
    "lj": 192,
    "ode": 3,
}


def criterion_dir():
    if os.environ.get("CRITERION_HOME"):
        return Path(os.environ["CRITERION_HOME"])
    target = os.environ.get("CARGO_TARGET_DIR")
    target = Path(target) if target else WORKSPACE / "target"
    if not target.is_absolute():
        target = WORKSPACE / target
    return target / "criterion"


def read_notes(crit):
    """{(group, column): status} and the run's start time (or None)."""
    path = crit / "autodiff-benches-notes.tsv"
    notes, started = {}, None
    if not path.exists():
        return notes, started
    for line in path.read_text().splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and parts[0] == "#started":
            started = int(parts[1])
        elif len(parts) == 3:
            notes[(parts[0], parts[1])] = parts[2]
    return notes, started


def read_median(crit, group, column):
    """(median ns, mtime) of a bench, or None."""
    path = crit / group / column / "new" / "estimates.json"
    if not path.exists():
        return None
    with open(path) as f:
        est = json.load(f)
    return est["median"]["point_estimate"], path.stat().st_mtime


def fmt_time(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            v = ns / scale
            break
    else:
        unit, v = "ns", ns
    if v >= 100:
        return f"{v:.0f} {unit}"
    if v >= 10:
        return f"{v:.1f} {unit}"
    return f"{v:.2f} {unit}"


def fmt_ratio(r):
    if r >= 100:
        return f"{r:,.0f}".replace(",", " ")
    if r >= 10:
        return f"{r:.1f}"
    return f"{r:.2f}"


def machine():
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return model, os.cpu_count() or 0


def command_output(*cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=WORKSPACE, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--criterion-dir", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = ap.parse_args()

    crit = args.criterion_dir or criterion_dir()
    notes, started = read_notes(crit)
    if not notes:
        sys.exit(f"no notes in {crit}: run `cargo bench -p autodiff-benches --features peers --bench gradients` first")

    times, stale, footnotes = {}, [], []
    for g in GROUPS + ADBENCH_GROUPS:
        for c in COLUMNS:
            status = notes.get((g, c))
            m = read_median(crit, g, c)
            if status is not None and status.startswith("ok") and m is not None:
                ns, mtime = m
                times[(g, c)] = ns
                if started is not None and mtime < started:
                    stale.append(f"{g}/{c}")
            elif status is not None and not status.startswith("ok"):
                footnotes.append((g, c, status))

    def cell(g, c, with_time):
        status = notes.get((g, c))
        if (g, c) in times:
            ns = times[(g, c)]
            hand = times.get((g, "hand"))
            ratio = fmt_ratio(ns / hand) if hand else "?"
            return f"{fmt_time(ns)} ({ratio})" if with_time else ratio
        if status is None:
            return "—"
        if status.startswith("n/a"):
            return "n/a"
        if status.startswith("mismatch"):
            return "**mismatch**"
        return "not run"

    def cell_primal(g, c, with_time):
        """A cell of the ADBench tables: the ratio to `primal`."""
        status = notes.get((g, c))
        if (g, c) in times:
            ns = times[(g, c)]
            primal = times.get((g, "primal"))
            ratio = fmt_ratio(ns / primal) if primal else "?"
            return f"{fmt_time(ns)} ({ratio})" if with_time else ratio
        if status is None:
            return "—"
        if status.startswith("n/a"):
            return "n/a"
        if status.startswith("mismatch"):
            return "**mismatch**"
        return "not run"

    def over_hand(g, c="autodiff"):
        a, h = times.get((g, c)), times.get((g, "hand"))
        return fmt_ratio(a / h) if a and h else "—"

    cols = [c for c in COLUMNS if any((g, c) in notes for g in GROUPS)]
    adb_groups = [g for g in ADBENCH_GROUPS if any((g, c) in notes for c in COLUMNS)]
    adb_cols = [c for c in COLUMNS if c != "primal" and any((g, c) in notes for g in adb_groups)]
    model, ncpu = machine()
    rustc = command_output("rustc", "--version") or "rustc ?"
    commit = command_output("git", "rev-parse", "--short", "HEAD")
    dirty = command_output("git", "status", "--porcelain")
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    out = []
    out.append("# Benchmark results\n")
    out.append(
        "Written by `benches/report.py` from `benches/run.sh` (criterion, median per call). "
        "The method, the functions and the columns are those of the project's BENCHMARKS.md; "
        "the code is `benches/src/lib.rs` (functions, hand gradients, generic copies) and "
        "`benches/benches/gradients.rs` (one group per function, one bench per column); the ADBench "
        "objectives are `benches/src/gmm.rs` (with `gmm_fixed_d.rs`) and `benches/src/lstm.rs`.\n"
    )
    out.append(f"- Machine: {model}, {ncpu} cores (nproc)")
    out.append(f"- Date: {when}")
    rev = f", commit {commit}{' + local changes' if dirty else ''}" if commit else ""
    out.append(f"- Toolchain: {rustc}; bench profile `lto = \"fat\"`, `codegen-units = 1`{rev}")
    out.append(
        "- Every timed column was checked against `hand` first (relative error ≤ 1e-12, "
        "≤ 1e-5 for `fd`). Absolute times on a shared machine are noisy; ratios from one run "
        "less so. Rerun before trusting a difference under 10 %.\n"
    )
    if stale:
        out.append(
            "**Stale:** these estimates are older than the last run (a filtered run?): "
            + ", ".join(stale)
            + "\n"
        )

    out.append("## Ratio to `hand` (lower is better)\n")
    out.append("| function | inputs | " + " | ".join(cols) + " |")
    out.append("|---|---:|" + "---:|" * len(cols))
    for g in GROUPS:
        out.append(f"| {g} | {INPUTS[g]} | " + " | ".join(cell(g, c, False) for c in cols) + " |")
    out.append("")

    out.append("## Median time per call (ratio to `hand`)\n")
    out.append("| function | " + " | ".join(cols) + " |")
    out.append("|---|" + "---:|" * len(cols))
    for g in GROUPS:
        out.append(f"| {g} | " + " | ".join(cell(g, c, True) for c in cols) + " |")
    out.append("")

    if adb_groups:
        out.append("## ADBench objectives: gradient time / objective time (lower is better)\n")
        out.append(
            "As ADBench reports them: each column's time per gradient divided by the time of the "
            "objective alone (`primal`) in the same run; `autodiff / hand` is the generated "
            "gradient's time over the hand-written one's. `n/a`: not timed (see below). "
            "`primal-rw`, `autodiff-rw`: see Columns.\n"
        )
        rw = "autodiff-rw" in adb_cols
        out.append(
            "| objective | inputs | primal | "
            + " | ".join(adb_cols)
            + " | autodiff / hand |"
            + (" autodiff-rw / hand |" if rw else "")
        )
        out.append("|---|---:|---:|" + "---:|" * len(adb_cols) + "---:|" + ("---:|" if rw else ""))
        for g in adb_groups:
            primal = times.get((g, "primal"))
            p = fmt_time(primal) if primal else cell(g, "primal", False)
            out.append(
                f"| {g} | {adbench_inputs(g)} | {p} | "
                + " | ".join(cell_primal(g, c, False) for c in adb_cols)
                + f" | {over_hand(g)} |"
                + (f" {over_hand(g, 'autodiff-rw')} |" if rw else "")
            )
        out.append("")
        out.append("## ADBench objectives: median time per call (ratio to `primal`)\n")
        out.append("| objective | " + " | ".join(adb_cols) + " |")
        out.append("|---|" + "---:|" * len(adb_cols))
        for g in adb_groups:
            out.append(f"| {g} | " + " | ".join(cell_primal(g, c, True) for c in adb_cols) + " |")
        out.append("")

    out.append("## Columns\n")
    out.append(
        "- `primal`: the function alone. `hand`: the hand-written reverse-mode gradient (baseline). "
        "`autodiff`: this library's `NAME_grad`.\n"
        "- GMM only: `primal-rw` is the objective rewritten for `#[differentiate]` (the same "
        "arithmetic; see `benches/src/gmm.rs`) and `autodiff-rw` its `NAME_grad`. Their ratios, "
        "like every other column's, are to `primal`, the objective as the reference C++ writes it.\n"
        "- `fd`: central differences, 2n + 1 primal calls.\n"
        "- `num-dual`: `Dual64`, one forward pass per input. `num-dual-vec`: `DualSVec64<N>`, all N "
        "directions in one pass (only where N is small and fixed).\n"
        "- `reverse`: `reverse::Tape`, cleared and reused. `echidna`: `echidna::grad` over `Reverse<f64>` "
        "(pooled tape). `echidna-bytecode`: `BytecodeTape` recorded once, replayed with "
        "`gradient_with_buf`. `easy-ml`: `WengertList`, cleared and reused. `ad_trait`: `adr` on its "
        "thread-local graph.\n"
    )
    if footnotes:
        out.append("## Not measured\n")
        # One line per group and reason, naming every column it applies to.
        merged = {}
        for g, c, status in footnotes:
            merged.setdefault((g, status), []).append(c)
        for (g, status), cs in merged.items():
            out.append(f"- {g} / {', '.join(cs)}: {status}")
        out.append("")

    args.out.write_text("\n".join(out))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
