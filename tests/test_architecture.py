"""The layers hold: imports point down, no cycle, no module over 450 lines.

tools/import_graph.py reads the code as a maintainer would; this test fails
as soon as an app imports one above it at module level, a module grows past
450 lines, or one app holds more than a third of the code.
"""

import importlib.util
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_graph():
    spec = importlib.util.spec_from_file_location("import_graph", ROOT / "tools/import_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_project_keeps_its_layers(capsys):
    problems = load_graph().report()
    assert problems == [], "\n".join(problems)
    assert "No cycle, no upward import" in capsys.readouterr().out


def test_an_upward_import_is_caught(tmp_path, monkeypatch, capsys):
    graph = load_graph()
    for app in ("core", "home"):
        (tmp_path / app).mkdir()
    (tmp_path / "core" / "pages.py").write_text("from home.models import HomePage\n")
    (tmp_path / "home" / "models.py").write_text(
        textwrap.dedent(
            """
            from core.pages import BasePage


            def listed():
                from news.models import EventPage
            """
        )
    )
    monkeypatch.setattr(graph, "ROOT", tmp_path)
    problems = graph.report()
    assert "core/pages.py:1 imports home upwards (module-level)" in problems
    assert "home/models.py:6 imports news upwards (function-local)" in problems
    assert not any("home/models.py:2" in problem for problem in problems)
