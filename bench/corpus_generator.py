"""A generated corpus of news articles about Central Asian regional politics, for benchmarks.

Each article has a dateline, a headline and a few paragraphs. Its sentences are drawn from
templates in the shapes real reports take — active, passive, relative, nominal, elided and
coordinated proposals, support, membership, offices, attendance — around filler about trade,
transport and weather (most sentences of real news state no relation). Actors come from the
reference data (states, their leaders on the article's date, organisations, cities), under
every name form the reference data knows (transliterations, titles, family names alone);
initiatives are made up.

Articles are produced one at a time (`articles`), seeded, so a corpus of any size streams in
constant memory and every run generates the same text.

    from bench.corpus_generator import articles
    for name, text in articles(1000, seed=7): ...
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from ontology.reference import Gazetteer, gazetteer

QUALIFIERS = ["Regional", "Central Asian", "Joint", "Trans-Caspian", "Cross-Border", "Green", "Digital",
              "Mountain", "Interstate", "Steppe", "Aral", "Silk Road", "Eurasian", "Northern", "Highland"]
TOPICS = ["Water", "Energy", "Transit", "Customs", "Rail", "Food Security", "Climate", "Tourism", "Education",
          "Health", "Trade", "Investment", "Logistics", "Seismic Safety", "Glacier Monitoring", "Fisheries",
          "Power Grid", "Aviation", "Youth", "Statistics", "Irrigation", "Emergency Response", "Innovation"]
BODIES = ["Council", "Fund", "Centre", "Programme", "Platform", "Forum", "Agency", "Corridor", "Strategy",
          "Commission", "Network", "Charter", "Dialogue", "Academy", "Agreement", "Roadmap"]
PROPOSE = ["proposed", "called for", "put forward", "suggested", "initiated", "floated"]
PROPOSE_ING = ["establishing", "creating", "setting up", "launching", "drafting", "holding"]
SUPPORT = ["supported", "welcomed", "endorsed", "backed"]
CENTRAL_ASIA = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]
PARTNERS = ["Azerbaijan", "Mongolia", "Turkey", "China", "Russia", "Japan", "South Korea", "Iran", "Pakistan",
            "India", "Germany", "France", "United Arab Emirates", "Qatar", "Saudi Arabia"]
ORGANISATIONS = ["Shanghai Cooperation Organisation", "SCO", "Eurasian Economic Union", "EAEU",
                 "Collective Security Treaty Organization", "CSTO", "Organization of Turkic States",
                 "Commonwealth of Independent States", "CIS", "United Nations", "European Union",
                 "Gulf Cooperation Council", "Asian Development Bank", "World Bank"]
CITIES = ["Astana", "Almaty", "Tashkent", "Samarkand", "Bukhara", "Bishkek", "Osh", "Dushanbe", "Ashgabat",
          "Avaza", "Cholpon-Ata", "Baku", "Khiva", "Termez", "Aktau", "Shymkent"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FILLER = [
    "Trade between the two countries reached {n} billion dollars last year, up {p} percent.",
    "Officials said new flights between {city} and {city2} would start in the spring.",
    "The talks took place against the backdrop of rising prices for fuel and grain.",
    "Analysts note that the region's economies grew faster than the global average.",
    "Work on the new railway line is expected to be completed within {y} years.",
    "Heavy snow in the mountains closed several passes for most of the week.",
    "The ministers also discussed water allocation during the summer irrigation season.",
    "More than {n} companies from the region took part in the accompanying business fair.",
    "The delegations visited a new industrial park on the outskirts of {city}.",
    "Exports of fruit and vegetables rose sharply, according to the statistics agency.",
    "Border crossings were upgraded to cut waiting times for lorries.",
    "The central bank kept its key rate unchanged at {p} percent.",
    "A new bridge across the river is due to open before the end of the year.",
    "Students from {state} and {state2} will be able to study in each other's universities.",
    "The governments agreed to simplify visa rules for business travellers.",
    "\"We are neighbours, and we must solve our problems together,\" one official said.",
    "Prices for cotton on world markets fell for the third month in a row.",
    "The new terminal at the airport in {city} can handle {n} thousand passengers a year.",
    "Farmers in the valley complained about late deliveries of seed and fertiliser.",
    "The two sides signed {y} memoranda on education, culture and sport.",
    "Construction of a {n}-megawatt solar plant near {city} began in March.",
    "Inflation slowed to {p} percent, the lowest level in three years.",
    "A cultural festival in {city} drew visitors from across the region and beyond.",
    "Road traffic between the two capitals has doubled since the border reopened.",
    "Experts warned that glaciers in the region could lose a third of their volume by mid-century.",
    "The ministers agreed to meet again in {city} before the end of the year.",
]


# Filler composed from parts, so that sentences rarely repeat (real news seldom does).
SUBJECTS = ["Officials", "Economists", "Local analysts", "The ministry", "Business leaders", "Farmers",
            "Transport operators", "The statistics agency", "Regional governors", "Bankers", "Engineers",
            "Customs officers", "Diplomats", "Observers", "University researchers", "Energy companies"]
VERBS = ["said", "noted", "reported", "estimated", "warned", "expected", "announced", "confirmed", "argued",
         "recalled", "suggested in interviews", "stressed"]
CLAIMS = ["that {thing} rose by {p}.{d} percent in the first {m} months", "that {thing} fell to {n} million dollars",
          "that work on {place} would take another {y} years", "that {thing} had doubled since {year}",
          "that demand for {thing} kept growing in {city}", "that new rules on {thing} take effect in {month}",
          "that {n} families were resettled after floods near {city}", "that {thing} reached a record {n},{k}00 tonnes",
          "that prices for {thing} climbed {p} percent year on year", "that the {place} opened to traffic in {month}"]
THINGS = ["cotton exports", "wheat imports", "electricity output", "remittances", "freight volumes",
          "tourist arrivals", "gold production", "car sales", "gas deliveries", "fruit exports", "rail traffic",
          "foreign investment", "household incomes", "mobile internet use", "copper output", "textile exports"]
PLACES = ["the northern bypass", "the new grain terminal", "the mountain tunnel", "the border crossing at {city}",
          "the ring road around {city}", "the dam on the river", "the logistics hub near {city}",
          "the airport terminal in {city}", "the solar plant outside {city}", "the cross-border bridge"]


def _filler(rng: random.Random, states: list[str]) -> str:
    if rng.random() < 0.35:
        return rng.choice(FILLER).format(
            n=rng.randint(2, 900), p=rng.randint(2, 40), y=rng.randint(2, 6), city=rng.choice(CITIES),
            city2=rng.choice(CITIES), state=rng.choice(states), state2=rng.choice(states))
    city = rng.choice(CITIES)
    claim = rng.choice(CLAIMS).format(
        thing=rng.choice(THINGS), p=rng.randint(1, 60), d=rng.randint(0, 9), m=rng.randint(2, 11),
        n=rng.randint(3, 980), k=rng.randint(1, 9), y=rng.randint(2, 7), year=rng.randint(2005, 2019),
        city=city, month=rng.choice(MONTHS), place=rng.choice(PLACES).format(city=city))
    where = rng.choice(["", f" in {rng.choice(states)}", f" in {city}", " on Monday", " last week",
                        f" at a briefing in {city}", ""])
    return f"{rng.choice(SUBJECTS)}{where} {rng.choice(VERBS)} {claim}."


class Cast:
    """The actors an article of a given date may name."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self.by_name = {e.name: e for e in gaz.entities.values()}
        self.adjective = {e.name: (e.adjectives[0] if e.adjectives else e.name) for e in gaz.of_kind("State")}

    def leader(self, state: str, day: date) -> tuple[str, str] | None:
        """(full name, a family name or alias) of the state's head on that day."""
        entity = self.by_name.get(state)
        if entity is None:
            return None
        for office in self.gaz.offices:
            if office.holder_of == entity.iri and office.role.endswith("#President") and office.covers(day):
                person = self.gaz.entities[office.person]
                latin = [a for a in person.aliases if a.isascii()]
                return person.name, random.choice(latin + [person.family_name or person.name])
        return None


