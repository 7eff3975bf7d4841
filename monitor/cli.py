"""The `monitor` command: a thin front end over the pipeline; it alone owns the terminal."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from monitor.alert_channels import AlertConfigError
from monitor.feeds import FeedListError, load_feed_list
from monitor.settings import Settings, SettingsError, load_settings
from monitor.warehouse import WarehouseError

if TYPE_CHECKING:
    from monitor.pipeline import RunSummary

LOGGER = logging.getLogger(__name__)
USER_ERRORS = (SettingsError, FeedListError, WarehouseError, AlertConfigError)
F = TypeVar("F", bound=Callable[..., Any])


def settings_options(function: F) -> F:
    for option in reversed(
        [
            click.option("--config", type=click.Path(dir_okay=False), help="YAML settings file."),
            click.option("--feeds", "feeds_path", help="Feed list YAML [env MONITOR_FEEDS]."),
            click.option(
                "--warehouse", "warehouse_url", help="Warehouse URL [env MONITOR_WAREHOUSE_URL]."
            ),
        ]
    ):
        function = option(function)
    return function


def _settings(config: str | None, **overrides: Any) -> Settings:
    try:
        return load_settings(config, **overrides)
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from exc


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Known configuration problems end the command with their one-line message."""
    try:
        yield
    except USER_ERRORS as exc:
        raise click.ClickException(str(exc)) from exc


@click.group()
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """Monitor foreign-affairs feeds for statements on Venezuela, Ukraine and Haiti."""
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    if not sys.stderr.isatty():
        level = min(level, logging.INFO)  # plain log lines stand in for the progress bar
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@cli.command()
@settings_options
@click.option("--no-alerts", is_flag=True, help="Do not deliver the pending alerts afterwards.")
def run(
    config: str | None, feeds_path: str | None, warehouse_url: str | None, no_alerts: bool
) -> None:
    """One pass: fetch the feeds, extract and classify new articles, load the warehouse,
    then deliver the pending alerts."""
    from monitor import pipeline

    settings = _settings(config, feeds_path=feeds_path, warehouse_url=warehouse_url)
    with user_errors():
        feeds = load_feed_list(settings.feeds_path)
        with _progress_bars(len(feeds)) as progress:
            summary = pipeline.run(settings, feeds, progress=progress)
    _print_summary(summary)
    if not no_alerts:
        from monitor.alerts import deliver_pending

        with user_errors():
            _print_alerts(deliver_pending(settings))


@contextlib.contextmanager
def _progress_bars(feed_count: int | None = None) -> Iterator[Callable[[str, int], None]]:
    if not sys.stderr.isatty():
        yield lambda stage, n: None
        return
    from tqdm import tqdm

    bars: dict[str, Any] = {}
    if feed_count is not None:
        bars["feeds"] = tqdm(total=feed_count, desc="feeds", unit="feed")

    def advance(stage: str, n: int) -> None:
        if stage not in bars:
            bars[stage] = tqdm(desc=stage, unit="item")
        bars[stage].update(n)

    try:
        yield advance
    finally:
        for bar in bars.values():
            bar.close()


def _print_summary(summary: RunSummary) -> None:
    for line in summary.report_lines():
        click.echo(line)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def classify(paths: tuple[Path, ...]) -> None:
    """Classify files (.html pages or text: first line title) and print one JSON line each."""
    from monitor.classify import classify_file

    for path in paths:
        click.echo(json.dumps(classify_file(path), ensure_ascii=False))


@cli.command()
@click.option("--config", type=click.Path(dir_okay=False), help="YAML settings file.")
@click.option("--warehouse", "warehouse_url", help="Warehouse URL [env MONITOR_WAREHOUSE_URL].")
@click.option("--topics", "topics_path", help="Topic lexicon YAML [env MONITOR_TOPICS].")
def reclassify(config: str | None, warehouse_url: str | None, topics_path: str | None) -> None:
    """Classify the stored articles again with the current topic lexicon (no fetching)."""
    from monitor import pipeline

    settings = _settings(config, warehouse_url=warehouse_url, topics_path=topics_path)
    with user_errors(), _progress_bars() as progress:
        stats = pipeline.reclassify(settings, progress=progress)
    click.echo(
        f"reclassified {stats.updated_articles} articles: "
        f"{stats.mentions} mentions, {stats.statements} statements"
    )


