#!/usr/bin/python3
"""Runs the W3C SPARQL 1.0 / 1.1 query-evaluation tests through `duikou query`.

For every mf:QueryEvaluationTest in the suites' manifests it runs

    duikou query -f QUERY --data DATA... --named GRAPHDATA... --base file://QUERY --format json

and compares what duikou printed with the expected result (.srx, .srj, .tsv, .csv, or .ttl/.rdf
holding either a result set in the rs: vocabulary or a graph for CONSTRUCT/DESCRIBE):
solutions as multisets (as lists when the query has ORDER BY), blank nodes as "some blank
node", graphs by isomorphism. It prints one line per failure with --verbose, then the pass
rate per suite and overall. With --floor R it exits 1 if the overall pass rate is below R
(a percentage), so a regression fails the ctest that runs it.

Needs Debian's /usr/bin/python3 with python3-rdflib.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD
from rdflib.query import Result

# Compare lexical forms as written: "01"^^xsd:integer is not "1"^^xsd:integer in results.
rdflib.NORMALIZE_LITERALS = False

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
RS = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/result-set#")

EMPTY_GRAPH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "empty.nt")

SUITES = {
    "sparql10": "sparql/sparql10/manifest-evaluation.ttl",
    "sparql11": "sparql/sparql11/manifest-sparql11-query.ttl",
}


def rdf_list(graph, node):
    items = []
    while node and node != RDF.nil:
        items.append(graph.value(node, RDF.first))
        node = graph.value(node, RDF.rest)
    return items


def file_path(uri):
    return uri[len("file://"):] if str(uri).startswith("file://") else str(uri)


def collect_tests(manifest):
    """(name, query, data[], graph_data[], result) for each QueryEvaluationTest, recursively."""
    graph = rdflib.Graph()
    graph.parse(manifest, format="turtle", publicID="file://" + os.path.abspath(manifest))
    tests = []
    for m in graph.subjects(RDF.type, MF.Manifest):
        for include in graph.objects(m, MF.include):
            for sub in rdf_list(graph, include):
                tests += collect_tests(file_path(sub))
        for entries in graph.objects(m, MF.entries):
            for test in rdf_list(graph, entries):
                if graph.value(test, RDF.type) != MF.QueryEvaluationTest:
                    continue
                action = graph.value(test, MF.action)
                result = graph.value(test, MF.result)
                query = graph.value(action, QT.query)
                if query is None or result is None:
                    continue
                tests.append({
                    "name": str(graph.value(test, MF.name) or test),
                    "id": str(test),
                    "query": file_path(query),
                    "data": sorted(file_path(d) for d in graph.objects(action, QT.data)),
                    "graph_data": sorted(file_path(d) for d in graph.objects(action, QT.graphData)),
                    "result": file_path(result),
                })
    return tests


def norm_term(term):
    """A comparable form of an rdflib term; all blank nodes are alike."""
    if term is None:
        return None
    if isinstance(term, BNode):
        return ("bnode",)
    if isinstance(term, URIRef):
        return ("uri", str(term))
    if isinstance(term, Literal):
        datatype = None if term.datatype in (None, XSD.string) else str(term.datatype)
        lang = term.language.lower() if term.language else None
        return ("literal", str(term), lang, datatype)
    return ("other", str(term))


def json_term(value):
    kind = value["type"]
    if kind == "uri":
        return ("uri", value["value"])
    if kind == "bnode":
        return ("bnode",)
    datatype = value.get("datatype")
    if datatype == str(XSD.string):
        datatype = None
    lang = value.get("xml:lang")
    return ("literal", value["value"], lang.lower() if lang else None, datatype)


def rows_from_result(result):
    variables = [str(v) for v in result.vars or []]
    rows = []
    for row in result:
        rows.append(tuple(sorted((v, norm_term(row[v])) for v in variables if row[v] is not None)))
    return rows


def expected_from_rdf(path):
    """An expected result from .ttl/.rdf: ('bool', b) | ('rows', rows, ordered) | ('graph', g)."""
    graph = rdflib.Graph()
    graph.parse(path, format="turtle" if path.endswith(".ttl") else "xml",
                publicID="file://" + os.path.abspath(path))
    result_set = next(iter(graph.subjects(RDF.type, RS.ResultSet)), None)
    if result_set is None:
        return ("graph", graph)
    boolean = graph.value(result_set, RS.boolean)
    if boolean is not None:
        return ("bool", bool(boolean.toPython()))
    rows = []
    ordered = False
    for solution in graph.objects(result_set, RS.solution):
        index = graph.value(solution, RS.index)
        ordered = ordered or index is not None
        bindings = []
        for binding in graph.objects(solution, RS.binding):
            bindings.append((str(graph.value(binding, RS.variable)), norm_term(graph.value(binding, RS.value))))
        rows.append((int(index) if index is not None else 0, tuple(sorted(bindings))))
    rows.sort(key=lambda r: r[0])
    # Without rs:index the expected solutions have no order to check.
    return ("rows", [r[1] for r in rows], ordered)


def expected_result(path):
    if path.endswith(".srx") or path.endswith(".srj") or path.endswith(".tsv") or path.endswith(".csv"):
        fmt = {"srx": "xml", "srj": "json", "tsv": "tsv", "csv": "csv"}[path.rsplit(".", 1)[1]]
        with open(path, "rb") as f:
            result = Result.parse(f, format=fmt)
        if result.type == "ASK":
            return ("bool", bool(result.askAnswer))
        return ("rows", rows_from_result(result))
    return expected_from_rdf(path)


def actual_result(stdout, query_path):
    text = stdout.decode("utf-8")
    if text.lstrip().startswith("{"):
        doc = json.loads(text)
        if "boolean" in doc:
            return ("bool", doc["boolean"])
        rows = []
        for b in doc["results"]["bindings"]:
            rows.append(tuple(sorted((v, json_term(t)) for v, t in b.items())))
        return ("rows", rows)
    graph = rdflib.Graph()
    graph.parse(data=text, format="nt")
    return ("graph", graph)


def compare(expected, actual, ordered):
    if expected[0] == "rows" and len(expected) > 2:
        ordered = ordered and expected[2]
    if expected[0] != actual[0]:
        return False
    if expected[0] == "bool":
        return expected[1] == actual[1]
    if expected[0] == "graph":
        return isomorphic(expected[1], actual[1])
    if ordered:
        return expected[1] == actual[1]
    return Counter(expected[1]) == Counter(actual[1])


def run_test(duikou, test, timeout):
    query_text = Path(test["query"]).read_text(encoding="utf-8", errors="replace")
    cmd = [duikou, "query", "-f", test["query"], "--base", "file://" + os.path.abspath(test["query"]),
           "--format", "json"]
    for d in test["data"]:
        cmd += ["--data", d]
    for g in test["graph_data"]:
        cmd += ["--named", g]
    if not test["data"] and not test["graph_data"]:
        # No dataset in the manifest (FROM in the query): start from an empty graph, not a store.
        cmd += ["--data", EMPTY_GRAPH]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, "timeout"
    if proc.returncode != 0:
        return False, proc.stderr.decode("utf-8", "replace").strip().splitlines()[0][:160] if proc.stderr else "failed"
    try:
        expected = expected_result(test["result"])
        actual = actual_result(proc.stdout, test["query"])
    except Exception as e:  # a result we cannot read counts as a failure, with the reason
        return False, "unreadable result: %s" % e
    ordered = re.search(r"ORDER\s+BY", query_text, re.IGNORECASE) is not None
    if compare(expected, actual, ordered):
        return True, ""
    return False, "wrong result"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duikou", required=True, help="the duikou binary")
    parser.add_argument("--tests", required=True, help="the w3c-rdf-tests directory (../shared/w3c-rdf-tests)")
    parser.add_argument("--suite", choices=sorted(SUITES), action="append", help="run only this suite")
    parser.add_argument("--floor", type=float, default=0.0, help="fail if the overall pass rate (%%) is below")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per test")
    parser.add_argument("--verbose", action="store_true", help="one line per failure")
    args = parser.parse_args()

    if not os.path.isdir(args.tests):
        print("%s is absent: skipping the W3C suites" % args.tests)
        return 77  # ctest SKIP_RETURN_CODE
    start = time.time()
    passed_total = 0
    run_total = 0
    for suite in args.suite or sorted(SUITES):
        manifest = os.path.join(args.tests, SUITES[suite])
        tests = collect_tests(manifest)
        passed = 0
        for test in tests:
            ok, why = run_test(args.duikou, test, args.timeout)
            passed += ok
            if not ok and args.verbose:
                print("FAIL %s %s: %s" % (suite, os.path.relpath(test["query"], args.tests), why))
        run_total += len(tests)
        passed_total += passed
        print("%s: %d/%d query-evaluation tests passed (%.1f%%)" %
              (suite, passed, len(tests), 100.0 * passed / max(len(tests), 1)))
    rate = 100.0 * passed_total / max(run_total, 1)
    print("overall: %d/%d passed (%.1f%%) in %.0f s" % (passed_total, run_total, rate, time.time() - start))
    if rate < args.floor:
        print("pass rate %.1f%% is below the floor %.1f%%" % (rate, args.floor))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
