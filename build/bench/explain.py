#!/usr/bin/env python3
"""EXPLAIN ANALYZE every read a captured EF request ran (build/bench.sh keeps them in .data/bench-last/<name>.json),
with its parameter values as literals; prints the slowest first with their plans.
Usage: python3 build/bench/explain.py .data/bench-last/meeting-report.json [psql connection args…]
"""
import json, re, subprocess, sys

CASTS = {"Uuid": "uuid", "Boolean": "boolean", "Integer": "integer", "Bigint": "bigint", "Smallint": "smallint",
         "Varchar": "varchar", "Text": "text", "TimestampTz": "timestamptz", "Timestamp": "timestamp", "Date": "date",
         "Numeric": "numeric", "Double": "double precision", "Jsonb": "jsonb", "Interval": "interval"}


def literal(kind, value):
    if value is None:
        return "NULL"
    if kind.endswith("[]"):
        inner = kind[:-2]
        return "ARRAY[%s]::%s[]" % (",".join(literal(inner, v) for v in value), CASTS.get(inner, "text")) if value else "'{}'::%s[]" % CASTS.get(inner, "text")
    if kind == "Boolean":
        return "true" if value else "false"
    if isinstance(value, (int, float)) and kind in ("Integer", "Bigint", "Smallint", "Numeric", "Double"):
        return str(value)
    return "'%s'::%s" % (str(value).replace("'", "''"), CASTS.get(kind, "text"))


def main():
    capture, psql = json.load(open(sys.argv[1])), sys.argv[2:] or ["-h", "127.0.0.1", "-p", "55442", "-U", "postgres", "-d", "estate_bench_large"]
    results = []
    for command in capture["commands"]:
        sql = command["sql"]
        if not re.match(r"\s*(SELECT|WITH)", sql, re.I):
            continue
        for p in sorted(command["parameters"], key=lambda p: -len(p["parameterName"])):
            name = p["parameterName"] if p["parameterName"].startswith("@") else "@" + p["parameterName"]
            sql = re.sub(re.escape(name) + r"\b", lambda _: literal(p["type"], p["value"]), sql)
        out = subprocess.run(["psql", *psql, "-qAtX", "-c", "EXPLAIN (ANALYZE, BUFFERS) " + sql], capture_output=True, text=True)
        plan = out.stdout + out.stderr
        ms = re.search(r"Execution Time: ([\d.]+) ms", plan)
        results.append((float(ms.group(1)) if ms else -1, command["context"], sql, plan))
    results.sort(key=lambda r: -r[0])
    print("total execution %.1f ms over %d reads" % (sum(max(r[0], 0) for r in results), len(results)))
    for ms, context, sql, plan in results:
        print("=" * 100)
        print("%.2f ms  %s" % (ms, context))
        print(sql)
        print(plan)


main()
