"""Alert channels: their configuration (YAML file, environment) and sending through Apprise."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

from monitor.alert_messages import Message
from monitor.settings import PACKAGE_DIR, Settings

if TYPE_CHECKING:
    import apprise

LOGGER = logging.getLogger(__name__)

DEFAULT_MAX_PER_RUN = 20
SEND_TIMEOUT = 60.0  # seconds one channel may take for one message
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_CHANNEL_KEYS = {"name", "url", "mode", "max_per_run", "filters"}
_FILTER_KEYS = {
    "topics",
    "languages",
    "min_score",
    "feeds",
    "include_primary_articles",
    "require_speaker",
}


class AlertConfigError(ValueError):
    """Bad alert configuration: one line naming the file or channel and the problem."""


class Mode(StrEnum):
    INSTANT = "instant"  # one message per alert
    DIGEST = "digest"  # one message per delivery, grouped by topic


@dataclass(frozen=True)
class Filters:
    topics: frozenset[str] | None = None  # None: every watched topic
    languages: frozenset[str] | None = None
    min_score: float = 0.0  # salience of the topic in the article (mentions.score)
    feeds: frozenset[str] | None = None
    include_primary_articles: bool = False  # also alert new articles whose primary topic matches
    require_speaker: bool = True  # a statement is a quotation with its speaker

    def topic_ok(self, topic: str, score: float) -> bool:
        return (self.topics is None or topic in self.topics) and score >= self.min_score

    def article_ok(self, language: str | None, feed: str) -> bool:
        if self.languages is not None and (language or "") not in self.languages:
            return False
        return self.feeds is None or feed in self.feeds


@dataclass(frozen=True)
class Channel:
    name: str
    url: str = field(repr=False)  # may hold secrets: never logged
    mode: Mode = Mode.INSTANT
    max_per_run: int = DEFAULT_MAX_PER_RUN
    filters: Filters = Filters()

    @property
    def kind(self) -> str:
        """The message format the channel takes: html (email), slack (mrkdwn) or text."""
        return channel_kind(self.url)


def load_channels(settings: Settings, environ: Mapping[str, str] | None = None) -> list[Channel]:
    """The channels of the YAML file (MONITOR_ALERTS), then one per MONITOR_ALERT_URLS entry."""
    env = os.environ if environ is None else environ
    channels: list[Channel] = []
    if settings.alerts_path is not None:
        channels += read_config(settings.alerts_path, env)
    for url in settings.alert_urls:
        scheme = url.split(":", 1)[0].lower()
        name = f"env-{scheme}-{hashlib.sha256(url.encode()).hexdigest()[:8]}"
        channels.append(_checked(Channel(name=name, url=url), "MONITOR_ALERT_URLS"))
    names = [c.name for c in channels]
    for name in names:
        if names.count(name) > 1:
            raise AlertConfigError(f"alert channel {name!r} is configured twice")
    known = watched_topics(settings.topics_path)
    for channel in channels:
        unknown = sorted((channel.filters.topics or frozenset()) - known) if known else []
        if unknown:
            raise AlertConfigError(
                f"alert channel {channel.name!r}: unknown topic(s) {', '.join(unknown)} "
                f"(watched: {', '.join(sorted(known))})"
            )
    return channels


def watched_topics(topics_path: Path | None) -> frozenset[str]:
    """Topic keys of the lexicon; empty when it cannot be read (the classifier reports that)."""
    path = topics_path or PACKAGE_DIR / "topics.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return frozenset(str(key) for key in data["topics"])
    except (OSError, yaml.YAMLError, TypeError, KeyError):
        return frozenset()


def read_config(path: Path, environ: Mapping[str, str]) -> list[Channel]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise AlertConfigError(f"cannot read alert config {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        problem = " ".join(str(exc).split())
        raise AlertConfigError(f"alert config {path} is not valid YAML: {problem}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("channels"), list):
        raise AlertConfigError(f"alert config {path} must hold a list under 'channels'")
    return [_parse_channel(raw, path, n, environ) for n, raw in enumerate(data["channels"], 1)]


def _parse_channel(raw: Any, path: Path, number: int, environ: Mapping[str, str]) -> Channel:
    where = f"alert config {path}: channel {number}"
    if not isinstance(raw, dict):
        raise AlertConfigError(f"{where} must be a mapping")
    if isinstance(raw.get("name"), str) and raw["name"].strip():
        where = f"alert config {path}: channel {raw['name'].strip()!r}"
    else:
        raise AlertConfigError(f"{where} needs a name")
    unknown = sorted(set(raw) - _CHANNEL_KEYS)
    if unknown:
        raise AlertConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")
    if not isinstance(raw.get("url"), str) or not raw["url"].strip():
        raise AlertConfigError(f"{where} needs a url (an Apprise URL)")
    url = _ENV_REF.sub(lambda m: _env_value(m.group(1), environ, where), raw["url"].strip())
    try:
        mode = Mode(str(raw.get("mode", Mode.INSTANT)).lower())
    except ValueError:
        raise AlertConfigError(f"{where}: mode must be instant or digest") from None
    max_per_run = raw.get("max_per_run", DEFAULT_MAX_PER_RUN)
    if isinstance(max_per_run, bool) or not isinstance(max_per_run, int) or max_per_run < 1:
        raise AlertConfigError(f"{where}: max_per_run must be a whole number of at least 1")
    filters = _parse_filters(raw.get("filters") or {}, where)
    channel = Channel(raw["name"].strip(), url, mode, max_per_run, filters)
    return _checked(channel, where)


def _parse_filters(raw: Any, where: str) -> Filters:
    if not isinstance(raw, dict):
        raise AlertConfigError(f"{where}: filters must be a mapping")
    unknown = sorted(set(raw) - _FILTER_KEYS)
    if unknown:
        raise AlertConfigError(f"{where}: unknown filter(s) {', '.join(unknown)}")

    def names(key: str) -> frozenset[str] | None:
        value = raw.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise AlertConfigError(f"{where}: filter {key} must be a list of names")
        return frozenset(v if key == "feeds" else v.lower() for v in value)

    score = raw.get("min_score", 0.0)
    if isinstance(score, bool) or not isinstance(score, int | float) or score < 0:
        raise AlertConfigError(f"{where}: min_score must be a number of at least 0")
    flags = {}
    for key, default in (("include_primary_articles", False), ("require_speaker", True)):
        flags[key] = raw.get(key, default)
        if not isinstance(flags[key], bool):
            raise AlertConfigError(f"{where}: {key} must be true or false")
    return Filters(names("topics"), names("languages"), float(score), names("feeds"), **flags)


def _env_value(name: str, environ: Mapping[str, str], where: str) -> str:
    if not environ.get(name):
        raise AlertConfigError(f"{where}: environment variable {name} is not set")
    return environ[name]


def _checked(channel: Channel, where: str) -> Channel:
    if _plugin(channel.url) is None:
        scheme = channel.url.split("://", 1)[0] if "://" in channel.url else "?"
        raise AlertConfigError(f"{where}: not a valid Apprise URL (scheme {scheme!r})")
    return channel


class Notifier:
    """One channel's Apprise object: one URL, so its outcome is that channel's alone."""

    def __init__(self, url: str) -> None:
        import apprise

        asset = apprise.AppriseAsset(
            storage_mode=apprise.PersistentStoreMode.MEMORY, service_timeout=SEND_TIMEOUT
        )
        asset.app_id = "News monitor"
        asset.app_desc = "News monitor alerts"
        self._apprise = apprise.Apprise(asset=asset)
        self.kind = channel_kind(url)
        self._valid = self._apprise.add(_apprise_url(url, self.kind))

    def send(self, message: Message) -> str | None:
        """None when the channel accepted the message, else the reason it did not."""
        if not self._valid:
            return "not a valid Apprise URL"
        body, body_format = {
            "html": (message.html, "html"),
            # Slack: our own mrkdwn, escaped already; None makes Apprise pass it through as is
            "slack": (message.mrkdwn, None),
        }.get(self.kind, (message.text, "text"))
        try:
            with self._apprise.notify(
                body=body, title=message.subject, body_format=body_format
            ) as result:
                if result:
                    return None
                logs = [e.message for e in result.logs() if e.level in {"WARNING", "ERROR"}]
                return " ".join(" ".join(logs).split())[:1000] or f"status {result.status.name}"
        except Exception as exc:  # a plugin bug must not stop the other channels
            return f"{type(exc).__name__}: {exc}"


def _plugin(url: str) -> apprise.NotifyBase | None:
    import apprise

    try:
        plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    except Exception:  # any parse failure means "not a valid URL"
        return None
    return plugin if plugin else None


def channel_kind(url: str) -> str:
    from apprise.plugins.email import NotifyEmail
    from apprise.plugins.slack import NotifySlack

    plugin = _plugin(url)
    if isinstance(plugin, NotifyEmail):
        return "html"
    if isinstance(plugin, NotifySlack):
        return "slack"
    return "text"


def _apprise_url(url: str, kind: str) -> str:
    """Slack gets Block Kit mode: the only one where Apprise sends our mrkdwn unaltered (its
    legacy mode escapes &, < and > a second time)."""
    if kind != "slack":
        return url
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "blocks"]
    return urlunsplit(parts._replace(query=urlencode([*query, ("blocks", "yes")])))
