"""The workbench's agency history matches agencies as the batch does: short and long forms of one name are
one agency, namesakes with different stated regions are not."""

from __future__ import annotations

from engine.model import Scorecard
from engine.store import Store
from engine.web.pages.card import agency_history


def card(agency: str, period: str, score: float, region: str = "") -> Scorecard:
    return Scorecard(agency=agency, period=period, profile="gov-2019", score=score, grade="良好", veto=False,
                     findings=[], inputs=[f"{agency}{period}.txt"], region=region)


def test_history_takes_short_and_long_names_but_not_a_namesake_elsewhere(tmp_path):
    store = Store(str(tmp_path / "runs.db"))
    run_id = store.begin_run("auto", "v", [])
    store.finish_run(run_id, [card("石湾镇人民政府", "2019", 80.0), card("临川县石湾镇人民政府", "2020", 85.0),
                              card("城关镇人民政府", "2020", 70.0, region="临川县"),
                              card("城关镇人民政府", "2021", 60.0, region="南城县"),
                              card("湾镇人民政府", "2021", 50.0)])  # too short to be the same agency
    with store.engine.connect() as conn:
        shiwan = agency_history(conn, "临川县石湾镇人民政府")
        chengguan = agency_history(conn, "城关镇人民政府", "临川县")
    store.close()
    assert [(p.period, p.score) for p in shiwan] == [("2019", 80.0), ("2020", 85.0)]
    assert [(p.period, p.score) for p in chengguan] == [("2020", 70.0)]


def test_history_takes_a_place_written_for_its_government(tmp_path):
    """石湾镇 one year and 石湾镇人民政府 the next are one agency's history (engine/agency.agency_key), and so are
    民治街道 and 民治街道办事处; the township's party committee is not."""
    store = Store(str(tmp_path / "runs.db"))
    run_id = store.begin_run("auto", "v", [])
    store.finish_run(run_id, [card("石湾镇", "2019", 80.0), card("临川县石湾镇人民政府", "2020", 85.0),
                              card("石湾镇党委", "2021", 10.0), card("民治街道", "2022", 90.0),
                              card("民治街道办事处", "2023", 95.0), card("南城县政府办公室", "2023", 70.0)])
    with store.engine.connect() as conn:
        shiwan = agency_history(conn, "石湾镇人民政府")
        minzhi = agency_history(conn, "深圳市龙华区民治街道办事处")
        office = agency_history(conn, "南城县人民政府办公室")
        county = agency_history(conn, "南城县人民政府")
    store.close()
    assert [(p.period, p.score) for p in shiwan] == [("2019", 80.0), ("2020", 85.0)]
    assert [(p.period, p.score) for p in minzhi] == [("2022", 90.0), ("2023", 95.0)]
    assert [(p.period, p.score) for p in office] == [("2023", 70.0)]
    assert county == []
