"""pytest plugin: fail CI when a number drifts between language versions of a story.

``pytest --claimcheck stories/`` (or the ini option ``claimcheck_paths``) turns every
story folder into a test item that fails on conflicts not accepted in the baseline
(``claimcheck-baseline.json`` in the rootdir).  ``--claimcheck-update-baseline`` accepts
the current conflicts.  The ``claimcheck`` fixture checks texts written in a test.

A story also fails, as ``claimcheck check`` exits 2, when an article cannot be read or
fewer than two can (``--claimcheck-allow-unreadable`` relaxes that to "nothing readable").
Baseline entries of stories that no longer exist are listed; ``--claimcheck-prune-missing``
removes them.

Loaded by every pytest run in an environment where claimcheck is installed, so it
imports nothing heavy at import time: the pipeline and the model load on first use.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

import pytest

from claimcheck.baseline import (
    BASELINE_NAME,
    BaselineError,
    StoryVerdict,
    describe_entry,
    judge,
    load_baseline,
    merge_baseline,
    missing_stories,
    story_dirs,
    write_baseline,
)
from claimcheck.report import describe_quantity, format_value, plural

if TYPE_CHECKING:
    from claimcheck.records import Claim, Conflict, Report

SENTENCE_WIDTH = 160  # characters of a sentence shown around a claim


# --- readable conflicts (item failures and the fixture's assertion message) --------------


def format_quantity(claim: Claim) -> str:
    return describe_quantity(claim.quantity)


def sentence_excerpt(claim: Claim, width: int = SENTENCE_WIDTH) -> str:
    """The claim's sentence on one line, cut to ``width`` characters around the claim."""
    sentence = " ".join((claim.sentence or claim.text).split())
    if len(sentence) <= width:
        return sentence
    at = max(sentence.find(" ".join(claim.text.split())), 0)
    start = max(0, min(at - width // 3, len(sentence) - width))
    excerpt = sentence[start : start + width]
    return ("…" if start else "") + excerpt + ("…" if start + width < len(sentence) else "")


def format_conflict(conflict: Conflict, report: Report, number: int | None = None) -> str:
    claims = [report.claim(c) for c in conflict.claims]
    label = f"{number}. " if number is not None else ""
    articles = " vs ".join(c.article for c in claims)
    kind = claims[0].kind if claims else "?"
    lines = [f"{label}{conflict.type} conflict, severity {conflict.severity}: {articles} ({kind}, fact {conflict.fact})"]
    pad = max((len(c.article) for c in claims), default=2)
    for c in claims:
        lang = f" [{c.lang}]" if c.lang and c.lang != c.article else ""
        lines.append(f"   {c.article:<{pad}}{lang}  \"{c.text}\" = {format_quantity(c)}")
        lines.append(f"   {'':<{pad}}{' ' * len(lang)}  in: {sentence_excerpt(c)}")
    if conflict.explanation:
        lines.append(f"   why: {conflict.explanation}")
    if conflict.likely_value is not None:
        likely = format_value(conflict.likely_value, conflict.likely_unit)
        outlier = f"; {conflict.outlier} is the odd one out" if conflict.outlier else ""
        lines.append(f"   most articles say: {likely}{outlier}")
    return "\n".join(lines)


def format_conflicts(conflicts: Sequence[Conflict], report: Report) -> str:
    return "\n\n".join(format_conflict(c, report, i) for i, c in enumerate(conflicts, 1))


def format_wrong_figures(conflicts: Sequence[Conflict], report: Report) -> str:
    """One line per wrong figure behind several of ``conflicts`` (a figure one article got wrong
    against three others is three pairs), before the pairs themselves; empty when each pair stands alone."""
    from claimcheck.report import findings_of

    index = {id(c): i for i, c in enumerate(report.conflicts)}
    wanted = {index[id(c)] for c in conflicts if id(c) in index}
    grouped = [f for f in findings_of(report) if len(f.conflicts) > 1 and wanted & set(f.conflicts)]
    if not grouped:
        return ""
    lines = [f"{plural(len(grouped), 'wrong figure')}:"]
    lines += [f"   {f.outlier} vs {', '.join(f.against)}: {f.explanation.split('. ')[0]}." for f in grouped]
    return "\n".join(lines) + "\n\n"


def format_article_errors(report: Report) -> str:
    """One line per unreadable article: its file or URL (a text given in memory: its id) and why."""
    return "\n".join(f"   {a.id if a.source == '<text>' else a.source}: {a.error}" for a in report.errors)


# --- session state: options, the lazily loaded encoder, results per story ----------------


class ClaimcheckFailure(Exception):
    """An item failure whose message is the whole report (no traceback is shown)."""


class ClaimcheckState:
    """One per pytest session: options, the encoder (loaded once, on first use), verdicts."""

    def __init__(self, config: pytest.Config):
        self.config = config
        self.model: str | None = config.getoption("claimcheck_model") or config.getini("claimcheck_model") or None
        self.update: bool = bool(config.getoption("claimcheck_update_baseline"))
        self.prune_missing: bool = bool(config.getoption("claimcheck_prune_missing"))
        self.allow_unreadable: bool = bool(config.getoption("claimcheck_allow_unreadable"))
        self.stories: set[str] = set()  # every story collected, run or deselected
        given = config.getoption("claimcheck_baseline")
        if given:
            self.baseline_path = Path(config.invocation_params.dir, given).resolve()
        else:
            self.baseline_path = config.rootpath / BASELINE_NAME
        # --claimcheck replaces the ini list rather than adding to it, as command lines usually do
        cli_paths = [Path(config.invocation_params.dir, p).resolve() for p in config.getoption("claimcheck_paths") or []]
        ini_paths = [(config.rootpath / p).resolve() for p in config.getini("claimcheck_paths") or []]
        self.paths: list[Path] = cli_paths or ini_paths
        self._encoder: Any = None
        self._encoder_error: str | None = None
        self._baseline: list[dict[str, Any]] | None = None
        self.verdicts: dict[str, StoryVerdict] = {}

    @property
    def baseline(self) -> list[dict[str, Any]]:
        if self._baseline is None:
            try:
                self._baseline = load_baseline(self.baseline_path)
            except BaselineError as e:
                raise pytest.UsageError(str(e)) from None
        return self._baseline

    def encoder(self) -> Any:
        """The encoder every check of this session shares; loading is tried once, its failure fails each story."""
        if self._encoder is None and self._encoder_error is None:
            from claimcheck.embed import load_encoder

            try:
                self._encoder = load_encoder(self.model)
            except Exception as e:  # a missing or unknown model: say which, not a traceback
                self._encoder_error = f"cannot load the claimcheck model {self.model or '(default)'!r}: {e}"
        if self._encoder_error:
            raise ClaimcheckFailure(self._encoder_error)
        return self._encoder

    def display_path(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.config.rootpath.resolve()))
        except ValueError:
            return str(path)

    # hooks -------------------------------------------------------------------------------

    def pytest_report_header(self) -> list[str]:
        if not self.paths:
            return []
        stories = ", ".join(self.display_path(p) for p in self.paths)
        return [
            f"claimcheck: stories in {stories}; model {self.model or '(default)'}; "
            f"baseline {self.display_path(self.baseline_path)}{' (updating)' if self.update else ''}"
        ]

    @pytest.hookimpl(tryfirst=True)  # before -k/-m deselection sees the items
    def pytest_collection_modifyitems(self, session: pytest.Session, items: list[pytest.Item]) -> None:
        if not self.paths:
            return
        self.baseline  # a broken baseline file stops the run before anything is checked
        seen: dict[str, Path] = {}
        for path in self.paths:
            # outside the rootdir pytest has no relative id for the folder: name it by its path
            inside = path.is_relative_to(self.config.rootpath.resolve())
            collector = ClaimcheckStories.from_parent(session, path=path, **({} if inside else {"nodeid": str(path)}))
            report = collector.ihook.pytest_make_collect_report(collector=collector)
            collector.ihook.pytest_collectreport(report=report)
            for item in report.result or []:
                if not isinstance(item, ClaimcheckItem):
                    continue
                if item.name in seen:
                    if seen[item.name] == item.path:
                        continue  # the same folder reached through two paths
                    raise pytest.UsageError(
                        f"two stories are named {item.name!r}: {seen[item.name]} and {item.path}; "
                        "story folder names must be unique (the baseline is keyed by them)"
                    )
                seen[item.name] = item.path
                items.append(item)
        self.stories = set(seen)

    def missing(self) -> dict[str, int]:
        """Baseline stories not among the collected ones (renamed or deleted), with entry counts."""
        return missing_stories(self.baseline, self.stories) if self.stories else {}

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if hasattr(self.config, "workerinput"):
            return
        prune = self.prune_missing and bool(self.missing())
        if not ((self.update and self.verdicts) or prune):
            return
        checked = {story: v.entries for story, v in self.verdicts.items()} if self.update else {}
        keep = self.stories if self.prune_missing else None
        model = getattr(self._encoder, "name", None) or self._written_model()
        write_baseline(self.baseline_path, merge_baseline(self.baseline, checked, keep_stories=keep), model=model)

    def _written_model(self) -> str | None:
        """The model the file already records (kept when this session loaded none)."""
        try:
            import json

            return json.loads(self.baseline_path.read_text(encoding="utf-8")).get("model")
        except (OSError, ValueError, AttributeError):
            return None

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        missing = self.missing()
        if missing:
            tr = terminalreporter
            tr.section("claimcheck")
            verb = "pruned" if self.prune_missing else "kept; --claimcheck-prune-missing removes them"
            tr.write_line(
                f"baseline entries of stories no longer found ({verb}): "
                + ", ".join(f"{story} ({n})" for story, n in missing.items())
            )
        if not self.verdicts:
            return
        tr = terminalreporter
        name = self.display_path(self.baseline_path)
        new = sum(len(v.new) for v in self.verdicts.values())
        accepted = sum(len(v.accepted) for v in self.verdicts.values())
        stale = [e for v in self.verdicts.values() for e in v.stale]
        if not missing:
            tr.section("claimcheck")
        if self.update:
            total = sum(len(v.entries) for v in self.verdicts.values())
            tr.write_line(
                f"baseline {name} updated: {plural(total, 'accepted conflict')} in "
                f"{plural(len(self.verdicts), 'story', 'stories')}; {new} added, "
                f"{plural(len(stale), 'stale entry', 'stale entries')} pruned"
            )
        else:
            tr.write_line(
                f"{plural(len(self.verdicts), 'story', 'stories')} checked: {plural(new, 'new conflict')}, "
                f"{accepted} accepted in {name}, {plural(len(stale), 'stale baseline entry', 'stale baseline entries')}"
            )
        if stale and not self.update:
            tr.write_line(f"stale baseline entries (accepted conflicts no longer found) in {name}:")
            for entry in stale:
                tr.write_line("  " + describe_entry(entry))
            tr.write_line("run pytest --claimcheck-update-baseline to prune them")


# --- collection --------------------------------------------------------------------------


class ClaimcheckStories(pytest.Directory):
    """One ``--claimcheck PATH``: its story folders (or itself, when it holds articles)."""

    def collect(self) -> Iterator[ClaimcheckItem]:
        try:
            folders = story_dirs(self.path)
        except BaselineError as e:
            raise self.CollectError(str(e)) from None
        if not folders:
            raise self.CollectError(f"{self.path}: no story folders (folders of article files) found")
        for folder in folders:
            yield ClaimcheckItem.from_parent(self, name=folder.name, path=folder)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException]) -> str:
        if isinstance(excinfo.value, self.CollectError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))


