"""The gold-annotated dev stories (``../shared/eval/dev``) as cross-validation folds for the matcher.

``train_matcher.py --dev`` adds the dev stories' candidate pairs (labelled by the gold
facts) to the NTREX training rows and scores each dev story end to end with a matcher
fitted *without* that story (leave one story out), so the dev figures it prints are
out-of-fold. Reads ../shared; never shipped with the package.
"""
from __future__ import annotations

import importlib.util
import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np


def dev_dir() -> Path:
    return Path(os.environ.get("DEV_DIR", Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"))


def _scorer():
    path = dev_dir().parent / "score.py"
    spec = importlib.util.spec_from_file_location("claimcheck_dev_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@dataclass
class DevStory:
    name: str
    folder: Path
    articles: list
    claims: list
    fact_of: dict  # claim id -> gold fact id (mapped claims only)


def load_stories(root: Path | None = None) -> list[DevStory]:
    from claimcheck.api import extract

    scorer = _scorer()
    out = []
    for folder in sorted(p.parent for p in Path(root or dev_dir()).glob("*/gold.json")):
        report = extract([folder])
        _, mentions, _ = scorer.load_gold(folder)
        mapping = scorer.map_claims(report.to_dict(), mentions)
        fact_of = {cid: mentions[key]["fact"] for cid, key in mapping.items()}
        out.append(DevStory(folder.name, folder, report.articles, report.claims, fact_of))
    return out


def story_block(story: DevStory, encoder, calibration):
    """Features, candidate pairs, each claim's article and gold labels (-1: a claim the gold does not map)."""
    from claimcheck.features import build_context, feature_matrix

    ctx = build_context(story.claims, story.articles, encoder, calibration)
    X = feature_matrix(ctx)
    y = np.full(len(X), -1)
    for k, (i, j) in enumerate(ctx.pairs):
        a, b = story.claims[int(i)].id, story.claims[int(j)].id
        if a in story.fact_of and b in story.fact_of:
            y[k] = int(story.fact_of[a] == story.fact_of[b])
    return X, ctx.pairs, [c.article for c in story.claims], y


def score_story(story: DevStory, encoder, matcher) -> dict:
    """Match and compare one dev story with ``matcher`` and score it like ``score.py``."""
    from claimcheck.compare import compare_facts
    from claimcheck.group import match_story
    from claimcheck.records import Report

    matching = match_story(story.claims, story.articles, encoder, matcher)
    report = Report(articles=story.articles, claims=story.claims, facts=matching.facts)
    report.conflicts, report.consistencies = compare_facts(report.facts, report.claims)
    return _scorer().score_cluster(story.folder, json.loads(json.dumps(report.to_dict(), default=str)))


def summary(results: dict) -> dict:
    return _scorer().total(results)
