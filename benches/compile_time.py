#!/usr/bin/env python3
"""Build time of a crate with and without `#[differentiate]`.

A scratch crate that depends on this repository's `autodiff` by path holds
one straight-line function of N statements, and a non-inline `entry` that
calls it. The crate is built with the function as written ("plain") and
with `#[differentiate]` on it ("annotated"); the annotated `entry` calls
nothing more (`none`), `f_grad` (`grad`), or `f_grad` and `f_jvp`
(`grad+jvp`): the companions are `#[inline]`, and a release build compiles
them only where they are used. The
report gives, per function, size and profile, the ratio of the annotated
build time to the plain one.

Functions (`--cases`):

- `shadowing`: `let a = a * 1.0001 + b.sin();` and three similar statements,
  in turn, N in all, on two `f64` parameters;
- `reassignment`: the same statements as reassignments `a = ...;` of two
  `let mut` variables;
- `random`: random arithmetic and float methods on four parameters, each
  statement reading the previous one and one other earlier value (fixed
  seed);
- `loop`: a loop nest over a slice whose inner body has N such statements.

For each it measures

- `cargo build` (debug) and `cargo build --release` wall time and CPU time
  (user + system of cargo and rustc), minimum of `--reps` builds;
- `cargo check` (debug): parsing, the macro, name resolution, type and
  borrow checking, without code generation, to tell the front end's share;
- whether a debug build with rustc's default stack succeeds (rustc's
  debug-info generation recurses once per nested scope; a long function of
  one `let` per statement overflows it);
- with `--expansion`, the size of the generated code (lines and `let`s of
  each companion, formatted), from the macro crate's `show_expansion` test;
- with `--time-passes`, rustc's own breakdown (`-Ztime-passes`, which needs
  `RUSTC_BOOTSTRAP=1` on a stable toolchain; an investigation aid only).

Dependencies are built once before timing; each timed build recompiles the
scratch crate only, with incremental compilation off. Timed builds run with a
large stack (`RUST_MIN_STACK`), since the plain function itself overflows
rustc's default stack in a debug build from a few thousand statements.

Usage: python3 benches/compile_time.py [--sizes 250,1000,2000,5000]
       [--cases shadowing,reassignment] [--uses none,grad,grad+jvp] [--reps 3]
       [--expansion] [--time-passes] [--opt-macro] [--quick]
       [--dir /tmp/autodiff-compile-time] [--out benches/COMPILE_TIME.md]
       [--autodiff PATH]
       python3 benches/compile_time.py --render DIR/results.json

`--opt-macro` builds the proc macro optimised, as a user's manifest can ask
(`[profile.release.build-override] opt-level = 3`); `--quick` times release
builds only and prints them, to compare variants.

`--autodiff` measures another copy of the crate, e.g. a snapshot of a commit
taken while the working tree is being edited:
    git archive HEAD | tar -x -C /tmp/ad-head
    echo "commit $(git rev-parse --short HEAD)" > /tmp/ad-head/SNAPSHOT
Python 3 standard library only.
"""

import argparse
import datetime
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = 20261123

# ---------------------------------------------------------------------------
# Code generation
# ---------------------------------------------------------------------------

# The statements of the `shadowing` and `reassignment` functions, in turn.
CHAIN = [
    "a = a * 1.0001 + b.sin();",
    "b = b * 0.9999 - a.cos();",
    "a = a + 0.001 * (a * b).tanh();",
    "b = b + 0.001 * (1.0 + a * a).sqrt();",
]

# What the annotated crate's `entry` calls besides `f`.
USES = {
    "none": [],
    "grad": ["f_grad({args})"],
    "grad+jvp": ["f_grad({args})", "f_jvp({args}, {tangent})"],
}


def entry(params, args, tangent, uses):
    """A non-inline caller, so that the crate compiles what it tests."""
    calls = "".join(
        f"    black_box({c.format(args=args, tangent=tangent)});\n" for c in USES.get(uses, [])
    )
    return f"#[inline(never)]\npub fn entry({params}) -> f64 {{\n{calls}    f({args})\n}}\n"


