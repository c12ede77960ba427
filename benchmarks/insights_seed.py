"""Fill a Følgesvenn home with a year of realistic activity for Innsikt (benchmarks, screenshots).

    python benchmarks/insights_seed.py --home /tmp/innsikt-home [--end 2026-10-31] [--seed 7]

Writes 50,000 searches, 2,000 tickets (saker), 5,000 coaching sessions, ~3,000 feedback
answers, imports ~700 deviations from a generated quality-system CSV (with a few bad rows, as
real exports have) and registers a few change proposals. Deterministic for a given seed.
Names are invented; nothing resembles a real person or patient.
"""

from __future__ import annotations

import argparse
import math
import random
import sqlite3
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SEARCHES, TICKETS, COACHING, FEEDBACK = 50_000, 2_000, 5_000, 3_000
FMT = "%Y-%m-%d %H:%M:%S.%f"

# Queries that find something: (typed text, article id).
FOUND = [
    ("rover logger ut", "rover-logger-ut"),
    ("skanne armbånd", "rover-skanner-ikke-armband"),
    ("gi legemidler rover", "rover-gi-legemidler-strekkode"),
    ("bryt glasset", "bryt-glasset"),
    ("insulin", "insulin-registrering"),
    ("behovsmedisin", "behovsmedisin-gi-og-evaluere"),
    ("plo melding", "plo-melding-sende"),
    ("in basket", "in-basket-handtere"),
    ("arbeidsliste", "arbeidsliste-bruke"),
    ("smartkort", "smartkort-innlogging"),
    ("news2", "news2-vurdering"),
    ("fall", "fall-registrering"),
    ("etterregistrering", "etterregistrering"),
    ("dobbeltkontroll", "dobbeltkontroll-hoyrisiko"),
    ("multidose", "e-resept-og-multidose"),
    ("tilgang vikar", "tilgang-for-vikar"),
    ("skriver etiketter", "skriver-og-etiketter"),
    ("utskrivning", "utskrivning-pasient"),
    ("sykepleienotat", "sykepleienotat-smartphrase"),
    ("smartphrase", "sykepleienotat-smartphrase"),
    ("vitale parametre", "vitale-parametre-flytskjema"),
    ("flytskjema", "vitale-parametre-flytskjema"),
    ("samstemming", "legemiddelsamstemming"),
    ("opioider vitne", "opioider-og-destruksjon-med-vitne"),
    ("plaster", "plaster-legemiddel"),
    ("sår bilde", "saar-dokumentasjon-og-bilder"),
    ("tiltaksplan", "tiltaksplan-opprette-og-evaluere"),
    ("iplos", "iplos-registrering"),
    ("rapport overlevering", "rapport-overlevering"),
    ("melde avvik", "melde-avvik"),
    ("glemt pin", "glemt-pin-eller-passord"),
    ("utsatt dose", "utsatt-eller-ikke-gitt-dose"),
    ("rette feil journal", "rette-feil-i-journal"),
]
# Queries that find nothing (missing content or synonyms), with how popular they are.
MISSING = [
    ("vaksine registrere", 9),
    ("ernæringsscreening", 7),
    ("tolk bestille", 6),
    ("pasientreiser", 5),
    ("dødsfall registrere", 6),
    ("permisjon pasient", 4),
    ("trykksår risiko", 5),
    ("kritisk info allergi", 6),
    ("rekvirere blodprøve", 5),
    ("ipad lader rover", 3),
    ("kurve nattevakt", 3),
    ("bytte passord windows", 4),
    ("sonde ernæring", 3),
    ("kateter bytte", 3),
    ("hjemmetjeneste nøkkel", 2),
    ("cave", 4),
]
TYPOS = {
    "insulin": "insullin",
    "behovsmedisin": "behovsmedesin",
    "smartkort": "smart kort",
    "samstemming": "samstemning",
}
TICKET_SUBJECTS = {
    "rover": ["Rover logger ut midt i utdeling", "Får ikke skannet armbånd", "Rover vil ikke pare"],
    "legemiddel": [
        "Dose vises ikke i kurven",
        "Multidose endring kom ikke fram",
        "Kan ikke registrere gitt dose",
    ],
    "innlogging-tilgang": [
        "Vikar mangler tilgang",
        "Smartkort virker ikke",
        "Låst ute etter PIN-feil",
    ],
    "dokumentasjon": [
        "Flytskjema mangler rad",
        "Notat kan ikke signeres",
        "SmartPhrase fungerer ikke",
    ],
    "arbeidsliste": ["Oppgaver forsvinner fra arbeidslisten", "Feil pasienter i listen"],
    "meldinger": ["PLO-melding ikke kvittert", "In Basket-meldinger forsvinner"],
    "pasientflyt": ["Utskrivning stopper", "Innkomst feil avdeling"],
    "personvern": ["Usikker på bryt glasset", "Skjermbilde med pasientdata"],
    "annet": ["Skriver skriver ikke etiketter", "Spørsmål om opplæring"],
}
CATEGORY_WEIGHTS = {
    "rover": 18,
    "legemiddel": 24,
    "innlogging-tilgang": 16,
    "dokumentasjon": 14,
    "arbeidsliste": 8,
    "meldinger": 8,
    "pasientflyt": 5,
    "personvern": 3,
    "annet": 4,
}
FIRST = [
    "Kari",
    "Ola",
    "Ingrid",
    "Per",
    "Sofie",
    "Jonas",
    "Nora",
    "Emil",
    "Ida",
    "Lars",
    "Maja",
    "Henrik",
]
LAST = ["Testesen", "Eksempel", "Prøvedal", "Fiktivsen", "Demoberg", "Oppdiktet"]
UNITS = [
    "Avd 1 Sykehjem",
    "Avd 2 Sykehjem",
    "Hjemmetjenesten sone nord",
    "Hjemmetjenesten sone sør",
    "Korttidsavdelingen",
]
DEVIATION_CATEGORIES = {
    "Legemiddelhåndtering": 40, "Dokumentasjon og journal": 18, "Informasjonssikkerhet": 10,
    "IKT / teknisk svikt": 16, "Fall": 8, "Samhandling": 8,
}  # fmt: skip
NO_COMMENTS = [
    "Steg 3 stemmer ikke med det jeg ser i Rover etter oppdateringen",
    "Mangler hva jeg gjør når skanneren ikke virker",
    "For lang, fant ikke svaret",
    "Bildet viser gammel versjon av skjermen",
    "Gjelder ikke hjemmetjenesten",
]
PROPOSALS = [
    (
        "Felles rutine for vikartilgang før sommeren",
        "Vikarer står uten tilgang første vakt. Foreslår at tilgang bestilles samlet fire uker "
        "før.",
        "klar",
    ),
    (
        "Strekkode på alle multidoseposer",
        "Mange avvik der multidose ikke kan skannes. Be leverandør merke alle poser.",
        "meldt",
    ),
    (
        "Kortere vei til bryt glasset-begrunnelse",
        "Ansatte bruker fritekst som ikke holder. Foreslår ferdige valg.",
        "utkast",
    ),
    (
        "Egen veiledning for ernæringsscreening",
        "Søk etter ernæringsscreening gir ingen treff. Lag veiledning.",
        "vedtatt",
    ),
]


