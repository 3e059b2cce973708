"""Matching: which claims of a story state one fact. The stages live in their own modules:

- ``claimcheck.align``: sentences across articles, figures inside aligned sentences;
- ``claimcheck.features``: value-blind evidence per candidate pair (context only);
- ``claimcheck.model``: the same-fact logistic regression and its per-encoder calibration;
- ``claimcheck.group``: facts from the links.

This module keeps the names other code imports.
"""
from __future__ import annotations

from claimcheck.features import FEATURES, StoryContext, build_context, compatible_kinds, entities, feature_matrix, \
    scope_classes  # noqa: F401
from claimcheck.group import Matching, match_claims, match_story, score_pairs  # noqa: F401
from claimcheck.model import MATCHER_FILE, Matcher, fallback_matcher, load_matcher  # noqa: F401