def head(uses):
    return "#[differentiate]\n" if uses is not None else ""


def gen_chain(shadowing):
    def gen(n, uses):
        lines = []
        for k in range(n):
            s = CHAIN[k % len(CHAIN)]
            lines.append(f"    {'let ' if shadowing else ''}{s}")
        init = "    let a = x;\n    let b = y;\n" if shadowing else (
            "    let mut a = x;\n    let mut b = y;\n"
        )
        return (
            f"{head(uses)}pub fn f(x: f64, y: f64) -> f64 {{\n{init}"
            + "\n".join(lines)
            + "\n    a + b\n}\n\n"
            + entry("x: f64, y: f64", "x, y", "1.0, 0.0", uses)
        )

    return gen


def const(rng):
    return f"{rng.uniform(0.05, 2.0):.3f}"


def expr(rng, prev, names):
    """A random expression that reads `prev` (the previous statement, so
    that every statement feeds the result) and one other earlier value."""
    o = rng.choice(names)
    c = const(rng)
    forms = [
        f"{prev} + {o}",
        f"{prev} - {o} * {c}",
        f"{prev} * {o}",
        f"{prev} * {c} + {o}",
        f"{prev} / (1.0 + {o} * {o})",
        f"{prev}.sin() + {o}",
        f"{prev}.cos() * {o}",
        f"({prev} * {o}).tanh()",
        f"(1.0 + {prev} * {prev}).ln() - {o}",
        f"(1.0 + {o} * {o}).sqrt() * {prev}",
        f"{prev}.atan() + {o} * {c}",
        f"({prev} * {c}).exp() - {o}",
    ]
    return rng.choice(forms)


def straight_body(rng, n, params, indent):
    """`n` statements `let vK = ...;` over `params`; returns (lines, last)."""
    names = list(params)
    prev = params[0]
    lines = []
    for k in range(n):
        v = f"v{k}"
        lines.append(f"{indent}let {v} = {expr(rng, prev, names)};")
        names.append(v)
        prev = v
    return lines, prev


def gen_random(n, uses):
    rng = random.Random(SEED + n)
    params = ["x", "y", "z", "w"]
    lines, last = straight_body(rng, n, params, "    ")
    return (
        f"{head(uses)}pub fn f(x: f64, y: f64, z: f64, w: f64) -> f64 {{\n"
        + "\n".join(lines)
        + f"\n    {last}\n}}\n\n"
        + entry("x: f64, y: f64, z: f64, w: f64", "x, y, z, w", "1.0, 0.0, 0.0, 0.0", uses)
    )


def gen_loop(n, uses):
    """A loop nest over a slice: the inner body has `n` statements and
    carries `t`; the outer loop sums `t * t`."""
    rng = random.Random(SEED + 7 * n)
    params = ["t", "u", "p", "q"]
    lines, last = straight_body(rng, n, params, "            ")
    return (
        f"{head(uses)}pub fn f(x: &[f64], p: f64, q: f64) -> f64 {{\n"
        "    let n = x.len();\n"
        "    let mut s = 0.0;\n"
        "    for i in 0..n {\n"
        "        let mut t = x[i];\n"
        "        for j in 0..3 {\n"
        "            let u = x[(i + j) % n];\n"
        + "\n".join(lines)
        + f"\n            t = {last};\n"
        "        }\n"
        "        s += t * t;\n"
        "    }\n"
        "    s\n"
        "}\n\n"
        + entry("x: &[f64], p: f64, q: f64", "x, p, q", "x, 1.0, 0.0", uses)
    )


CASES = {
    "shadowing": gen_chain(True),
    "reassignment": gen_chain(False),
    "random": gen_random,
    "loop": gen_loop,
}


def lib_source(body):
    return (
        "#![allow(unused, clippy::all)]\n"
        "use autodiff::differentiate;\nuse std::hint::black_box;\n\n" + body
    )


# ---------------------------------------------------------------------------
# Building and timing
# ---------------------------------------------------------------------------