def _initiative(rng: random.Random) -> str:
    return f"{rng.choice(QUALIFIERS)} {rng.choice(TOPICS)} {rng.choice(BODIES)}"


def _sentences(rng: random.Random, cast: Cast, day: date) -> list[str]:
    states = rng.sample(CENTRAL_ASIA, 3) + rng.sample(PARTNERS, 2)
    host = states[0]
    leaders = {s: cast.leader(s, day) for s in states}
    named = [s for s in states if leaders[s]]

    def who(state: str, first: bool = False) -> str:
        found = leaders.get(state)
        if found is None:
            return state
        full, short = found
        forms = [full, short, f"President {full}", f"the President of {state}", f"the {cast.adjective[state]} leader",
                 f"{state}'s president", state]
        return full if first else rng.choice(forms)

    init = [_initiative(rng) for _ in range(6)]
    a, b, c = (named + states)[:3]
    sentences = [
        f"{who(a, True)} {rng.choice(PROPOSE)} a {init[0]} to coordinate {rng.choice(TOPICS).lower()} policy.",
        f"A {init[1]} was {rng.choice(['proposed', 'suggested', 'put forward'])} by {who(b, True)}.",
        f"The {init[2]}, the creation of which was put forward by {who(c)}, would meet twice a year.",
        f"The initiative of {who(a)} to establish a {init[3]} drew broad approval.",
        f"{who(b)} {rng.choice(PROPOSE)} {rng.choice(PROPOSE_ING)} a {init[4]}, {rng.choice(PROPOSE_ING)} a "
        f"{init[5]} and {rng.choice(PROPOSE_ING)} a {_initiative(rng)}.",
        f"{states[0]} and {states[1]} jointly proposed a {_initiative(rng)}.",
        f"{who(c)} {rng.choice(SUPPORT)} the proposal, and {states[3]} said it was ready to take part.",
        f"The idea was backed by {states[4]} and {states[2]}.",
        f"{who(a)} proposed a {_initiative(rng)}, while {who(b)} - a {_initiative(rng)}.",
        f"{states[1]}, a member of the {rng.choice(ORGANISATIONS)}, hosted the ministers in {rng.choice(CITIES)}.",
        f"{states[0]}, {states[1]} and {states[2]} are members of the {rng.choice(ORGANISATIONS)}.",
        f"He also called for closer cooperation on {rng.choice(TOPICS).lower()} across the region.",
        f"Leaders of {states[0]} and {states[3]} took part in the summit in {rng.choice(CITIES)}.",
        f"{host} hosted the meeting on {rng.randint(1, 28)} {rng.choice(MONTHS)}.",
    ]
    rng.shuffle(sentences)
    chosen = sentences[:rng.randint(5, 9)]
    for _ in range(rng.randint(12, 30)):
        chosen.insert(rng.randrange(len(chosen) + 1), _filler(rng, states))
    return [s[0].upper() + s[1:] for s in chosen]