class ClaimcheckItem(pytest.Item):
    """One story: passes when every conflict it has is accepted in the baseline."""

    @property
    def state(self) -> ClaimcheckState:
        return self.config.stash[STATE_KEY]

    def runtest(self) -> None:
        from claimcheck.api import check, unchecked_reason
        from claimcheck.errors import NothingReadable

        state = self.state
        try:
            report = check([self.path], encoder=state.encoder(), story=self.name)
        except NothingReadable as exc:
            report = exc.report
        reason = unchecked_reason(report, allow_unreadable=state.allow_unreadable)
        if reason:
            errors = format_article_errors(report)
            raise ClaimcheckFailure(
                f"claimcheck: {reason.replace('--allow-unreadable', '--claimcheck-allow-unreadable')}"
                + (f"; these articles could not be read:\n{errors}" if errors else "")
            )
        verdict = judge(report, state.baseline)
        state.verdicts[self.name] = verdict
        if verdict.new and not state.update:
            baseline = state.display_path(state.baseline_path)
            raise ClaimcheckFailure(
                f"claimcheck: story {self.name!r} has {plural(len(verdict.new), 'new conflict')} "
                f"(not in the baseline {baseline}"
                + (f"; {len(verdict.accepted)} accepted there" if verdict.accepted else "")
                + ")\n\n"
                + format_wrong_figures(verdict.new, report)
                + format_conflicts(verdict.new, report)
                + "\n\nonce reviewed, accept them with: pytest --claimcheck-update-baseline"
            )

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style=None) -> str:
        if isinstance(excinfo.value, ClaimcheckFailure):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style=style))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"claimcheck story {self.name}"