def setup(d, autodiff=ROOT):
    (d / "src").mkdir(parents=True, exist_ok=True)
    (d / "Cargo.toml").write_text(
        "[package]\n"
        'name = "autodiff-compile-time"\n'
        'version = "0.0.0"\n'
        'edition = "2024"\n'
        "publish = false\n\n"
        "[dependencies]\n"
        f'autodiff = {{ path = "{autodiff}" }}\n\n'
        "[workspace]\n"
    )
    lock = ROOT / "Cargo.lock"
    if lock.exists():
        shutil.copy(lock, d / "Cargo.lock")


# rustc's main thread overflows its default stack in debug builds of very
# long functions (LLVM's DWARF writer recurses once per nested scope): a
# plain function of 5 000 `let`s already does. The timed builds run with a
# larger stack; `crashes()` records which builds need it.
BIG_STACK = str(256 * 1024 * 1024)


# With `--opt-macro`: the proc macro and its dependencies built optimised
# (`[profile.*.build-override] opt-level = 3` in the user's manifest).
OPT_MACRO = {}


def env(big_stack=True):
    e = dict(os.environ)
    e.update(OPT_MACRO)
    e["CARGO_INCREMENTAL"] = "0"
    e.pop("RUST_MIN_STACK", None)
    if big_stack:
        e["RUST_MIN_STACK"] = BIG_STACK
    e.pop("RUSTC_BOOTSTRAP", None)
    e.pop("RUSTFLAGS", None)
    return e


