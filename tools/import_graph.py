"""Print the layers of the project: which app imports which, lines per app, cycles.

    python tools/import_graph.py           # the report
    python tools/import_graph.py --check   # exit 1 if a rule is broken
    python tools/import_graph.py --modules # one line per module (README)

The rules (README, "Architecture"): no import cycle between apps at module
level; every import between apps points down the layer order below (a
function-local import may point up only where a page lists page types of an
app above it); no application module over 450 lines; no app with more than
a third of the application code. Migrations and the demo's data modules are
not application code for the size rules.
"""

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Bottom to top; an app may import the ones before it.
LAYERS = ["core", "home", "concepts", "news", "consultation", "search", "demo", "weltoffen"]
FOLDERS = {"weltoffen": "site"}
MAX_MODULE_LINES = 450
# Demo content in our own words: data, not logic (excluded from the size rules).
DATA_MODULES = {"demo/voelklingen.py", "demo/marl.py", "demo/wilhelmshaven.py"}


def app_files(app):
    folder = ROOT / FOLDERS.get(app, app)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.py") if "migrations" not in p.parts)


def imported_apps(path):
    """(app, line, at module level?) for each import of another project app."""
    tree = ast.parse(path.read_text(), filename=str(path))
    top_level = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            app = name.split(".")[0]
            if app in LAYERS:
                yield app, node.lineno, id(node) in top_level


def relative(path):
    return path.relative_to(ROOT).as_posix()


def report():
    edges = defaultdict(set)  # (from, to) -> places
    lines, largest, problems = {}, [], []
    for app in LAYERS:
        total = 0
        for path in app_files(app):
            count = len(path.read_text().splitlines())
            name = relative(path)
            if name not in DATA_MODULES:
                total += count
                largest.append((count, name))
                if count > MAX_MODULE_LINES:
                    problems.append(f"{name} has {count} lines (at most {MAX_MODULE_LINES})")
            for target, lineno, module_level in imported_apps(path):
                if target == app:
                    continue
                edges[(app, target, module_level)].add(f"{name}:{lineno}")
                if LAYERS.index(target) > LAYERS.index(app):
                    kind = "module-level" if module_level else "function-local"
                    problems.append(f"{name}:{lineno} imports {target} upwards ({kind})")
        lines[app] = total
    everything = sum(lines.values())
    for app, count in lines.items():
        if count * 3 > everything:
            problems.append(f"{app} holds {count} of {everything} lines (more than a third)")

    print("Layers, bottom to top; each app with the apps it imports:\n")
    for app in LAYERS:
        down = sorted(
            {t for (a, t, top) in edges if a == app and top}, key=LAYERS.index, reverse=True
        )
        local = sorted({t for (a, t, top) in edges if a == app and not top} - set(down))
        extra = f"   (inside functions: {', '.join(local)})" if local else ""
        print(f"  {app:<13} {lines[app]:>6} lines  -> {', '.join(down) or '—'}{extra}")
    print(f"\n  application code: {everything} lines")
    largest.sort(reverse=True)
    print("  largest modules: " + ", ".join(f"{name} ({count})" for count, name in largest[:5]))
    print()
    if problems:
        print("Broken rules:")
        for problem in problems:
            print("  " + problem)
    else:
        print("No cycle, no upward import, no module over 450 lines, no app over a third.")
    return problems


def modules():
    """A Markdown list per app: each module with the first line of its docstring."""
    for app in LAYERS:
        print(f"\n**{FOLDERS.get(app, app)}/**\n")
        for path in app_files(app):
            doc = ast.get_docstring(ast.parse(path.read_text())) or ""
            if path.name == "__init__.py" and not doc:
                continue
            name = path.relative_to(ROOT / FOLDERS.get(app, app)).as_posix()
            summary = " ".join(doc.split("\n\n")[0].split())
            print(f"- `{name}`: {summary}")


if __name__ == "__main__":
    if "--modules" in sys.argv:
        modules()
        sys.exit(0)
    found = report()
    sys.exit(1 if found and "--check" in sys.argv else 0)