# --- the fixture -------------------------------------------------------------------------


class Claimcheck:
    """What the ``claimcheck`` fixture gives a test: check texts, assert they agree."""

    def __init__(self, state: ClaimcheckState):
        self._state = state

    @property
    def model(self) -> str | None:
        return self._state.model

    def check(self, texts: dict[str, str], langs: dict[str, str] | None = None, story: str = "") -> Report:
        """Check articles given as ``{article id: text}``; ``langs`` overrides language detection."""
        from claimcheck.api import check_texts
        from claimcheck.errors import NothingReadable

        try:
            encoder = self._state.encoder()
        except ClaimcheckFailure as e:
            pytest.fail(str(e), pytrace=False)
        try:
            return check_texts(texts, langs=langs, encoder=encoder, story=story)
        except NothingReadable as e:
            pytest.fail(f"claimcheck: {e}", pytrace=False)

    def assert_consistent(self, texts: dict[str, str], langs: dict[str, str] | None = None) -> Report:
        """Fail the test, listing each conflict readably, when the texts disagree on a number."""
        __tracebackhide__ = True
        from claimcheck.api import unchecked_reason

        report = self.check(texts, langs=langs)
        reason = unchecked_reason(report, allow_unreadable=self._state.allow_unreadable)
        if reason:  # an unread text is no agreement
            errors = format_article_errors(report)
            raise AssertionError(
                f"claimcheck: {reason.replace('--allow-unreadable', '--claimcheck-allow-unreadable')}"
                + (f"; these texts could not be read:\n{errors}" if errors else "")
            )
        if report.conflicts:
            raise AssertionError(
                f"{plural(len(report.conflicts), 'conflict')} between {', '.join(texts)}:\n\n"
                + format_conflicts(report.conflicts, report)
            )
        return report


