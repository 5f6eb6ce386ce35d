"""The demo content, loaded once for the package (conftest.py).

Not called tests/demo: that package name would shadow the demo app (demo/).
"""