@cli.command("reset-feed")
@click.argument("names", nargs=-1, required=True)
@click.option("--config", type=click.Path(dir_okay=False), help="YAML settings file.")
@click.option("--warehouse", "warehouse_url", help="Warehouse URL [env MONITOR_WAREHOUSE_URL].")
def reset_feed(names: tuple[str, ...], config: str | None, warehouse_url: str | None) -> None:
    """Forget the failures of feeds: a feed declared dead (gone for many runs) is fetched
    again by the next run."""
    from monitor import pipeline

    settings = _settings(config, warehouse_url=warehouse_url)
    with user_errors():
        reset = pipeline.reset_feeds(settings, names)
    for name in names:
        click.echo(f"{name}: {'reset' if name in reset else 'no stored state'}")


@cli.command("demo-web")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=int)
def demo_web(host: str, port: int) -> None:
    """Serve the bundled offline demo web (feeds and article pages) until Ctrl-C."""
    from monitor.demoweb import demo_base_url, demo_feeds_yaml, make_demo_server

    server = make_demo_server(host, port)
    base_url = demo_base_url(server)
    click.echo(f"demo web at {base_url}/ ; its feed list:\n{demo_feeds_yaml(base_url)}")
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    server.server_close()


@cli.command()
@click.option(
    "--warehouse",
    "warehouse_url",
    default="duckdb:///data/demo.duckdb",
    show_default=True,
    help="Warehouse for the demo run.",
)
def demo(warehouse_url: str) -> None:
    """One pass over the bundled offline demo web (no internet needed)."""
    import tempfile

    from monitor import pipeline
    from monitor.demoweb import (
        demo_base_url,
        demo_feeds_yaml,
        make_demo_server,
        serve_forever_in_thread,
    )

    server = make_demo_server()
    serve_forever_in_thread(server)
    base_url = demo_base_url(server)
    try:
        with tempfile.TemporaryDirectory() as folder, user_errors():
            feeds_file = Path(folder) / "feeds.yaml"
            feeds_file.write_text(demo_feeds_yaml(base_url), encoding="utf-8")
            settings = _settings(
                None,
                feeds_path=str(feeds_file),
                warehouse_url=warehouse_url,
                allow_private_networks=True,  # the demo web is on loopback
                per_host_delay=0.05,
            )
            feeds = load_feed_list(feeds_file)
            with _progress_bars(len(feeds)) as progress:
                summary = pipeline.run(settings, feeds, progress=progress)
    finally:
        server.shutdown()
        server.server_close()
    _print_summary(summary)


@cli.group(invoke_without_command=True)
@settings_options
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send nothing.")
@click.option("--retry-failed", is_flag=True, help="Put failed alerts back in the queue first.")
@click.pass_context
def alerts(
    context: click.Context,
    config: str | None,
    feeds_path: str | None,
    warehouse_url: str | None,
    dry_run: bool,
    retry_failed: bool,
) -> None:
    """Deliver the pending alerts now, retrying each whatever its backoff.

    Channels: MONITOR_ALERT_URLS (Apprise URLs) and the file MONITOR_ALERTS
    (see monitor/alerts.example.yaml). `monitor alerts test` checks every channel."""
    settings = _settings(config, feeds_path=feeds_path, warehouse_url=warehouse_url)
    context.obj = settings
    if context.invoked_subcommand is not None:
        return
    from monitor.alerts import deliver_pending

    with user_errors():
        report = deliver_pending(
            settings, ignore_backoff=True, dry_run=dry_run, retry_failed=retry_failed
        )
    for preview in report.previews:
        click.echo(f"--- to {preview.channel} ({preview.alerts} alerts): {preview.message.subject}")
        click.echo(preview.message.text)
    _print_alerts(report)
    if report.errors:
        sys.exit(1)


@alerts.command("test")
@click.pass_obj
def alerts_test(settings: Settings) -> None:
    """Send a test message to every configured alert channel."""
    from monitor.alerts import send_test

    with user_errors():
        outcomes = send_test(settings)
    if not outcomes:
        raise click.ClickException("no alert channel configured: see MONITOR_ALERT_URLS")
    for name, error in outcomes.items():
        click.echo(f"{name}: {'ok' if error is None else 'FAILED: ' + error}")
    if any(error is not None for error in outcomes.values()):
        sys.exit(1)


def _print_alerts(report: Any) -> None:
    from monitor.alerts import summary_lines

    for line in summary_lines(report):
        click.echo(line)


def main() -> None:
    cli()