@pytest.fixture
def claimcheck(request: pytest.FixtureRequest) -> Claimcheck:
    """Check texts written in the test: ``claimcheck.assert_consistent({"es": ..., "fr": ...})``."""
    return Claimcheck(request.config.stash[STATE_KEY])


# --- registration ------------------------------------------------------------------------

STATE_KEY = pytest.StashKey[ClaimcheckState]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimcheck", "claimcheck: numbers that drift between language versions")
    group.addoption(
        "--claimcheck", action="append", default=[], metavar="PATH", dest="claimcheck_paths",
        help="check every story folder under PATH (repeatable); each story is one test item",
    )
    group.addoption(
        "--claimcheck-model", dest="claimcheck_model", metavar="NAME",
        help="embedding model for matching claims (overrides the ini option claimcheck_model)",
    )
    group.addoption(
        "--claimcheck-baseline", dest="claimcheck_baseline", metavar="FILE",
        help=f"file of accepted conflicts (default: {BASELINE_NAME} in the rootdir)",
    )
    group.addoption(
        "--claimcheck-update-baseline", action="store_true", dest="claimcheck_update_baseline",
        help="accept the current conflicts of the stories that run, prune stale entries, pass",
    )
    group.addoption(
        "--claimcheck-prune-missing", action="store_true", dest="claimcheck_prune_missing",
        help="remove baseline entries of stories that no longer exist under the claimcheck paths",
    )
    group.addoption(
        "--claimcheck-allow-unreadable", action="store_true", dest="claimcheck_allow_unreadable",
        help="a story with unreadable articles (or only one readable) passes if the rest is consistent",
    )
    parser.addini("claimcheck_paths", "story folders to check, relative to the rootdir", type="linelist", default=[])
    parser.addini("claimcheck_model", "embedding model for claimcheck (a name, a path, or 'fake')", default="")


def pytest_configure(config: pytest.Config) -> None:
    state = ClaimcheckState(config)
    for flag, given in (("--claimcheck-update-baseline", state.update), ("--claimcheck-prune-missing", state.prune_missing)):
        if given and not state.paths:
            raise pytest.UsageError(
                f"{flag} needs stories to check: --claimcheck PATH or the ini option claimcheck_paths"
            )
    config.stash[STATE_KEY] = state
    config.pluginmanager.register(state, "claimcheck-state")


def pytest_unconfigure(config: pytest.Config) -> None:
    state = config.stash.get(STATE_KEY, None)
    if state is not None and config.pluginmanager.is_registered(state):
        config.pluginmanager.unregister(state)
