"""The extractor's dictionaries, in one place: trigger phrases, head nouns, role words, lead-ins.

In the tradition of event coders (TABARI, PETRARCH), relations are read from dictionaries
of phrases plus a few rules about where the actor and the object stand. Every list here is
a plain set or tuple of lower-case words or phrases, so that adding a synonym is a one-line
change. Variants produced by article spinners (which swap words for near-synonyms, "called
for" -> "referred to as for") live in `loaders.spin`, and are only used in texts that read as
spun.
"""

from __future__ import annotations

# ----------------------------------------------------------------------------- proposals

# Verbal triggers: an actor before them (or after "by" in the passive) proposed what follows.
PROPOSE_VERBS: tuple[str, ...] = (
    "proposed", "proposes", "propose", "proposing",
    "suggested", "suggests", "suggest", "suggesting",
    "initiated", "initiates", "initiating", "initiate",
    "called for", "calls for", "call for", "calling for",
    "put forward", "puts forward", "putting forward", "brought forward", "set forth",
    "came up with", "comes up with", "come up with", "came forward with", "comes forward with", "come forward with",
    "coming forward with",
    "floated", "floats", "unveiled", "unveils", "tabled", "tables", "pitched", "pitches", "mooted", "moots",
    "advocated", "advocates", "advocating", "advocated for", "advocates for", "advocating for",
    # in a speaker's own words: "We advocate for X", "I urge you to", "We stand for X"
    "advocate", "advocate for", "urge", "call upon", "stand for", "stand firmly for", "stand resolutely for",
    "stand up for", "aim for", "strive for",
    "urged", "urges", "urging", "called on", "calls on", "calling on", "called upon", "pushed for", "pushes for", "pressed for", "presses for", "argued for",
    "argues for", "lobbied for", "championed", "champions", "spearheaded",
    "offered", "offers", "recommended", "recommends", "envisaged", "envisioned", "conceived", "conceives",
    "took the initiative", "takes the initiative", "taking the initiative", "take the initiative",
    "made a proposal", "makes a proposal", "made proposals", "submitted a proposal", "voiced a proposal",
    "voiced the idea", "raised the idea", "floated the idea", "put forward the idea", "put forward a proposal",
    "put forward an initiative", "put forward the initiative", "put forward proposals",
    "pointed out the need", "points out the need", "pointing out the need",
    "spoke up for", "speaks up for", "speaking up for",
)
# an adverb of time inside the verb: "called Friday for", "called again for", "calls once more for"
PROPOSE_VERBS += tuple(f"{verb} {when} for" for verb in ("called", "calls", "calling")
                       for when in ("again", "once again", "once more", "repeatedly", "also", "today", "yesterday",
                                    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
# Triggers that only count when what follows names a proposal-like thing (an initiative head noun
# or "the holding of", "plans to"): "announced a forum" is a proposal, "announced that ..." is not.
WEAK_PROPOSE_VERBS: tuple[str, ...] = (
    "announced", "announces", "announcing", "launched", "launches", "introduced", "introduces",
    "presented", "presents", "unveiled",
)
# "expressed its readiness to", "announced his country's readiness to": an offer, counted as a proposal.
READINESS_VERBS = ("expressed", "expresses", "announced", "announces", "confirmed", "confirms", "declared",
                   "declares", "reaffirmed", "reaffirms", "stated", "voiced")  # not "states": mostly a noun
READINESS_NOUNS = ("readiness", "willingness", "preparedness")
# "emphasised the (urgent) need for", "stressed the need to": a call for something.
NEED_VERBS = ("emphasized", "emphasised", "emphasizes", "emphasises", "emphasizing", "emphasising", "stressed",
              "stresses", "stressing", "underlined", "underlines", "underscored", "underscores", "highlighted",
              "highlights", "pointed to", "points to", "noted", "notes", "cited",
              # "focused on security and the need to boost trade": what the need is for
              "focused on", "focuses on", "focusing on")
# Nominal triggers: "X's proposal to ...", "the initiative of X to ...", "on the initiative of X".
PROPOSAL_NOUNS = ("proposal", "proposals", "initiative", "initiatives", "suggestion", "suggestions", "idea",
                  "call", "calls", "offer", "vision", "brainchild", "concept", "intention", "intentions",
                  "proposition", "propositions",
                  # "X, as the initiator of Y", "being the initiator of Z": what X first proposed
                  "initiator", "initiators", "country-initiator")
# Nouns whose complement is the proposal only with a linking verb: "X's vision includes ...".
VISION_NOUNS = ("vision", "plan", "plans", "concept", "agenda", "programme", "program", "proposal", "initiative")
LINKING_PREDICATES = ("includes", "included", "include", "contains", "contained", "envisages", "envisaged",
                      "envisions", "envisioned", "foresees", "foresaw", "provides for", "provided for", "involves",
                      "involved", "entails", "entailed", "comprises", "calls for", "called for", "centres on",
                      "centers on", "focuses on", "rests on")
EMPHASIS_NOUNS = ("emphasis", "focus", "stress", "accent")
# "outlined its plan for", "unveiled a plan to": a declared plan of the actor.
PLAN_VERBS = ("made a statement on", "outlined", "announced", "presented", "unveiled", "set out", "revealed",
              "disclosed", "shared")
# Adverbs and auxiliaries that may stand between an actor and its verb.
VERB_GAP_WORDS = {"has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "also", "further",
                  "then", "again", "recently", "reportedly", "previously", "already", "once", "jointly", "personally",
                  "officially", "formally", "first", "himself", "herself", "itself", "themselves", "repeatedly",
                  "earlier", "today", "yesterday", "not", "too", "long", "ago", "just", "lately", "publicly",
                  "strongly", "actively", "initially", "originally", "subsequently", "later", "in", "turn", "for",
                  "his", "her", "its", "their", "part", "both", "together", "all", "even", "specifically", "notably",
                  "particularly", "separately", "likewise", "similarly", "meanwhile", "however", "additionally",
                  "in", "a", "speech", "address", "statement", "remarks", "his", "opening", "-", "—", "–", "had",
                  "has", "been", "being", "did", "does", "do", "so", "now", "still", "again", "explicitly", "directly",
                  "immediately", "swiftly", "eventually", "ultimately", "quick", "swift", "eager", "keen", "ready",
                  "happy", "glad", "willing", "prepared", "to"}
# Continuation markers: an agentless passive after one of these continues the previous proposer.
CONTINUATION_MARKERS = ("in particular", "specifically", "among them", "among other things", "in addition",
                        "moreover", "furthermore", "also", "for example", "for instance", "in this regard",
                        "to this end", "besides", "as part of this", "in particular ,")
# Reported speech after these is not a proposal ("announced that the talks had ended").
COMPLEMENTISERS = ("that", "whether", "how", "when", "if")

# ----------------------------------------------------------------------------- support

SUPPORT_VERBS: tuple[str, ...] = (
    "supported", "supports", "support", "supporting", "backed", "backs", "back", "backing",
    "endorsed", "endorses", "endorse", "endorsing", "welcomed", "welcomes", "welcome", "welcoming",
    "approved", "approves", "approve", "hailed", "hails", "embraced", "embraces", "seconded", "seconds",
    "championed", "applauded", "applauds", "praised", "praises", "favoured", "favored", "joined",
    "expressed support for", "expressed its support for", "expressed their support for",
    "expressed his support for", "expressed her support for", "voiced support for", "voiced its support for",
    "voiced their support for", "voiced his support for", "voiced her support for", "lent support to",
    "lent its support to", "lent his support to", "lent her support to", "threw its weight behind",
    "threw their weight behind", "threw his weight behind", "threw her weight behind", "spoke in favour of", "spoke in favor of", "came out in support of",
    "spoke in support of", "speaks in support of", "speaks in favour of", "speaks in favor of",
    "came out in favour of", "came out in favor of", "voted in favour of", "voted in favor of",
    "signed up to", "signed on to", "agreed with", "agreed to",
    # a resolution's co-sponsors back it
    "co-sponsored", "co-sponsors", "co-sponsor", "cosponsored", "cosponsors", "co-authored", "co-authors",
)
# documents a state drafts and others co-sponsor or adopt: "the resolution" is the one proposed before
DOCUMENT_NOUNS = frozenset(("resolution", "declaration", "convention", "treaty", "draft", "document", "charter"))
# "called the members to focus on ...": a call on others without "on", read by the parse only, and
# only with an addressee and an infinitive.
CALL_VERBS = ("called", "calls", "calling", "call", "asked", "asks", "asking", "encouraged", "encourages",
              "encouraging", "invited", "invites", "inviting")
# "said it is necessary to intensify X", "we consider it appropriate to create Y": read by the parse
# only, as a proposal of whoever says it.
NECESSITY_ADJECTIVES = tuple(f"{word} to" for word in (
    "necessary", "crucial", "essential", "imperative", "important", "appropriate", "reasonable", "advisable",
    "expedient", "vital", "high time", "big time", "time")) + \
    ("time that", "high time that", "big time that") + \
    tuple(f"{be} {word}" for be in ("is", "are", "would be", "will be", "is especially", "is particularly", "is very",
                                     "are very", "is extremely", "is highly")
          for word in ("relevant", "important", "necessary", "urgent", "essential", "vital", "crucial", "timely",
                       "needed", "required", "also needed", "urgently needed"))
# ("the adoption of a decision to X is relevant", in a quotation: the thing said to be needed)
# A speaker's "we should / we need to": what the speaker's side ought to do, inside a quotation,
# is the speaker's proposal ("We need to move from a consultative format to a community"). Read by
# the parse only.
OBLIGATION_PHRASES = tuple(f"{who} {modal}" for who in ("we", "our countries", "our states", "our nations")
                           for modal in ("should", "must", "need to", "have to", "ought to", "should also",
                                         "must also", "also need to", "need", "also need")) + \
    tuple(f"{modal} be {done}" for done in ("paid to", "given to", "placed on")
          for modal in ("should", "must", "needs to", "has to"))  # "(special) attention should be paid to X"
# "these institutions include A and B", "This includes A, B and C", after a proposal: its items.
# Read by the parse only.
INCLUSION_VERBS = ("include", "includes", "included", "comprise", "comprises", "consist of", "consists of",
                   # "It envisages the creation of X": what a proposal just made provides for
                   "envisages", "envisaged", "envisions", "foresees", "provides for")
# A proposal stated as a bare verb ("expand market access") is named as a reader names the thing
# proposed, by its gerund ("expanding market access").
ACTION_VERBS = frozenset((
    "transform", "reform", "expand", "develop", "establish", "integrate", "implement", "improve", "simplify",
    "modernize", "modernise", "harmonize", "harmonise", "adopt", "approve", "hold", "promote", "introduce",
    "conclude", "sign", "deepen", "boost", "enhance", "optimize", "optimise", "automate", "strengthen", "form",
    "launch", "build", "convene", "organize", "organise", "reduce", "digitalize", "digitalise", "coordinate",
    "synchronize", "unify", "liberalize", "liberalise", "restore", "diversify", "accelerate", "settle", "advance",
    "increase", "intensify",
))
# "Turkmenistan stands ready to host X", "Ashgabat intends to initiate Y": an offer or an intention of
# the subject, counted as a proposal. Read by the parse only.
INTENT_PHRASES = ("ready to", "prepared to", "willing to", "intends to", "intend to", "intended to", "eager to",
                  "pledged to", "pledges to", "promised to", "promises to", "vowed to", "vows to")
# (not "plans to": a body's plans for itself, "the alliance plans to expand", are no proposal)
# "Kyrgyzstan believes that the border issues should be settled by political means": a view of what
# ought to happen, held by the subject. Read by the parse only, and only with a modal in the clause.
BELIEF_VERBS = ("believes", "believe", "believed", "is convinced", "are convinced", "was convinced",
                "considers", "considered", "holds", "insists", "insisted")
# An assembly or summit adopting what was put to it ("the General Assembly adopted the resolution"):
# read by the parse only, and only with a body as subject.
# what a body does with what is put to it ("the General Assembly adopted / proclaimed ..."): support
ADOPT_VERBS = ("adopted", "adopts", "adopt", "adopting", "unanimously adopted", "proclaimed", "proclaims",
               "declared", "declares")
# Adjectives and nouns: "X was supportive", "X's support for ...", "support from X and Y".
SUPPORT_ADJECTIVES = ("supportive", "receptive", "favourable", "favorable", "positive")
SUPPORT_NOUNS = ("support", "backing", "endorsement", "approval", "welcome")
# "which found the support of X and Y": the supporters follow.
SUPPORT_OF_PHRASES = ("found the support of", "won the support of", "gained the support of", "received the support of",
                      "enjoyed the support of", "has the support of", "had the support of", "with the support of",
                      "with the backing of", "won the backing of", "gained the backing of", "received the backing of",
                      "met with the support of", "found support from", "won support from", "received support from",
                      "drew support from", "gained support from", "was supported by", "were supported by",
                      "was backed by", "were backed by", "was endorsed by", "were endorsed by", "was welcomed by",
                      "were welcomed by", "is supported by", "are supported by", "has been supported by",
                      "has been backed by", "has been endorsed by", "has been welcomed by", "supported by",
                      "backed by", "endorsed by", "welcomed by", "approved by", "hailed by", "seconded by",
                      "championed by")
# Text translated from languages without articles drops them: "won support of Mongolia".
SUPPORT_OF_PHRASES += tuple(p.replace(" the ", " ") for p in SUPPORT_OF_PHRASES if " the " in p)

# ----------------------------------------------------------------------------- membership

MEMBER_OF_PHRASES = ("member of", "members of", "member states of", "member state of", "member-states of",
                     "member countries of", "full member of", "full members of", "founding member of",
                     "founding members of", "part of", "members in", "member in", "belong to", "belongs to",
                     "belonged to", "joined", "join", "joins", "membership in", "membership of", "memberships in",
                     # an adverb inside the phrase: "are members also of", "is a member too of"
                     "members also of", "member also of", "members too of", "member too of", "members as well of")
# A state's entry into a body, named as a deed: "Mongolia's accession to", "Laos's joining"
ACCESSION_NOUNS = ("accession", "joining", "entry", "admission")
# Founders are members: "the Caspian Shipping League, founded in 2021 by Iran and Russia"
FOUNDED_BY = ("founded", "established", "set up", "created", "formed", "launched", "co-founded")
# "the union admitted Mongolia as its sixth member", "accepted Iran as a full member"
ADMITTED = ("admitted", "admits", "admit", "accepted", "accepts", "took in", "welcomed")
ORG_HAS_MEMBERS = ("includes", "included", "include", "including", "brings together", "brought together",
                   "bringing together", "unites", "united", "uniting", "comprises", "comprised", "comprising",
                   "consists of", "consisted of", "consisting of", "groups", "gathers", "is made up of",
                   "made up of", "counts", "encompasses") + tuple(
    f"{whose}{noun} {verb}" for whose in ("", "whose ")
    for noun in ("members", "member states", "member-states", "member countries", "member nations")
    for verb in ("are", "were", "include", "included", "remain"))
KNOWN_AS = ("known as", "referred to as", "called", "dubbed", "forming", "form", "formed", "make up", "made up",
            "constitute", "constituting")
# Words that keep a sentence from stating membership.
NOT_MEMBER = {"not", "never", "neither", "nor", "outside", "left", "leave", "leaving", "withdrew", "withdraw",
              "withdrawn", "observer", "observers", "suspended", "frozen", "froze", "applied", "apply", "candidate",
              "aspires", "wants", "hopes", "seeks", "seeking", "considering", "weighing", "invited", "could", "might",
              "may", "would", "plans", "intends", "partner", "partners", "dialogue", "guest", "non-member",
              "non-members", "except", "excluding", "quit", "exited"}

# ----------------------------------------------------------------------------- names

# Head nouns of names of existing bodies (typed Organisation unless proposed).
ORGANISATION_HEADS = {"alliance", "union", "organisation", "organization", "association", "institute", "company",
                      "bank", "commission", "committee", "secretariat", "community", "council", "agency",
                      "foundation", "federation", "league", "group", "assembly", "parliament", "ministry",
                      "corporation", "service", "authority", "network", "university", "academy", "society",
                      "chamber", "board", "bureau", "office", "mission", "court", "senate", "majlis", "mejlis",
                      "kurultai", "coalition", "consortium", "holding", "fund", "centre", "center", "institution",
                      "times", "news", "agency", "press", "post", "tribune", "gazette", "herald", "journal"}
# Head nouns of names of things that get proposed (typed Initiative unless they act as a body).
INITIATIVE_HEADS = {"centre", "center", "platform", "programme", "program", "fund", "strategy", "agreement",
                    "dialogue", "plan", "system", "corridor", "initiative", "treaty", "resolution", "mechanism",
                    "roadmap", "concept", "project", "format", "grants", "scholarships", "declaration", "charter",
                    "convention", "pact", "framework", "hub", "fleet", "year", "registry", "catalogue", "catalog",
                    "architecture", "railway", "pipeline", "station", "zone", "network", "council", "alliance",
                    "association", "group", "commission", "committee", "secretariat", "bank", "partnership",
                    "union", "academy", "agenda", "space", "market", "park", "route", "highway", "canal",
                    "cluster", "institute", "facility", "exchange", "register", "scheme", "portal", "database",
                    "observatory", "laboratory", "school", "index", "vision", "statute", "protocol", "memorandum",
                    "pipeline", "line", "link", "road", "bridge", "port", "terminal", "centres", "centers",
                    "programmes", "programs", "agreements", "platforms", "funds", "plans", "strategies"}
# Head nouns of names of events (typed Summit).
EVENT_HEADS = {"summit", "forum", "conference", "meeting", "congress", "expo", "games", "olympiad", "festival",
               "week", "talks", "session"}
NAME_HEADS = ORGANISATION_HEADS | INITIATIVE_HEADS | EVENT_HEADS
# Heads that name an existing body whatever the context (an institute is not "proposed" into being
# by being named); other heads follow the context.
BODY_HEADS = {"institute", "company", "bank", "university", "agency", "ministry", "corporation", "organisation",
              "organization", "federation", "league", "foundation", "society", "chamber", "bureau", "court",
              "parliament", "senate", "majlis", "mejlis", "times", "news", "press", "post", "tribune", "gazette",
              "herald", "journal", "service", "authority"}
# Lower-case words that may join the capitalised words of a name.
NAME_CONNECTORS = {"of", "for", "on", "and", "the", "in", "to", "between", "among", "at", "&", "related", "with",
                   "de", "du", "la", "al", "el", "against"}
# Capitalised words that start a sentence or a heading, not a name.
NOT_NAME_STARTS = {"the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "by", "with", "from",
                   "as", "and", "but", "or", "it", "its", "their", "his", "her", "our", "we", "they", "he", "she",
                   "since", "after", "before", "during", "while", "when", "where", "thus", "also", "however",
                   "moreover", "today", "yesterday", "last", "next", "every", "each", "all", "both", "some", "many",
                   "most", "such", "another", "other", "new", "one", "two", "three", "four", "five", "according",
                   "despite", "although", "because", "if", "unlike", "like", "given", "under", "over", "about",
                   "into", "through", "toward", "towards", "following", "amid", "among", "between", "without",
                   "within", "regardless", "nonetheless", "nevertheless", "undoubtedly", "of", "to", "evidence",
                   "breakthrough", "integration", "cooperation", "addition", "movement", "taking", "firm",
                   "sustainable", "objectives", "achievements", "future", "prospects", "challenges",
                   # sentence adverbs of time and sequence ("Later Kaha Imnadze called for ...")
                   "later", "then", "earlier", "meanwhile", "afterwards", "subsequently", "now", "still"}
# Anaphoric references to an organisation named before: "the alliance includes ...".
ORGANISATION_ANAPHORS = {"alliance", "union", "organisation", "organization", "bloc", "council", "group",
                         "grouping", "association", "body", "commission", "community", "forum", "platform",
                         "institute", "federation", "league", "partnership", "commonwealth", "conference"}
GENERIC_ANAPHORS = {"organisation", "organization", "bloc", "body", "grouping", "group"}

# ----------------------------------------------------------------------------- persons and offices

# Role words before or after a state: "the President of Uzbekistan", "the Kazakh leader".
# Value: the role's local name in the ontology (c5:President ...).
HEAD_OF_STATE_WORDS = {"president": "President", "leader": "President", "head": "President",
                       "head of state": "President", "presidents": "President", "leaders": "President",
                       "heads": "President", "heads of state": "President", "chief": "President",
                       "king": "President", "emir": "President", "amir": "President", "sultan": "President"}
ROLE_PHRASES = {**HEAD_OF_STATE_WORDS,
                "prime minister": "PrimeMinister", "premier": "PrimeMinister", "pm": "PrimeMinister",
                "chairman of the cabinet of ministers": "PrimeMinister", "chairman of the cabinet": "PrimeMinister",
                "foreign minister": "ForeignMinister", "minister of foreign affairs": "ForeignMinister",
                "foreign affairs minister": "ForeignMinister", "top diplomat": "ForeignMinister",
                "secretary general": "SecretaryGeneral", "secretary-general": "SecretaryGeneral",
                "crown prince": "CrownPrince"}
# Words for a state's delegation: "the Uzbek side" resolves to the leader the text names, else the state.
SIDE_WORDS = {"side", "delegation", "delegations", "party", "participants"}  # "the Korean participants"
GOVERNMENT_WORDS = {"government", "authorities", "leadership", "administration", "cabinet"}
# Titles before a person's name ("Ambassador Smith", "Mr Rahimov").
PERSON_TITLES = {"president", "minister", "ambassador", "chairman", "chairwoman", "chairperson", "director",
                 "secretary", "senator", "governor", "mayor", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.",
                 "prof", "prof.", "professor", "general", "deputy", "speaker", "envoy", "representative", "expert",
                 "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "head", "leader", "premier",
                 "king", "emir", "sheikh", "sultan", "analyst", "author", "commissioner", "ceo", "chief"}
# Surname endings common in Central Asian, Russian, Caucasian and Turkic names.
# Words with a surname's ending that are adjectives of regions and peoples ("the Supreme Eurasian
# Economic Council"), never a family name.
NOT_SURNAMES = {"eurasian", "asian", "caucasian", "european", "african", "american", "arabian", "caspian",
                "mongolian", "indonesian", "malaysian", "christian", "parliamentarian", "civilian", "guardian",
                "librarian", "veteran", "median", "comprehensive", "sectarian", "humanitarian", "egalitarian"}
SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "yev", "yeva", "iev", "ieva", "yov", "ovich", "evich", "ovna", "evna",
                   "enko", "dze", "shvili", "uly", "ulu", "kyzy", "qyzy", "zoda", "zade", "zada", "yan", "ian",
                   "bekov", "bayev", "baev", "ayev", "aev", "oev", "oyev", "sky", "skiy", "skaya", "ski", "uk",
                   "chuk", "ko", "ovs", "oglu", "ogly", "ly", "ev", "khan", "ullah", "ulla", "bek", "bai", "bay")
# "in honour of A, B and C": the names that follow are people.
HONOUR_PHRASES = ("in honor of", "in honour of", "named after", "named for", "in memory of", "in the name of",
                  "dedicated to the memory of", "commemorating", "in tribute to")

# ----------------------------------------------------------------------------- objects of proposals

# Words that open an object phrase without being part of what was proposed.
LEAD_IN_WORDS = ("to", "that", "the", "a", "an", "its", "his", "her", "their", "our", "also", "further", "jointly",
                 "actively", "both", "swiftly", "urgently", "together", "collectively", "consider", "considering",
                 "the possibility of", "possibility of", "creating", "create", "the creation of", "creation of",
                 "establishing", "establish", "the establishment of", "establishment of", "launching", "launch",
                 "the launch of", "launch of", "forming", "form", "developing", "develop", "setting up", "set up",
                 "holding", "hold", "the holding of", "holding of", "adopting", "adopt", "the adoption of",
                 "adoption of", "preparing", "prepare", "the preparation of", "building", "build", "organizing",
                 "organising", "organize", "organise", "the organization of", "the organisation of", "introducing",
                 "introduce", "the introduction of", "the need for", "need for", "the need to", "need to",
                 "the formation of", "formation of", "the development of", "development of", "a new", "new",
                 "upcoming", "forthcoming",
                 "the joint promotion of", "joint promotion of", "the promotion of", "promotion of", "promoting",
                 "drafting", "draft", "the drafting of", "concluding", "conclude", "the conclusion of", "signing",
                 "sign", "the signing of", "convening", "convene", "the convening of", "hosting", "host",
                 "launching of", "starting", "start", "opening", "open", "the opening of", "setting", "up",
                 "putting", "put", "making", "make", "the idea of", "idea of", "an idea to", "plans for",
                 "plan for", "plans to", "readiness to", "willingness to", "and", "for", "on", "of", "with", "about",
                 "achieving", "achieve", "take", "taking", "declare", "declaring", "proclaim", "proclaiming",
                 "designate", "designating", "work out", "working out", "draw up", "drawing up",
                 # light verbs and frames before the thing itself: "focus on the implementation of X"
                 "focus on", "focusing on", "concentrate on", "concentrating on", "work on", "working on",
                 "follow up on", "follow up", "following up", "the issue of", "issue of", "the question of",
                 "question of", "pay attention to", "paying attention to", "pay special attention to",
                 # a linking adverbial before the second of two proposals: "to expand trade and, in doing so, to"
                 "in doing so", "in so doing", "thereby", "at the same time",
                 # an initiative's purpose before what it makes: "an initiative aimed at creating X"
                 "aimed at", "designed to", "intended to", "meant to", "directed at")
# "to realize this task by increasing A and building B": the means are what is proposed
ACCOMPLISHING_VERBS = {"realize", "realise", "achieve", "accomplish", "fulfil", "fulfill", "reach", "attain", "solve",
                       "implement", "meet"}
TASK_NOUNS = {"task", "tasks", "goal", "goals", "aim", "aims", "objective", "objectives", "target", "targets"}
# A lead-in verb may be followed by "and VERB" ("to develop and adopt a Strategy").
LEAD_IN_VERBS = {"create", "creating", "establish", "establishing", "launch", "launching", "form", "forming",
                 "develop", "developing", "set", "setting", "hold", "holding", "adopt", "adopting", "prepare",
                 "preparing", "build", "building", "organize", "organizing", "organise", "organising", "introduce",
                 "introducing", "draft", "drafting", "conclude", "concluding", "sign", "signing", "convene",
                 "convening", "host", "hosting", "start", "starting", "open", "opening", "consider", "considering",
                 "implement", "implementing", "elaborate", "elaborating", "approve", "approving", "make", "making",
                 "put", "putting", "pursue", "pursuing", "promote", "promoting", "strengthen", "strengthening",
                 "expand", "expanding", "deepen", "deepening", "boost", "boosting", "increase", "increasing",
                 "achieve", "achieving", "take", "taking", "use", "using", "ensure", "ensuring", "support",
                 "supporting", "transform", "transforming", "reform", "reforming", "design", "designing",
                 "introduce", "revive", "reviving", "renew", "renewing", "extend", "extending", "join", "joining",
                 "explore", "exploring", "study", "studying", "work", "working", "cooperate", "cooperating",
                 "help", "helping", "supply", "supplying", "provide", "providing", "raise", "raising",
                 "speak", "speaking", "enhance", "enhancing", "finance", "financing", "fund", "funding"}
# Nominalisations that head a coordinated object ("the creation of A and the formulation of B").
NOMINALISATIONS = {"creation", "establishment", "launch", "formation", "development", "holding", "adoption",
                   "preparation", "organisation", "organization", "introduction", "formulation", "drafting",
                   "conclusion", "signing", "convening", "promotion", "implementation", "elaboration",
                   "strengthening", "expansion", "construction", "opening", "building", "setting", "reform",
                   "transformation", "modernisation", "modernization", "simplification", "harmonisation",
                   "harmonization", "optimisation", "optimization", "intensification", "deepening",
                   "restoration", "integration"}
# An object made only of these words is not a concrete proposal ("a number of specific initiatives").
GENERIC_OBJECT_WORDS = {"number", "specific", "initiative", "initiatives", "proposal", "proposals", "similar",
                        "various", "several", "many", "important", "other", "concrete", "idea", "ideas",
                        "measures", "steps", "step", "this", "that", "it", "them", "these", "those", "which", "what",
                        "such", "range", "series", "set", "list", "package", "some", "few", "more", "new",
                        "further", "additional", "own", "own", "ones", "one", "his", "her", "its", "their", "our",
                        "plan", "plans", "thing", "things", "issue", "issues", "matter", "agenda", "way", "ways",
                        "so", "too", "well", "proposed", "there", "here", "way", "forward", "same", "following",
                        "number", "whole", "key", "main", "major", "common", "joint", "practical", "possible",
                        "relevant", "necessary", "appropriate", "also", "all", "any", "each", "every"}
# The lemmas of reporting verbs: "..., the minister said", "He noted that ..."
SPEECH_LEMMAS = {"say", "tell", "state", "note", "stress", "add", "declare", "emphasise", "emphasize", "announce",
                 "underline", "remark", "write", "insist", "argue", "recall", "assert", "continue", "conclude"}
# Words that end an object phrase: a clause or a predicate starts.
OBJECT_STOP_WORDS = {";", "while", "whereas", "which", "who", "whom", "whose", "because", "but", "although",
                     "though", "when", "where", "since", "saying", "noting", "adding", "arguing", "stressing",
                     "explaining", "insisting", "recalling", "describing", "citing", "warning", "is", "are", "was",
                     "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
                     "must", "represents", "represented", "marks", "marked", "remains", "remained", "seems",
                     "seemed", "appears", "appeared", "shows", "showed", "reflects", "reflected", "comes", "came",
                     "became", "becomes", "signals", "signalled", "signaled", "underscores", "demonstrates",
                     "demonstrated", "means", "meant", "indicates", "indicated", "drew", "draws", "found", "won",
                     "received", "gained", "enjoyed", "met", "so", "unless", "whereby", "thereby", "amid",
                     "correlates", "said", "says", "told", "added", "noted", "stated", "announced"}
# Adjuncts trimmed from the end of a label (kept as the fact's summit, place or date).
# where it was said ("in his first speech"), not what ("interference in their internal affairs")
SAYING_NOUNS = ("speech", "address", "remarks", "statement", "opening", "closing", "keynote", "words", "turn",
                "interview", "message", "letter", "article", "report", "view", "opinion", "capacity",
                "presentation", "talk", "appeal")
# To oppose or condemn something is a stance, not a thing put forward ("urged them to oppose X").
OPPOSING_VERBS = frozenset(("oppose", "opposing", "reject", "rejecting", "condemn", "condemning", "denounce",
                            "denouncing", "resist", "resisting", "refuse", "refusing"))
# Participles after a comma that report what else the proposer did, not the thing proposed
ACCOMPANYING_PARTICIPLES = ("pledging", "adding", "saying", "noting", "stressing", "citing", "promising", "urging",
                            "highlighting", "emphasizing", "emphasising", "underlining", "describing", "pointing",
                            "recalling", "warning", "arguing", "insisting", "telling", "explaining")
TRAILING_ADJUNCTS = ("on the sidelines", "in a speech",
                     "in an address", "in an interview", "on monday", "on tuesday", "on wednesday", "on thursday",
                     "on friday", "on saturday", "on sunday", "this week", "this month", "this year",
                     "this summer", "this spring", "this autumn", "this fall", "this winter", "last week",
                     "last month", "last year", "next year", "next month", "earlier this", "later this",
                     "in honor of", "in honour of", "named after", "in memory of", "under the auspices of",
                     "every year", "each year", "once a year", "twice a year", "annually", "on a regular basis",
                     "every two years", "on a rotating basis", "not too long ago", "recently", "in recent weeks",
                     "in recent months", "earlier this week", "last spring", "last summer", "last autumn",
                     "last winter",
                     # the manner of it, not what it is: "settled by political means with due respect to ..."
                     "with due respect to", "with due regard to", "due respect to", "due regard to",
                     "with full respect for", "taking into account")
# Evaluative modifiers left out when comparing two mentions of one proposal.
EVALUATIVE_MODIFIERS = {"enhanced", "closer", "nearer", "increased", "elevated", "greater", "deeper", "stronger",
                        "more", "further", "better", "improved", "intensified", "expanded", "broader", "wider",
                        "new", "enhanced", "strengthened", "effective", "comprehensive", "the", "a", "an", "of",
                        "among", "between", "in", "on", "for", "and", "to", "with", "regional", "its", "their"}
# Words compared as one when matching two mentions of a proposal.
COMPARISON_SYNONYMS = {"collaboration": "cooperation", "co-operation": "cooperation", "defense": "defence",
                       "centre": "center", "programme": "program", "organisation": "organization",
                       "catalogue": "catalog", "countries": "states", "nations": "states", "states": "states"}

# ----------------------------------------------------------------------------- summits and attendance

CARDINALS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
             "eleven": 11, "twelve": 12}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10}
ATTEND_WORDS = ("took part", "take part", "takes part", "taking part", "attended", "attend", "attends",
                "attending", "participated", "participate", "participates", "participating", "gathered",
                "joined by", "was represented", "were represented", "arrived", "guest", "guests", "invitation",
                "invited", "spoke at", "addressed", "met in", "met at", "came to", "travelled to", "traveled to",
                "was present", "were present", "around the table", "brought together", "at the summit",
                "at the meeting", "at the forum", "stated at", "said at", "noted at")
HOST_WORDS = ("hosted", "hosts", "host", "hosting", "chaired", "chairs", "chairing", "presided", "as host",
              "acting as host", "welcomed the leaders", "welcomed")

__all__ = [name for name in dir() if name.isupper()]