def article(index: int, seed: int = 0, gaz: Gazetteer | None = None) -> tuple[str, str]:
    """(file name, text) of article number `index`."""
    rng = random.Random(seed * 1_000_003 + index)
    random.seed(seed * 1_000_003 + index)  # Cast.leader's choice of name form
    cast = _cast(gaz)
    day = date(2018, 3, 1) + timedelta(days=rng.randrange(2800))
    city = rng.choice(CITIES)
    headline = f"{rng.choice(QUALIFIERS)} leaders discuss {rng.choice(TOPICS).lower()} in {city}"
    body = _sentences(rng, cast, day)
    paragraphs = []
    while body:
        size = rng.randint(2, 4)
        paragraphs.append(" ".join(body[:size]))
        body = body[size:]
    dateline = f"{city.upper()}, {day.day} {MONTHS[day.month - 1]} {day.year} - "
    text = headline + "\n\n" + dateline + "\n\n".join(paragraphs) + "\n"
    return f"article-{seed}-{index:06d}.txt", text


_CAST: dict[int, Cast] = {}


def _cast(gaz: Gazetteer | None) -> Cast:
    gaz = gaz or gazetteer()
    if id(gaz) not in _CAST:
        _CAST[id(gaz)] = Cast(gaz)
    return _CAST[id(gaz)]


def articles(count: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """`count` articles, generated one at a time."""
    for index in range(count):
        yield article(index, seed)


__all__ = ["article", "articles"]
