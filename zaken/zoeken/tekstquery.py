"""Free-text queries that stay fast at a million zaken.

Every query word is looked up in the vocabulary (`Zoekwoord`, a few hundred thousand distinct
words at most): a word that exists is used as typed; a word that does not (a typo, a missing
accent) is replaced by its closest vocabulary words by trigram similarity. The resulting
tsquery then runs on the GIN full-text index of the zaken, ranked with ts_rank_cd (weights:
zaaknummer A, omschrijving B, address/names C).
"""

from django.db import connection

# Tussenvoegsels and other short words are stopwords in PostgreSQL's Dutch configuration; they
# are never "corrected" into something else.
_NIET_CORRIGEREN = {"van", "der", "den", "de", "het", "ter", "ten", "in", "op", "en", "aan", "bij", "tot", "voor"}
WOORDGELIJKENIS = 0.4
ALTERNATIEVEN = 3


def _vergelijkbare_woorden(woorden: list[str]) -> dict[str, list[str]]:
    """Per word: [word] if it is in the vocabulary, else its closest vocabulary words."""
    if not woorden:
        return {}
    with connection.cursor() as cursor:
        # Most words are spelled right: one primary-key lookup settles those.
        cursor.execute("SELECT woord FROM zoeken_zoekwoord WHERE woord = ANY(%s::text[])", [woorden])
        bekend = {rij[0] for rij in cursor.fetchall()}
        onbekend = [w for w in woorden if w not in bekend]
        gevonden: dict[str, list[str]] = {w: [w] for w in bekend} | {w: [] for w in onbekend}
        if not onbekend:
            return gevonden
        for woord in onbekend:
            # One statement per unknown word, with the word as a constant, so that the GIN
            # trigram index answers `%` (a LATERAL join over the words makes it a seq scan).
            cursor.execute(
                """SELECT woord FROM zoeken_zoekwoord WHERE woord %% %s AND similarity(woord, %s) >= %s
                   ORDER BY similarity(woord, %s) DESC, woord LIMIT %s""",
                [woord, woord, WOORDGELIJKENIS, woord, ALTERNATIEVEN],
            )
            gevonden[woord] = [rij[0] for rij in cursor.fetchall()]
    return gevonden


def tsquery_tekst(term: str) -> str:
    """A raw to_tsquery string for the normalised `term`, typos corrected; '' if nothing can
    match. Words contain only [0-9a-z] after normalisation, so they are safe in the syntax."""
    woorden = [w for w in term.split() if w]
    te_controleren = [w for w in woorden if len(w) >= 3 and w.isalpha() and w not in _NIET_CORRIGEREN]
    soortgelijk = _vergelijkbare_woorden(sorted(set(te_controleren)))
    delen = []
    for woord in woorden:
        if woord not in soortgelijk:
            delen.append(woord)
            continue
        kandidaten = soortgelijk[woord]
        if woord in kandidaten:
            delen.append(woord)
        elif kandidaten:
            delen.append("(" + " | ".join(kandidaten) + ")")
        else:
            return ""  # a word nothing resembles: no zaak can match all words
    return " & ".join(delen)
