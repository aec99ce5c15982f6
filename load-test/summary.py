"""Prints the Gatling runs of load-test/run.sh side by side: per level, requests per second, p50/p95/p99 per request
kind, errors; and the knee of each configuration (the first level whose overall p95 passes 1 s or that has errors)."""
import json
import sys


def stats(run):
    """Every "stats: {...}" object of Gatling's js/stats.js (JSON within JavaScript): all requests first, then each kind."""
    with open(run + "/js/stats.js", encoding="utf-8") as f:
        text = f.read()
    found, at = [], 0
    while True:
        at = text.find("stats: {", at)
        if at < 0:
            return found
        start = text.index("{", at)
        depth = 0
        for end in range(start, len(text)):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                break
        found.append(json.loads(text[start:end + 1]))
        at = end


def number(s, key, kind="total"):
    return float(s[key][kind])


def line(s):
    return "%-22s %8.1f %8.0f %8.0f %8.0f %8.0f" % (s["name"], number(s, "meanNumberOfRequestsPerSecond"),
                                                   number(s, "percentiles1"), number(s, "percentiles3"),
                                                   number(s, "percentiles4"), number(s, "numberOfRequests", "ko"))


knees = {}
for arg in sys.argv[1:]:
    name, users, run = arg.split("|")
    overall, *kinds = stats(run)
    print("\n%s, %s people at once" % (name, users))
    print("%-22s %8s %8s %8s %8s %8s" % ("request", "rps", "p50", "p95", "p99", "errors"))
    for s in [overall] + sorted(kinds, key=lambda k: k["name"]):
        print(line(s))
    if name not in knees and (number(overall, "percentiles3") > 1000 or number(overall, "numberOfRequests", "ko") > 0):
        knees[name] = users
for arg in sys.argv[1:]:
    name = arg.split("|")[0]
    if name not in knees:
        knees[name] = "beyond the last level"
print()
for name, knee in knees.items():
    print("Knee, %s: %s" % (name, knee))
