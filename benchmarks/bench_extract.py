"""Throughput of claim extraction on a large mixed-language input.

    python benchmarks/bench_extract.py [--articles 400] [--sentences 40] [--digit-free 0.5] [--profile 10]

Builds synthetic articles in every language with a table (numeric sentences with
varied figures, plus digit-free prose), runs ``extract_claims`` on each (sentence
splitting included) and prints sentences/s, claims/s and peak memory; ``--profile N`` then prints the N
functions of most own time over the same workload (``cProfile``, slower: the figures above are without it).
"""
from __future__ import annotations

import argparse
import random
import resource
import time
import tracemalloc

from claimcheck.extract import extract_claims
from claimcheck.records import Article

NUMERIC = {
    "en": ["The port lost ${a}.{b}bn after {c} ships waited for {d} days.", "More than {c},{e:03d} workers joined, up {a}.{b}% on {month} {day}.",
           "Winds of {c} mph hit {d} towns; up to {a}{b}0mm of rain fell."],
    "es": ["Las pérdidas ascienden a {c}.{e:03d} millones de euros y unos {d} barcos esperan.",
           "El paro comenzó el lunes {day} de marzo con {c} estibadores y una subida del {a},{b}%."],
    "fr": ["Le projet coûtera {a},{b} milliards d'euros et près de {c} {e:03d} conteneurs attendent.",
           "La grève a duré {d} jours, soit {c} heures, selon {c} sur {e} salariés."],
    "de": ["Der Bund plant {c} Milliarden Euro, {a},{b} Prozent mehr; rund {c}.{e:03d} Stellen fallen weg.",
           "Am Dienstag, {day}. März, warteten {d} Schiffe auf {c} Hektar."],
    "zh": ["公司宣布投资{c}亿美元，约{d}万人受益，占比{a}.{b}%。", "飓风于9月{day}日登陆，造成至少{d}人死亡，{c}万户停电。"],
    "pt": ["O governo investiu R$ {a},{b} bilhões e mais de {c}.{e:03d} trabalhadores aderiram."],
    "it": ["L'investimento è di {a},{b} miliardi di euro con oltre {c}.{e:03d} posti di lavoro."],
    "ja": ["投資額は{c}億円で、約{d}00人が参加した。"],
    "ru": ["Инвестиции составят {a},{b} млрд евро, более {c} {e:03d} рабочих мест."],
}
PROSE = {
    "en": ["The board met again without reaching an agreement on the future of the company.",
           "Union leaders said talks would resume once both sides had consulted their members."],
    "es": ["La dirección del puerto volvió a reunirse sin llegar a un acuerdo sobre el futuro.",
           "Los sindicatos anunciaron que las conversaciones continuarán la próxima semana."],
    "fr": ["La direction s'est de nouveau réunie sans parvenir à un accord sur l'avenir du site.",
           "Les syndicats ont annoncé que les discussions reprendraient rapidement."],
    "de": ["Der Vorstand traf sich erneut, ohne sich auf die Zukunft des Unternehmens zu einigen.",
           "Die Gewerkschaft kündigte an, die Gespräche bald wieder aufzunehmen."],
    "zh": ["董事会再次开会，但未能就公司的未来达成协议。", "工会领导人表示，双方协商后将恢复谈判。"],
    "pt": ["A direção voltou a reunir-se sem chegar a acordo sobre o futuro da empresa."],
    "it": ["Il consiglio si è riunito di nuovo senza raggiungere un accordo sul futuro dell'azienda."],
    "ja": ["取締役会は再び開かれたが、会社の将来について合意に至らなかった。"],
    "ru": ["Совет директоров снова собрался, но так и не договорился о будущем компании."],
}
MONTHS = ["March", "April", "May", "June"]


def build(n_articles: int, n_sentences: int, digit_free: float, seed: int = 7) -> list[Article]:
    rnd = random.Random(seed)
    langs = sorted(NUMERIC)
    articles = []
    for i in range(n_articles):
        lang = langs[i % len(langs)]
        sents = []
        for _ in range(n_sentences):
            if rnd.random() < digit_free:
                sents.append(rnd.choice(PROSE[lang]))
            else:
                sents.append(rnd.choice(NUMERIC[lang]).format(
                    a=rnd.randint(1, 9), b=rnd.randint(0, 9), c=rnd.randint(10, 999), d=rnd.randint(2, 60),
                    e=rnd.randint(0, 999), day=rnd.randint(1, 28), month=rnd.choice(MONTHS)))
        joiner = "" if lang in ("zh", "ja") else " "
        paragraphs = [joiner.join(sents[k:k + 4]) for k in range(0, len(sents), 4)]
        articles.append(Article(id=f"{lang}{i}", source="<bench>", text="\n\n".join(paragraphs), lang=lang))
    return articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=360)
    ap.add_argument("--sentences", type=int, default=40)
    ap.add_argument("--digit-free", type=float, default=0.5, help="share of sentences without any number")
    ap.add_argument("--tracemalloc", action="store_true", help="also report Python heap peak (slower)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="then profile the workload: the top N functions")
    args = ap.parse_args()
    articles = build(args.articles, args.sentences, args.digit_free)
    n_sent = args.articles * args.sentences
    extract_claims(articles[0])  # compile the language tables outside the timing
    for a in articles[:9]:
        extract_claims(a)
    if args.tracemalloc:
        tracemalloc.start()
    t0 = time.perf_counter()
    n_claims = sum(len(extract_claims(a)) for a in articles)
    dt = time.perf_counter() - t0
    heap = tracemalloc.get_traced_memory()[1] / 2**20 if args.tracemalloc else None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {args.articles}  sentences {n_sent}  claims {n_claims}  seconds {dt:.2f}")
    print(f"sentences/s {n_sent / dt:,.0f}  claims/s {n_claims / dt:,.0f}  peak RSS {rss:.0f} MiB"
          + (f"  heap peak {heap:.1f} MiB" if heap is not None else ""))
    prose = [a for a in build(60, args.sentences, 1.0, seed=3)]
    t0 = time.perf_counter()
    for a in prose:
        extract_claims(a)
    dt = time.perf_counter() - t0
    print(f"digit-free only: sentences/s {60 * args.sentences / dt:,.0f}")
    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for a in articles:
            extract_claims(a)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