def cargo(d, args, extra_env=None, check=True, target="target", big_stack=True):
    """Runs cargo in the scratch crate; returns (process, wall s, CPU s)."""
    e = env(big_stack)
    if extra_env:
        e.update(extra_env)
    if OPT_MACRO:
        # Other profile settings: their own target directories.
        target += "-optmacro"
    # Options go before a `--` in `args` (rustc flags).
    cmd, sep = list(args), len(args)
    if "--" in cmd:
        sep = cmd.index("--")
    cmd[sep:sep] = ["--manifest-path", str(d / "Cargo.toml"), "--target-dir", str(d / target)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(["cargo", *cmd], cwd=d, env=e, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if check and p.returncode != 0:
        sys.exit(f"cargo {' '.join(args)} failed:\n{p.stderr[-4000:]}")
    return p, wall, cpu


def write_lib(d, text):
    path = d / "src" / "lib.rs"
    path.write_text(text)
    # Make sure cargo sees a change even within the mtime granularity.
    t = time.time()
    os.utime(path, (t, t))


LOADS = []


def timed(d, text, command, reps):
    """Minimum wall and CPU time of `reps` builds (`command`: build,
    release or check)."""
    args = {
        "build": ["build", "--lib"],
        "release": ["build", "--lib", "--release"],
        "check": ["check", "--lib"],
    }[command]
    best_wall = best_cpu = None
    for _ in range(reps):
        write_lib(d, text)
        p, wall, cpu = cargo(d, args)
        # Exactly the scratch crate must have been compiled, nothing else.
        compiled = [
            l for l in p.stderr.splitlines()
            if l.strip().startswith(("Compiling ", "Checking "))
        ]
        if len(compiled) != 1 or "autodiff-compile-time" not in compiled[0]:
            sys.exit(f"unexpected build: {compiled}")
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
        LOADS.append(os.getloadavg()[0])
    return best_wall, best_cpu


def crashes(d, text):
    """Whether a debug build with rustc's default stack overflows it."""
    write_lib(d, text)
    p, _, _ = cargo(d, ["build", "--lib"], check=False, big_stack=False)
    if p.returncode == 0:
        return False
    if "overflowed its stack" in p.stderr or "SIGSEGV" in p.stderr:
        return True
    sys.exit(f"debug build failed:\n{p.stderr[-4000:]}")


PASS = re.compile(r"time:\s+([0-9.]+);.*\t(\S+)\s*$")


def time_passes(d, text, release):
    """Seconds per rustc stage of one build (`-Ztime-passes`)."""
    write_lib(d, text)
    p, _, _ = cargo(
        d,
        ["rustc", "--lib"] + (["--release"] if release else []) + ["--", "-Ztime-passes"],
        extra_env={"RUSTC_BOOTSTRAP": "1"},
        # RUSTC_BOOTSTRAP is part of cargo's fingerprints: a target directory
        # of its own keeps the timed builds' dependencies from being rebuilt.
        target="target-stages",
    )
    t = {}
    for line in p.stderr.splitlines():
        m = PASS.search(line)
        if m:
            # A pass name can repeat (nested timers); keep the largest.
            t[m.group(2)] = max(t.get(m.group(2), 0.0), float(m.group(1)))
    out = {
        "expand": t.get("macro_expand_crate", 0.0),
        "check": t.get("type_check_crate", 0.0) + t.get("MIR_borrow_checking", 0.0),
        "total": t.get("total", 0.0),
    }
    out["rest"] = max(out["total"] - out["expand"] - out["check"], 0.0)
    return out


def expansion_stats(d, autodiff, fn_text):
    """Lines and `let`s of each generated function, formatted, from the
    macro crate's `show_expansion` test (built once, in the scratch
    directory's own target)."""
    src = d / "expansion-input.rs"
    src.write_text(fn_text)
    e = env()
    e["AUTODIFF_SHOW_FILE"] = str(src)
    p = subprocess.run(
        ["cargo", "test", "-q", "--manifest-path", str(autodiff / "Cargo.toml"),
         "-p", "autodiff-macro", "--lib", "--target-dir", str(d / "target-expansion"),
         "--", "--nocapture", "--exact", "expand::tests::show_expansion"],
        cwd=d, env=e, capture_output=True, text=True,
    )
    if p.returncode != 0:
        sys.exit(f"show_expansion failed:\n{p.stderr[-4000:]}")
    stats = {}
    name = None
    for line in p.stdout.splitlines():
        m = re.match(r"\s*(?:pub )?fn (\w+)", line)
        if m and not line.startswith(" "):
            name = m.group(1)
            stats[name] = {"lines": 0, "lets": 0, "stmts": 0}
        if name is None:
            continue
        stats[name]["lines"] += 1
        stats[name]["lets"] += len(re.findall(r"\blet\b", line))
        stats[name]["stmts"] += line.count(";")
        if line.startswith("}"):
            name = None
    return stats


def only_f(text):
    """The function `f` of a generated crate source, without `entry`."""
    start = text.index("#[differentiate]\n") + len("#[differentiate]\n")
    end = text.index("\n}\n", start) + 3
    return text[start:end]


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def fmt_s(x):
    return f"{x:.2f}"


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores"


def describe(path):
    """Which autodiff was measured: its git commit, or the path."""
    p = subprocess.run(
        ["git", "-C", str(path), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    if p.returncode == 0 and Path(path, ".git").exists():
        dirty = subprocess.run(
            ["git", "-C", str(path), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
        ).stdout.strip()
        return f"this repository at {p.stdout.strip()}" + (" with local changes" if dirty else "")
    stamp = Path(path, "SNAPSHOT")
    if stamp.exists():
        return stamp.read_text().strip()
    return str(path)


def slope(sizes, values):
    """Exponent of the growth between the two largest sizes: 1 is linear."""
    import math

    (n1, t1), (n2, t2) = list(zip(sizes, values))[-2:]
    if t1 <= 0 or t2 <= 0:
        return float("nan")
    return math.log(t2 / t1) / math.log(n2 / n1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="250,1000,2000,5000")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--dir", default="/tmp/autodiff-compile-time")
    ap.add_argument("--out", default=str(HERE / "COMPILE_TIME.md"))
    ap.add_argument("--cases", default="shadowing,reassignment")
    ap.add_argument("--uses", default=",".join(USES), help="what the annotated entry calls")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="release builds only, no `cargo check` and no stack test (for comparing variants; "
        "prints, writes no report)",
    )
    ap.add_argument("--expansion", action="store_true", help="also count the generated code")
    ap.add_argument(
        "--opt-macro",
        action="store_true",
        help="build the proc macro optimised (build-override opt-level = 3), as a user can",
    )
    ap.add_argument(
        "--time-passes", action="store_true", help="also rustc's -Ztime-passes (RUSTC_BOOTSTRAP=1)"
    )
    ap.add_argument(
        "--compare",
        metavar="JSON",
        help="also tabulate the ratios of an earlier run (its results.json) next to this one's",
    )
    ap.add_argument(
        "--render",
        metavar="JSON",
        help="do not measure: write the report from the raw results of an earlier run "
        "(<dir>/results.json)",
    )
    ap.add_argument(
        "--autodiff",
        default=str(ROOT),
        help="the autodiff crate to measure (default: this repository; a snapshot, e.g. from "
        "`git archive`, keeps the measurement away from edits in progress)",
    )
    a = ap.parse_args()
    if a.render:
        raw = json.loads(Path(a.render).read_text())
        report(a.out, raw["rows"], raw["meta"], load_compare(a.compare))
        return
    sizes = [int(s) for s in a.sizes.split(",")]
    cases = a.cases.split(",")
    uses = a.uses.split(",")
    d = Path(a.dir)
    autodiff = Path(a.autodiff).resolve()
    if a.opt_macro:
        OPT_MACRO.update({
            "CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL": "3",
            "CARGO_PROFILE_RELEASE_BUILD_OVERRIDE_OPT_LEVEL": "3",
        })
    setup(d, autodiff)

    print("building the dependencies ...", flush=True)
    warm = lib_source(gen_random(5, "grad"))
    for args in (["build", "--lib"], ["build", "--lib", "--release"], ["check", "--lib"]):
        write_lib(d, warm)
        cargo(d, args)
    if a.time_passes:
        time_passes(d, warm, False)
        time_passes(d, warm, True)

    rows = []
    load_start = os.getloadavg()[0]
    for case in cases:
        gen = CASES[case]
        for n in sizes:
            plain = lib_source(gen(n, None))
            annotated = {u: lib_source(gen(n, u)) for u in uses}
            r = {"case": case, "n": n, "uses": uses}
            for prof in ("release",) if a.quick else ("build", "release"):
                r[prof] = {"plain": timed(d, plain, prof, a.reps)}
                for u in uses:
                    r[prof][u] = timed(d, annotated[u], prof, a.reps)
                print(
                    f"{case:13} {n:5} {prof:8} plain {r[prof]['plain'][0]:6.2f} s "
                    f"(cpu {r[prof]['plain'][1]:6.2f} s)  "
                    + "  ".join(
                        f"{u} {r[prof][u][0]:6.2f} s (cpu {r[prof][u][1]:6.2f} s)" for u in uses
                    ),
                    flush=True,
                )
            if a.quick:
                continue
            main = "grad" if "grad" in uses else uses[0]
            r["main"] = main
            r["check"] = {"plain": timed(d, plain, "check", a.reps),
                          "annotated": timed(d, annotated[main], "check", a.reps)}
            print(f"{case:13} {n:5} check    plain {r['check']['plain'][0]:6.2f} s  "
                  f"annotated {r['check']['annotated'][0]:6.2f} s", flush=True)
            r["crash"] = (crashes(d, plain), crashes(d, annotated[main]))
            if a.expansion:
                r["expansion"] = expansion_stats(d, autodiff, only_f(annotated[main]))
            if a.time_passes:
                r["stages"] = {}
                for rel in (False, True):
                    sp = time_passes(d, plain, rel)
                    sa = time_passes(d, annotated[main], rel)
                    r["stages"]["release" if rel else "debug"] = {"plain": sp, "annotated": sa}
            rows.append(r)

    if a.quick:
        return
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    meta = {
        "reps": a.reps,
        "rustc": rustc,
        "date": now,
        "load": [min(LOADS + [load_start]), max(LOADS + [load_start])],
        "machine": machine(),
        "autodiff": describe(autodiff),
        "opt_macro": a.opt_macro,
    }
    (d / "results.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=1))
    report(a.out, rows, meta, load_compare(a.compare))


def load_compare(path):
    return json.loads(Path(path).read_text()) if path else None


def compare_table(rows, compare):
    """Ratios annotated over plain of an earlier run next to this one's."""
    old = {(r["case"], r["n"]): r for r in compare["rows"]}
    uses = [u for u in rows[0]["uses"] if u in compare["rows"][0]["uses"]]
    L = [f"## Before and after\n",
         f"Ratio annotated over plain (wall time; CPU time in parentheses) of "
         f"{compare['meta']['autodiff']} (measured {compare['meta']['date']}, load "
         f"{compare['meta']['load'][0]:.1f} to {compare['meta']['load'][1]:.1f}) and of this "
         "run.\n"]
    L.append("| function | N | profile | " + " | ".join(f"{u}: before | after" for u in uses) + " |")
    L.append("|---|---:|---|" + "---:|---:|" * len(uses))
    for r in rows:
        o = old.get((r["case"], r["n"]))
        for prof, name in (("build", "debug"), ("release", "release")):
            cells = [r["case"], str(r["n"]), name]
            for u in uses:
                if o is None:
                    cells += ["", f"{ratio(r, prof, u):.1f}× ({ratio(r, prof, u, 1):.1f}×)"]
                    continue
                cells += [f"{ratio(o, prof, u):.1f}× ({ratio(o, prof, u, 1):.1f}×)",
                          f"**{ratio(r, prof, u):.1f}×** ({ratio(r, prof, u, 1):.1f}×)"]
            L.append("| " + " | ".join(cells) + " |")
    L.append("")
    return L


def ratio(r, prof, u, k=0):
    return r[prof][u][k] / r[prof]["plain"][k]


def report(out, rows, meta, compare=None):
    """Writes the markdown report of `rows` (one per function and size),
    with the ratios of `compare` (an earlier run) if given."""
    cases = list(dict.fromkeys(r["case"] for r in rows))
    uses = rows[0]["uses"] if rows else []
    L = []
    L.append("# Build time of `#[differentiate]`\n")
    L.append(
        "Written by `benches/compile_time.py` (see its docstring for the method). A scratch "
        "crate holds one straight-line function of N statements and a non-inline `entry` that "
        "calls it; it is built plain and with `#[differentiate]` on the function, where `entry` "
        "calls nothing more (column `none`: the companions are `#[inline]`, so a release build "
        "compiles them only where they are used, e.g. in a downstream crate), `f_grad` (column "
        "`grad`) or `f_grad` and `f_jvp` (column `grad+jvp`). "
        f"Times are the minimum of {meta['reps']} builds of the scratch crate alone "
        "(dependencies prebuilt, incremental compilation off); `×` is annotated over plain.\n"
    )
    lo, hi = meta["load"]
    L.append(f"- Machine: {meta['machine']}; load average {lo:.1f} to {hi:.1f} during the run")
    L.append(f"- Date: {meta['date']}")
    if meta.get("opt_macro"):
        L.append(
            f"- Toolchain: {meta['rustc']}; default `dev` and `release` profiles, except that "
            "the proc macro and its dependencies are built optimised "
            "(`[profile.dev.build-override]` and `[profile.release.build-override]` with "
            "`opt-level = 3`)"
        )
    else:
        L.append(f"- Toolchain: {meta['rustc']}; default `dev` and `release` profiles")
    L.append(f"- autodiff measured: {meta['autodiff']}\n")
    for prof, title in (("build", "Debug builds (`cargo build`)"),
                        ("release", "Release builds (`cargo build --release`)")):
        L.append(f"## {title}\n")
        L.append("Wall time; in parentheses the ratio of CPU time (user + system), which the "
                 "load of the machine disturbs less.\n")
        L.append("| function | N | plain | " + " | ".join(f"{u} | ×" for u in uses) + " |")
        L.append("|---|---:|---:|" + "---:|---:|" * len(uses))
        for r in rows:
            cells = [r["case"], str(r["n"]), f"{fmt_s(r[prof]['plain'][0])} s"]
            for u in uses:
                cells.append(f"{fmt_s(r[prof][u][0])} s")
                cells.append(f"**{ratio(r, prof, u):.1f}×** ({ratio(r, prof, u, 1):.1f}×)")
            L.append("| " + " | ".join(cells) + " |")
        L.append("")
    main = rows[0].get("main", uses[0]) if rows else ""
    if compare:
        L.extend(compare_table(rows, compare))
    L.append("## Front end (`cargo check`)\n")
    L.append(
        "Parsing, the macro's expansion, name resolution, type and borrow checking, without "
        "code generation (debug profile; the proc macro is unoptimised in both profiles, as "
        "Cargo builds proc macros by default), with `entry` calling `f_grad`. `share` is the "
        f"annotated check time over the annotated `{main}` build time.\n"
    )
    L.append("| function | N | plain | annotated | × | share of debug build | share of release build |")
    L.append("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        cp, ca = r["check"]["plain"][0], r["check"]["annotated"][0]
        u = r.get("main", uses[0])
        L.append(
            f"| {r['case']} | {r['n']} | {fmt_s(cp)} s | {fmt_s(ca)} s | {ca / cp:.1f}× | "
            f"{100 * ca / r['build'][u][0]:.0f} % | {100 * ca / r['release'][u][0]:.0f} % |"
        )
    L.append("")
    L.append("## Debug build with rustc's default stack\n")
    L.append("| function | N | plain | annotated |")
    L.append("|---|---:|---|---|")
    word = {False: "builds", True: "**rustc stack overflow**"}
    for r in rows:
        cp, ca = r["crash"]
        L.append(f"| {r['case']} | {r['n']} | {word[cp]} | {word[ca]} |")
    L.append("")
    if any("expansion" in r for r in rows):
        L.append("## Generated code\n")
        L.append(
            "Statements (`;`) and `let`s of each function of the expansion, formatted by "
            "prettyplease (a `let` opens a scope nested in the previous one; the companions "
            "declare their variables many to a `let`, and a long body's segments are functions of "
            "their own).\n"
        )
        names = []
        for r in rows:
            for k in r.get("expansion", {}):
                if k not in names:
                    names.append(k)
        L.append("| function | N | " + " | ".join(f"`{k}`" for k in names) + " |")
        L.append("|---|---:|" + "---:|" * len(names))
        for r in rows:
            if "expansion" not in r:
                continue
            e = r["expansion"]
            cells = [
                f"{e[k].get('stmts', 0)} statements, {e[k]['lets']} `let`s" if k in e else ""
                for k in names
            ]
            L.append(f"| {r['case']} | {r['n']} | " + " | ".join(cells) + " |")
        L.append("")
    if any("stages" in r for r in rows):
        L.append("## rustc's breakdown (`-Ztime-passes`, one build each)\n")
        L.append(
            "`expansion` is `macro_expand_crate` (the proc macro and parsing its output), "
            "`checks` `type_check_crate` + `MIR_borrow_checking`, `rest` everything else (MIR "
            "optimisation, LLVM, linking). Plain / annotated.\n"
        )
        L.append("| function | N | profile | expansion | checks | rest | total |")
        L.append("|---|---:|---|---:|---:|---:|---:|")
        for r in rows:
            for prof, s in r.get("stages", {}).items():
                p, a = s["plain"], s["annotated"]
                L.append(
                    f"| {r['case']} | {r['n']} | {prof} | "
                    + " | ".join(f"{fmt_s(p[k])} / {fmt_s(a[k])} s"
                                 for k in ("expand", "check", "rest", "total"))
                    + " |"
                )
        L.append("")
    L.append("## Growth\n")
    L.append(
        "Exponent k of `time ∝ N^k` of the annotated build between the two largest sizes "
        "(k = 1 is linear, 2 quadratic):\n"
    )
    L.append("| function | " + " | ".join(f"debug, {u} | release, {u}" for u in uses) + " |")
    L.append("|---|" + "---:|---:|" * len(uses))
    for case in cases:
        rs = [r for r in rows if r["case"] == case]
        if len(rs) < 2:
            continue
        ns = [r["n"] for r in rs]
        cells = []
        for u in uses:
            for prof in ("build", "release"):
                cells.append(f"{slope(ns, [r[prof][u][0] for r in rs]):.2f}")
        L.append(f"| {case} | " + " | ".join(cells) + " |")
    L.append("")
    Path(out).write_text("\n".join(L) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
