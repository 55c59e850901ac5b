"""`--format parquet`: four tables that DuckDB (and pandas, Polars) read directly."""
from __future__ import annotations

import pytest

from conftest import SAMPLE

duckdb = pytest.importorskip("duckdb", reason="duckdb is in the test extra (pip install -e '.[test]')")
pytest.importorskip("pyarrow", reason="pyarrow is in the parquet and test extras")


def test_duckdb_reads_the_tables_of_a_build(run_cli, tmp_path, sample_timeline):
    code, _, err = run_cli("build", SAMPLE, "--out", tmp_path, "--name", "jlm", "--format", "parquet", "-q")
    assert code == 0, err
    tables = {t: str(tmp_path / f"jlm-{t}.parquet") for t in ("events", "statements", "actors", "relations")}
    count = {t: duckdb.sql(f"select count(*) from read_parquet('{p}')").fetchall()[0][0] for t, p in tables.items()}
    tl = sample_timeline
    assert count == {"events": sum(e.kind == "event" for e in tl.events),
                     "statements": sum(e.kind == "statement" for e in tl.events),
                     "actors": len(tl.actors), "relations": len(tl.relations)}
    # the README's query: statements by speaker per week
    rows = duckdb.sql(f"""
        select speaker, date_trunc('week', earliest) as week, count(*) as statements
        from read_parquet('{tables["statements"]}') where speaker <> ''
        group by all order by week, statements desc""").fetchall()
    corbyn = [r for r in rows if r[0] == "Jeremy Corbyn"]
    assert corbyn and sum(r[2] for r in corbyn) == len(tl.statements(speaker="Corbyn"))
    assert str(corbyn[0][1].date()) == "2019-02-25"           # the Monday of the week of 26 February 2019
    joined = duckdb.sql(f"""
        select count(*) from read_parquet('{tables["relations"]}') r
        join read_parquet('{tables["actors"]}') a on a.id = r.source_id where a.name = r.source""").fetchall()[0][0]
    assert joined == len(tl.relations)
