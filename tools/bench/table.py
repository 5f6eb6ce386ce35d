"""The table `make bench` prints (tools/bench/run.py): every figure per size,
its growth from the first size to the last, and the target of issue 12 it is
held to, with ✓ or ✗."""

# The page types with throughput targets (issue 12): each from the cache and uncached.
PAGE_TYPES = (
    "home",
    "concept index",
    "concept edition",
    "news index",
    "press release",
    "event index",
    "event",
    "field of action",
)
TARGET_CACHED, TARGET_UNCACHED, TARGET_QUERIES, TARGET_GROWTH = 0.8, 0.04, 12, 0.2


def cell(value):
    """A figure as the table shows it: small rates to three digits, counts
    with thousands separators, text as it is, "–" where there is none."""
    if value is None:
        return "–"
    if isinstance(value, str) or not value:
        return str(value)
    if isinstance(value, float) and value < 10:
        return f"{value:.3g}"
    return f"{value:,}"


def table(results):
    """The figures per size, the growth from the first size to the last, and
    the target each figure is held to (issue 12), with ✓ or ✗."""
    lines = []
    sizes = [r["size"] for r in results]
    head = "| figure | " + " | ".join(f"{s:,} pages" for s in sizes)
    head += " | growth | target |"
    lines += [head, "|" + "---|" * (len(sizes) + 3)]

    def mark(ok):
        return "" if ok is None else (" ✓" if ok else " ✗")

    def row(label, values, target="", check=None, grows=None):
        shown = [cell(v) for v in values]
        growth, ok = "–", None
        numbers = [v for v in values if isinstance(v, (int, float))]
        if check is not None and numbers:
            ok = all(check(v) for v in numbers)
        if len(values) > 1:
            a, b = values[0], values[-1]
            if isinstance(a, (int, float)) and isinstance(b, (int, float)) and a:
                growth = f"×{b / a:.2f}"
                if grows == "time":  # a time may grow by at most 20 %
                    flat = b / a <= 1 + TARGET_GROWTH
                    growth += mark(flat)
                    ok = flat if ok is None else ok and flat
                elif grows == "rate":  # a rate may fall by at most 20 %
                    flat = b / a >= 1 - TARGET_GROWTH
                    growth += mark(flat)
                    ok = flat if ok is None else ok and flat
        lines.append(f"| {label} | " + " | ".join(shown) + f" | {growth} | {target}{mark(ok)} |")

    row("pages in the database", [r["pages_total"] for r in results])
    row("corpus build (s)", [r["build_seconds"] for r in results])
    row("search index rebuild (s)", [r["index_seconds"] for r in results])
    for name in results[0]["render"]:
        paged = name not in ("search",)
        row(
            f"{name}: p50 ms",
            [r["render"].get(name, {}).get("p50_ms") for r in results],
            "≤ +20 %" if paged else "",
            grows="time" if paged else None,
        )
        row(
            f"{name}: p95 ms",
            [r["render"].get(name, {}).get("p95_ms") for r in results],
            "≤ 50" if name == "search" else "",
            check=(lambda v: v <= 50) if name == "search" else None,
        )
        row(
            f"{name}: queries",
            [r["render"].get(name, {}).get("queries") for r in results],
            f"≤ {TARGET_QUERIES}" if paged else "",
            check=(lambda v: v <= TARGET_QUERIES) if paged else None,
        )
    for name in results[0]["throughput"]:
        rps = [r["throughput"][name]["rps"] for r in results]
        row(f"rps {name}", rps)
        if "samples_rps" in results[0]["throughput"][name]:  # the baseline's three runs
            samples = [r["throughput"][name]["samples_rps"] for r in results]
            row(
                f"rps {name}: start / middle / end",
                [" / ".join(f"{x:,.0f}" for x in s) for s in samples],
            )
        target, check = "", None
        if name in {f"{t} cached" for t in PAGE_TYPES}:
            target, check = f"≥ {TARGET_CACHED}", lambda v: v >= TARGET_CACHED
        elif name in {f"{t} uncached" for t in PAGE_TYPES}:
            target, check = f"≥ {TARGET_UNCACHED}", lambda v: v >= TARGET_UNCACHED
        elif name in ("search uncached", "search cached"):
            target, check = "≥ 0.02", lambda v: v >= 0.02
        row(
            f"rps {name} / static",
            [r["throughput"][name]["ratio_to_static"] for r in results],
            target,
            check,
            # the page types are held flat with size (issue 12); the search is
            # held to its own target at 10,000 pages, as its p50 above is
            grows="rate" if target and not name.startswith("search") else None,
        )
    for key in ("recall@5", "mrr"):
        row(f"search {key}", [(r["search_quality"] or {}).get(key) for r in results])
    return "\n".join(lines)