def normalize(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


def month_weight(day: date) -> float:
    """Summer (vikarer) and a go-live month in April are busier."""
    return {6: 1.5, 7: 1.6, 8: 1.3, 4: 1.4, 12: 0.7}.get(day.month, 1.0)


class Clock:
    """Random local working-hours moments within the year, weighted by month and weekday."""

    def __init__(self, rng: random.Random, end: date) -> None:
        self.rng = rng
        self.days = [end - timedelta(days=i) for i in range(365)]
        self.weights = [month_weight(d) * (0.45 if d.weekday() >= 5 else 1.0) for d in self.days]

    def moment(self) -> datetime:
        day = self.rng.choices(self.days, self.weights)[0]
        hour = min(22, max(6, int(self.rng.gauss(12.5, 3.5))))
        local = datetime(
            day.year, day.month, day.day, hour, self.rng.randrange(60), self.rng.randrange(60)
        )
        return local.astimezone().astimezone(UTC)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(FMT)


def seed(home: Path, end: date, rng: random.Random) -> dict[str, int]:
    from companion.app import AppContext

    context = AppContext.create(home=home, machine_file=home / "no-machine.toml")
    context.prepare_database()
    con = sqlite3.connect(context.paths.database)
    clock = Clock(rng, end)
    now = datetime.now(UTC)
    tickets, ticket_searches = make_tickets(rng, clock, now)
    searches = make_searches(rng, clock, SEARCHES - len(ticket_searches)) + ticket_searches
    searches.sort(key=lambda s: s[-1])
    con.executemany(
        "INSERT INTO searchlog (query, normalized, hits, top_id, opened_id, source, created_at) "
        "VALUES (?,?,?,?,?,?,?)",
        searches,
    )
    con.executemany(
        "INSERT INTO ticket (external_id, subject, description, category, urgency, guide_id, unit,"
        " reporter_name, reporter_contact, state, remote_id, remote_status, last_error,"
        " last_transaction, created_at, updated_at,"
        " sent_at, first_reply_at, resolved_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        tickets,
    )
    con.executemany(
        "INSERT INTO coachingsession (guide_id, coached_person, coach_name, unit, steps_seen,"
        " total_steps, minutes, outcome, note, started_at, finished_at, topic, ticket_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        make_coaching(rng, clock),
    )
    con.executemany(
        "INSERT INTO feedback (article_id, helpful, comment, created_at) VALUES (?,?,?,?)",
        make_feedback(rng, clock),
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()
    csv_path = home / "avvik-eksport.csv"
    deviations = write_deviation_csv(csv_path, rng, end)
    service = context.insights
    result = service.import_deviations(csv_path, today=end)
    service.set_mapping("Fall", "pasientflyt")
    for title, body, status in PROPOSALS:
        pid = service.create_proposal(title, body)
        service.update_proposal(pid, status=status)
        service.add_link(pid, "sak", str(rng.randrange(1, TICKETS)))
        service.add_link(pid, "avvik", "Legemiddelhåndtering")
    service.add_link(1, "artikkel", "tilgang-for-vikar")
    context.close()
    return {"searches": len(searches), "tickets": len(tickets), "coaching": COACHING,
            "feedback": FEEDBACK, "deviation rows": deviations,
            "deviations imported": result.added, "bad rows": len(result.errors)}  # fmt: skip


def make_searches(rng: random.Random, clock: Clock, count: int) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    missing_weights = [w for _q, w in MISSING]
    for _ in range(count):
        moment = stamp(clock.moment())
        if rng.random() < 0.12:
            text = rng.choices([q for q, _w in MISSING], missing_weights)[0]
            rows.append((text, normalize(text), 0, "", "", "gui", moment))
            continue
        text, article = FOUND[min(len(FOUND) - 1, int(rng.expovariate(0.12)))]
        if text in TYPOS and rng.random() < 0.15:
            text = TYPOS[text]
        if rng.random() < 0.1:
            text = text.capitalize()
        opened = article if rng.random() < (0.35 if "rover" in article else 0.75) else ""
        rows.append(
            (
                text,
                normalize(text),
                rng.randint(1, 12),
                article,
                opened,
                "gui" if rng.random() < 0.95 else "cli",
                moment,
            )
        )
    return rows


def make_tickets(
    rng: random.Random, clock: Clock, now: datetime
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    tickets: list[tuple[object, ...]] = []
    searches: list[tuple[object, ...]] = []
    categories = list(CATEGORY_WEIGHTS)
    for _ in range(TICKETS):
        created = clock.moment()
        category = rng.choices(categories, list(CATEGORY_WEIGHTS.values()))[0]
        subject = rng.choice(TICKET_SUBJECTS[category])
        if rng.random() < 0.3:  # searched first, did not find help
            text = rng.choice([q for q, _w in MISSING] + [q for q, _a in FOUND[:6]])
            searches.append(
                (
                    text,
                    normalize(text),
                    0 if any(text == m for m, _w in MISSING) else 3,
                    "",
                    "",
                    "gui",
                    stamp(created - timedelta(minutes=rng.randint(1, 25))),
                )
            )
        state, sent, reply, resolved = ticket_times(rng, created, now)
        tickets.append((
            str(uuid.UUID(int=rng.getrandbits(128))), subject, "Se vedlagt beskrivelse.", category,
            rng.choice(["lav", "normal", "normal", "høy"]), "", rng.choice(UNITS), "", "", state,
            str(rng.randrange(10_000, 99_999)) if sent else "", "", "", 0, stamp(created),
            stamp(resolved or reply or created), stamp(sent) if sent else None,
            stamp(reply) if reply else None, stamp(resolved) if resolved else None,
        ))  # fmt: skip
    return tickets, searches


def ticket_times(
    rng: random.Random, created: datetime, now: datetime
) -> tuple[str, datetime | None, datetime | None, datetime | None]:
    """Offline for minutes to hours; replies slower in the April go-live month."""
    if rng.random() < 0.02:
        return "utkast", None, None, None
    sent = created + timedelta(minutes=rng.expovariate(1 / 40))
    if sent > now:
        return "i_kø", None, None, None
    slow = 2.2 if created.month == 4 else 1.0
    reply = sent + timedelta(days=math.exp(rng.gauss(math.log(0.9 * slow), 0.8)))
    resolved = reply + timedelta(days=math.exp(rng.gauss(math.log(2.5 * slow), 0.9)))
    if reply > now or rng.random() < 0.03:
        return "sendt", sent, None, None
    if resolved > now or rng.random() < 0.06:
        return "besvart", sent, reply, None
    return "løst", sent, reply, resolved


def make_coaching(rng: random.Random, clock: Clock) -> list[tuple[object, ...]]:
    guides = [a for _q, a in FOUND if not a.startswith(("rover-logger", "rover-skanner", "glemt"))]
    rows: list[tuple[object, ...]] = []
    for _ in range(COACHING):
        started = clock.moment()
        minutes = max(3, int(rng.gauss(14, 6)))
        guide = guides[min(len(guides) - 1, int(rng.expovariate(0.15)))]
        topic = ""
        if rng.random() < 0.08:
            guide, topic = (
                "",
                rng.choice(["Kurve på nattevakt", "Bytte skrivere", "Oversikt i arbeidslisten"]),
            )
        outcome = rng.choices(["løst", "oppfølging", "eskalert"], [80, 15, 5])[0]
        total = rng.randint(4, 10)
        rows.append((
            guide, f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(UNITS),
            total if outcome == "løst" else rng.randint(1, total), total, minutes, outcome, "",
            stamp(started),
            stamp(started + timedelta(minutes=minutes)), topic, None,
        ))  # fmt: skip
    return rows


def make_feedback(rng: random.Random, clock: Clock) -> list[tuple[object, ...]]:
    articles = [a for _q, a in FOUND]
    troubled = {
        "rover-gi-legemidler-strekkode": 0.55,
        "tilgang-for-vikar": 0.45,
        "e-resept-og-multidose": 0.4,
    }
    rows: list[tuple[object, ...]] = []
    for _ in range(FEEDBACK):
        article = rng.choice(articles)
        helpful = rng.random() >= troubled.get(article, 0.15)
        comment = "" if helpful or rng.random() < 0.6 else rng.choice(NO_COMMENTS)
        rows.append((article, int(helpful), comment, stamp(clock.moment())))
    return rows


def write_deviation_csv(path: Path, rng: random.Random, end: date) -> int:
    """A quality-system export: semicolons, Norwegian dates, a free-text column we never read."""
    lines = ["Avviksnummer;Dato;Kategori;Enhet;Beskrivelse"]
    number = 1000
    for back in range(11, -1, -1):
        index = end.year * 12 + end.month - 1 - back
        year, month = index // 12, index % 12 + 1
        count = {4: 160, 5: 60, 6: 55, 7: 70}.get(month, 25 + rng.randint(0, 20))
        for _ in range(count):
            day = date(year, month, rng.randint(1, 28))
            if day > end:
                continue
            number += 1
            category = rng.choices(list(DEVIATION_CATEGORIES), list(DEVIATION_CATEGORIES.values()))[
                0
            ]
            lines.append(
                f"{number};{day:%d.%m.%Y};{category};{rng.choice(UNITS)};(fritekst som ikke "
                "importeres)"
            )
    lines += [
        "9001;31.02.2026;Fall;Avd 1 Sykehjem;ugyldig dato",
        "9002;;Fall;Avd 2 Sykehjem;mangler dato",
        "9003;01.03.2026;;Avd 2 Sykehjem;mangler kategori",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="cp1252")
    return len(lines) - 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--home", required=True, type=Path, help="Følgesvenn home to fill (created; must be new)"
    )
    parser.add_argument(
        "--end",
        default=date.today().isoformat(),
        help="last day of the year of activity (YYYY-MM-DD)",
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if (args.home / "companion.db").exists():
        print(f"{args.home / 'companion.db'} exists; use a new --home", file=sys.stderr)
        return 2
    started = time.perf_counter()
    counts = seed(args.home, date.fromisoformat(args.end), random.Random(args.seed))
    for name, n in counts.items():
        print(f"{name:>22}: {n:>6}")
    print(f"{'seconds':>22}: {time.perf_counter() - started:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
