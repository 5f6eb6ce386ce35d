import pytest
from tests.helpers import visit, path_of
from tests import progress_world
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

def test_render(client, merzig):
    world = progress_world.build(merzig)
    for p in [path_of(world["edition"]), path_of(world["overview"]), path_of(world["overview"]) + "daten/csv/", path_of(world["overview"]) + "daten/json/", "/ar" + path_of(world["overview"])[3:]]:
        r = visit(client, merzig, p)
        print(p, r.status_code)
        open("/tmp/m14_" + p.replace("/", "_") + ".html", "wb").write(r.content)
    assert 0
