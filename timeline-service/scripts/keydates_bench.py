#!/usr/bin/env python3
"""Time /api/keydates on the load data of bench/keydates.sql (docs/keydates.md, "Speed"). Standard library only.

    python3 timeline-service/scripts/keydates_bench.py [--timeline URL] [--pid PID] [--runs 30]

Asks for the story's 10 key dates with 2 sentences each (source=kd-story-1..5, 5,000 articles, 40,000 date
references among 440,000) and for the whole database; prints wall-clock median and 95th percentile per question,
and, with --pid (timeline-service's process), the service's CPU time per question from /proc/PID/stat.
"""
import argparse
import os
import statistics
import time
import urllib.request


def cpu_seconds(pid):
    if not pid:
        return 0.0
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--timeline", default="http://127.0.0.1:" + os.environ.get("TARIKH_TIMELINE_PORT", "8083"))
    ap.add_argument("--pid", type=int)
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    story = ",".join(f"kd-story-{i}" for i in range(1, 6))
    questions = {"story (5,000 articles)": f"source={story}&n=10&k=2",
                 "story, 20 dates, 3 sentences": f"source={story}&n=20&k=3",
                 "one outlet of the story": "source=kd-story-1&n=10&k=1"}
    for name, query in questions.items():
        url = args.timeline + "/api/keydates?" + query
        for _ in range(5):  # warm up: JIT, prepared statements, PostgreSQL's cache
            urllib.request.urlopen(url, timeout=60).read()
        times = []
        cpu0 = cpu_seconds(args.pid)
        for _ in range(args.runs):
            t = time.perf_counter()
            body = urllib.request.urlopen(url, timeout=60).read()
            times.append(time.perf_counter() - t)
        cpu = (cpu_seconds(args.pid) - cpu0) / args.runs
        times.sort()
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        print(f"{name:32s} median {statistics.median(times) * 1000:7.1f} ms  p95 {p95 * 1000:7.1f} ms"
              + (f"  service CPU {cpu * 1000:6.1f} ms/question" if args.pid else "") + f"  ({len(body)} bytes)")
    print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
