"""End-to-end throughput of `monitor run` on a generated loopback web.

    .venv/bin/python bench/pipeline.py [--feeds 100] [--entries 20]

Serves FEEDS RSS feeds of ENTRIES new articles each from 127.0.0.1; the article pages are the
real news pages of the extraction benchmark (../shared/bench/extraction/data), cycled. Runs the
pipeline twice into a fresh DuckDB file: the first run fetches, extracts, classifies and loads
everything; the second finds every feed unchanged (304). Also times body extraction alone, ours
against trafilatura's defaults, on the same pages in the same run. Writes the table into
bench/RESULTS.md under "## Pipeline".
"""

from __future__ import annotations

import argparse
import gzip
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.results import write_section  # noqa: E402
from monitor import pipeline  # noqa: E402
from monitor.extract import extract_article  # noqa: E402
from monitor.feeds import load_feed_list  # noqa: E402
from monitor.settings import Settings  # noqa: E402
from tests.webserver import LoopbackWeb, Reply, Seen  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "extraction" / "data" / "html"


def load_pages() -> list[bytes]:
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(DATA.glob("*.html.gz"))]
    if not pages:
        sys.exit(f"no benchmark pages under {DATA}")
    return pages


def serve_web(web: LoopbackWeb, pages: list[bytes], feeds: int, entries: int) -> str:
    """Routes for the generated web; returns the feed list YAML."""
    lines = ["feeds:"]
    for f in range(feeds):
        items = []
        for e in range(entries):
            path = f"/site{f}/article{e}.html"
            page = pages[(f * entries + e) % len(pages)]
            web.route(path, page, content_type="text/html")
            items.append(
                f"<item><title>Article {f}-{e}</title><link>{web.url(path)}</link>"
                f"<description>Summary {f}-{e}</description></item>"
            )
        document = (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>Feed</title>"
            + "".join(items)
            + "</channel></rss>"
        ).encode()
        web.route(f"/feed{f}.xml", handler=conditional(document, f'"feed{f}"'))
        lines.append(f"  - name: feed{f}\n    url: {web.url(f'/feed{f}.xml')}")
    return "\n".join(lines) + "\n"


def conditional(document: bytes, etag: str):  # type: ignore[no-untyped-def]
    def handler(seen: Seen) -> Reply:
        if seen.headers.get("If-None-Match") == etag:
            return Reply(304, b"", {"ETag": etag})
        return Reply(200, document, {"Content-Type": "application/rss+xml", "ETag": etag})

    return handler


def time_extraction(pages: list[bytes]) -> tuple[float, float]:
    import trafilatura

    texts = [p.decode("utf-8", errors="replace") for p in pages]
    extract_article(texts[0])
    trafilatura.extract(texts[0])
    started = time.perf_counter()
    for text in texts:
        trafilatura.extract(text)
    baseline = len(texts) / (time.perf_counter() - started)
    started = time.perf_counter()
    for text in texts:
        extract_article(text)
    ours = len(texts) / (time.perf_counter() - started)
    return baseline, ours


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--entries", type=int, default=20)
    args = parser.parse_args()
    pages = load_pages()
    web = LoopbackWeb().start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            feeds_file = Path(folder) / "feeds.yaml"
            feeds_file.write_text(serve_web(web, pages, args.feeds, args.entries))
            settings = Settings(
                feeds_path=feeds_file,
                warehouse_url=f"duckdb:///{folder}/warehouse.duckdb",
                allow_private_networks=True,
                per_host_delay=0.0,  # one loopback host stands for many: no politeness wait
            )
            feeds = load_feed_list(feeds_file)
            first = pipeline.run(settings, feeds)
            second = pipeline.run(settings, feeds)
    finally:
        web.stop()
    baseline, ours = time_extraction(pages)
    articles = first.new_articles
    rows = [
        "| measure | value |",
        "|---|---|",
        f"| first run: {args.feeds} feeds × {args.entries} new articles | "
        f"{first.seconds:.1f} s, {articles} articles, {articles / first.seconds:.1f} articles/s |",
        f"| second run (nothing new, all 304) | {second.seconds:.2f} s "
        f"({second.seconds / first.seconds:.1%} of the first) |",
        f"| bodies from page / summary | {first.body_sources.get('page', 0)} / "
        f"{first.body_sources.get('summary', 0)} |",
        f"| extraction alone, trafilatura defaults (baseline) | {baseline:.1f} pages/s |",
        f"| extraction alone, monitor.extract | {ours:.1f} pages/s "
        f"({ours / baseline:.2f}× baseline) |",
    ]
    table = "\n".join(rows)
    print(table)
    write_section(
        "Pipeline",
        f"`.venv/bin/python bench/pipeline.py --feeds {args.feeds} --entries {args.entries}` on "
        f"{datetime.now(UTC):%Y-%m-%d}, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}. Pages are the extraction benchmark's "
        f"{len(pages)} real news pages, served from loopback; extraction runs in worker "
        "processes on both cores, fetching in threads.\n\n" + table,
    )


if __name__ == "__main__":
    main()
