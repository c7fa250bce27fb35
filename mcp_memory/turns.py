"""What a turn is, for recall: about the user, a request, or general knowledge; its names.

Recall widens its distance band for a turn about the user ("Which city is she in?") and for
requests the user's situation shapes ("Suggest a restaurant for tonight"), and gives none to
what anyone could ask ("What is the speed of light?"). Regexes only, no model.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from mcp_memory.facts import CALENDAR_WORDS, plain_name, stem

__all__ = [
    "TurnKind",
    "asks_for_a_task",
    "common_words",
    "is_encyclopedic",
    "is_general_knowledge",
    "is_how_to",
    "mentions_name",
    "name_phrases",
    "proper_names",
    "query_names",
    "refers_to_own_world",
    "refers_to_person",
    "tells_news",
    "turn_kind",
    "without_quotes",
]

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")

# Words that make a turn about the user or the user's world ("my", "we", "she", "the user"),
# and advice modals ("Which language should the email be in?" asks about the user's own case).
_PERSONAL = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|we'll|we'd|our|ours|ourselves|us|"
    r"let's|he|she|him|his|her|hers|himself|herself|user|user's|should|shall|ought)\b"
)
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b")
# Generic forms where "I"/"me" stand for anyone: "how do I boil an egg", "tell me a joke".
_GENERIC_PERSON = re.compile(
    r"\bhow (?:do|can|should|would|could|to) i\b(?! (?:usually|normally|always|typically))"
    r"|\b(?:tell|give|show|teach) me\b"
    r"|^explain the\b"  # "Explain the plum pudding model of the atom."
    r"|^translate\b"  # "Translate 'good luck' into French": the same for anyone
    r"|(?:\bto me )?\b(?:like|as if) i'?m (?:a )?(?:five|six|seven|eight|nine|ten|\d+|kid|child|beginner)\b"
)  # "Explain the offside rule to me like I'm 10": for a child, not about the user
_THE_US = re.compile(r"\bUS\b")  # the country, not "us"
# Advice asked for the asker's own case: "a bad idea", "good idea?", "is it ok to", "too late for";
# the time where someone the user knows is: "what time is it for obinna now"
_ADVICE = re.compile(
    r"\ba (?:bad|good) idea\b|\bgood idea\?|\b(?:ok|okay|fine|alright) to\b|\btoo (?:late|early) (?:for|to)\b"
    r"|\bwhat time is it (?:over there )?for\b",
    re.I,
)
KIN_ABROAD = {
    "mother": "maman ammu ammi",
    "father": "abbu",
    "grandmother": "oma nonna abuela obaachan babcia babushka mormor farmor bestemor yiayia bubbe halmoni",
    "grandfather": "opa nonno abuelo ojiichan dziadek morfar farfar bestefar papou zayde",
}
"""Parents and grandparents as users of other languages call them ("Oma", "obaachan"), by relation."""
_KIN_ABROAD = "|".join(word for words in KIN_ABROAD.values() for word in words.split())
KIN_AS_NAME = re.compile(
    r"\b(?:Mum|Mam|Mom|Mama|Mamma|Dad|Papa|Pappa|Mummy|Mammy|Daddy|Nan|Nana|Gran|Granny|Grandma|Grandad|Grandpa"
    rf"|{_KIN_ABROAD.title()})\b(?! jokes?\b)"
)
"""A parent or grandparent called by what the user calls them, capitalised as a name ("Mum", "Oma")."""
KIN_SAID_PLAIN = re.compile(
    r"(?<!my )(?<!the )(?<!a )(?<!her )(?<!his )(?<!your )(?<!their )(?<!our )(?<!new )(?<!single )"
    rf"\b(mum|mom|mam|dad|{_KIN_ABROAD})\b(?! (?:jokes?|bod|jeans|blogs?|life|guilt)\b)"
)
"""The user's parent said in lower case with no "my" ("a present for dad", "ring mum on Sunday")."""
_NAME_PHRASE = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][\w'’-]*(?:(?:\s+(?:(?:of|the)\s+)?|\s+(?:al|el|bin|ibn|van|von|de|da|del|di|du)[\s-])"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*)+"
)  # "Isle of Skye", "Hafez al-Assad", "Ludwig van Beethoven", "Canelo Álvarez"


@lru_cache(maxsize=4096)
def refers_to_person(text: str) -> bool:
    """Whether a turn is about the user or their people ("my run", "our NPS", "her son").

    A general-knowledge turn ("What is the speed of light?", "How do I boil an egg?") is not;
    recall asks it for stronger evidence, since no memory of the user is likely to help.
    """
    if KIN_AS_NAME.search(text) or KIN_SAID_PLAIN.search(text):
        return True  # "How often do I go up to see Mum?": the user's mother
    if _ADVICE.search(text):
        return True  # "Is a cappuccino at 3pm a bad idea?": for the user, whose case decides it
    lowered = _GENERIC_PERSON.sub(" ", without_quotes(_THE_US.sub("USA", text).lower().replace("’", "'")))
    if name_phrases(text):  # "Who was Rosa Parks and why is she famous?": she is Rosa Parks
        lowered = _THIRD_PERSON.sub(" ", lowered)
    return _PERSONAL.search(lowered) is not None


_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
# "so far" up to now, not a distance: "Why do terns fly so far?", "How do kangaroos hop so far?"
_MOVING = "hop hops fly flies run runs jump jumps swim swims travel travels migrate walk go"
_SO_FAR = (
    "".join(f"(?<!{verb} )" for verb in _MOVING.split())
    + r"so far(?! (?:away|from|apart|north|south|east|west)\b)"
)
# Time counted from now: only the user's own life has a "tomorrow" or a "last week".
_RELATIVE_TIME = re.compile(
    r"\b(?:today|tonight|tomorrow|tmrw|tmr|yesterday|these days|any ?more|lately|recently|at (?:home|work)"
    rf"|{_SO_FAR}"
    r"|this (?:morning|afternoon|evening|week|weekend|month|year|summer|winter|spring|autumn|term|season|time)"
    rf"|(?:this|next|last|on) {_DAYS}|next (?:week|weekend|month|year|term|season|time)"
    r"|last (?:night|week|weekend|month|year|term|season|time)"
    r"|(?:a while|a bit|a few \w+|some time) (?:back|ago)|the (?:big day|other day))\b"
)
# "this chest infection", "these invoices": something in front of the user.
_DEMONSTRATIVE = re.compile(r"\b(?:this|these) (?!(?:is|are|was|were|means?|one)\b)[a-z]+")
# Everyday things a person has one of: "the car", "the kids", "the wedding" are the user's own.
_OWN_THINGS = (
    r"dogs?|cats?|pets?|pup|puppy|kitten|hamster|rabbits?|bunny|tortoise|budgie|parrot|ferret|kids?|child|children|baby|boys|girls|lads?|son|daughter|"
    r"little ones?|wife|husband|partner|mum|mom|dad|parents|grandkids|fella|boss|manager|team|staff|"
    r"colleagues|clients?|board(?! games?\b)|landlord|builder|surveyor|vet|gp|doctor|physio|dentist|tutor|coach|"
    r"neighbours|car|van|bike|flat|house|home|garden|balcony|loft|attic|kitchen|garage|allotment|"
    r"shed|office|race|wedding|trip|holiday|offsite|meeting|appointment|party|deadline|exam|"
    r"interview|move|launch|release|project|repo|app|store|shop|business|charity|club|band|choir|"
    r"squad|rota|shift|budget|mortgage|rent|loan|pension|savings|books|accounts|pickup|truck|ute|bakkie|"
    r"motorbike|scooter|boat|outboard|caravan|campervan|insurer|operation|surgery|renovation|extension|lease|"
    r"tenants?|lodger|nanny|childminder|cleaner|accountant|solicitor|farm|workshop|studio|stall|family|"
    r"twins|guests|small ones?|thesis|dissertation|gutters|eavestroughs|boiler|heater|roof|grandbabies|"
    r"cottage|cabin|chalet|washing machine|dishwasher|fridge|freezer|ceiling|plants"
)
# A routine of the user's said bare, as they would say it: "When's payday?", "What night is rehearsal?"
_OWN_ROUTINE = re.compile(
    r"^(?:when's|when is|what (?:night|day|time|date) is|where's|where is) (?:payday|rehearsal|training|"
    r"practice|choir|band practice|bin day|pickup|drop-off|school run|physio|swimming|appraisal|standup|"
    r"stand-up|handover|check-up|checkup)\b"
)
# lower-case words only, no ranking, not followed by "of" or a name: "the Manchester Baby", "the
# first car", "the holiday Arbor Day" and "the team of Apollo 11" are things anyone could ask about
_DEFINITE_OWN = re.compile(
    r"\b[Tt]he (?:(?!(?:first|last|only|same|most|least|\w+est)\b)[a-z][\w-]* ){0,3}?"
    rf"(?:{_OWN_THINGS})\b(?! of\b)(?! [A-Z])"
)


@lru_cache(maxsize=4096)
def refers_to_own_world(text: str) -> bool:
    """Whether a turn points into the user's life without naming anyone: a time counted from
    now ("this weekend", "a while back"), something at hand ("this chest infection"), or an
    everyday thing a person has one of ("When is the car due its test?", "What are the dogs
    called?"). "What is the speed of light?" does none of these."""
    plain = without_quotes(text.replace("’", "'"))  # "Translate 'good luck in the exam'"
    lowered = plain.lower()
    return bool(
        _RELATIVE_TIME.search(lowered)
        or _DEMONSTRATIVE.search(lowered)
        or _DEFINITE_OWN.search(plain)
        or _OWN_ROUTINE.match(lowered)
    )


# A task asked as a question: "Can you book ...", "Could you find me ...".
_POLITE_REQUEST = re.compile(
    r"^(?:[^?]*\s-\s)?(?:can|could|would|will) you (?:please )?(?:find|book|set|plan|draft|write|order|give|"
    r"make|get|grab|sort|arrange|schedule|organise|organize|put|add|remind|help|check|suggest|"
    r"recommend|pick|choose|reserve)\b"
)
# A question by its opener ("What is ...", "Is a tomato ...", "Capital of Peru?" ends in "?"),
# and requests whose answer is the same for everyone (a joke, a poem, a fun fact).
_QUESTION_OPENER = re.compile(
    r"^(?:what|what's|who|who's|whom|whose|where|where's|when|which|why|how|how's|"
    r"is|are|was|were|do|does|did|can|could|will|would|has|have|had)\b"
)
# "How do I renew my passport?": a procedure anyone could follow, "my" notwithstanding.
_HOW_TO = re.compile(
    r"^how (?:do|can|should|would|could|to) (?:i|you|we|one)\b(?! (?:usually|normally|always|typically))"
    r"|^how to\b"
    # "how long do I boil an egg" is a how-to; "how long do I have left", "how much do I send home" are about the user
    r"|^how (?:long|much|many|often) (?:do|should|can) (?:i|you|one) (?!have|got|need|get|still|usually|spend|afford|owe|earn|put|invest|(?<=do i )(?:send|pay|make|save|give)\b)\w+"
)
# A how-to about the user's own case: advice for them ("How should I pace myself ..."), their
# household ("... in the language we speak"), their state ("I'm learning") or their calendar.
# What a person has one of and a how-to about it depends on ("my truck", "my laptop"), beside
# ``_OWN_THINGS``; not what is the same for anyone ("my passport", "my screen in a Zoom meeting").
_MY_THINGS = (
    r"laptop|computer|pc|machine|phone|telephone|mobile|smartphone|tablet|ipad|kindle|e-reader|printer|router|whatsapp|"
    r"lenses|glasses|hearing aids?|knee|back|hip|shoulder|fingers|"
    r"head|feet|language learning|learning|training|speed|time|pb|data|thesis|dissertation|design|work|"
    r"plants|hives|bees|colonies|chickens|hens|horse|plot|oven|number|files|daw|"
    r"ears?|eyes?|teeth|skin|in-laws|brothers?|sisters?|cousins?|aunt|uncle|nan|gran|grandma|grandad|"
    r"grandsons?|granddaughters?|grandchild|grandchildren|grandkids?|nephews?|nieces?|"
    r"watch|smartwatch|document|spreadsheet|instrument|guitar|piano|violin|camera|"
    r"friends?|cook|students|pupils|patients"
)
_OWN_CASE = re.compile(  # "this thing" in a how-to is the user's own device
    r"^how should i\b|\bthis (?:thing|phone|tablet|ipad|iphone|device|laptop|computer)\b|\b(?:we|we're|we've|us|our|ourselves|myself|i'm|i am|i've|i'd|mum|mam|mom|dad)\b|"
    + _RELATIVE_TIME.pattern
    + r"|\bmy (?:mum|mom|mother|dad|father|son|daughter|wife|husband|partner|kids?|children|baby|parents)\b"
    + rf"|\bmy (?:[a-z-]+ ){{0,2}}(?:{_OWN_THINGS}|{_MY_THINGS})\b"
)


_MY_HOW_TO = re.compile(r"how (?:\w+ )?(?:do|can|should|could|would) (?:i|we)\b")  # not "you", "one"


def is_how_to(text: str) -> bool:
    """Whether a turn asks how to do something ("How do I ...", "How often should I ...")."""
    return _HOW_TO.match(text.strip().lower().replace("’", "'")) is not None


_CREATIVE_WORDS = (
    r"jokes?|haikus?|limericks?|poems?|riddles?|puns?|bedtime stor(?:y|ies)|fairy tales?|folk ?tales?|fables?"
)
_FOR_ANYONE = re.compile(rf"\b(?:{_CREATIVE_WORDS}|fun facts?|trivia|synonyms?|antonyms?)\b")


# Questions for an encyclopedia: what a place's population or history is, who invented a thing,
# how a town got its name. No memory answers them, whatever it shares with them ("How did
# Magdeburg get its name?" and "won the 2024 race from Magdeburg").
_ENCYCLOPEDIC = re.compile(
    r"^(?:what(?:'s|s| is| was) the (?:population|capital|history|origin|tallest|largest|oldest|longest|highest)\b"
    r"|how many (?:people|spectators|fans|seats) (?:does|can|will) .+ (?:hold|seat|take)\b"
    r"|who (?:invented|wrote|founded|discovered|created|won|painted|composed|directed|built|designed)\b"
    r"|when (?:was|were|did) .+ (?:built|founded|invented|written|discovered|established)\b"
    r"|(?:how|where) did .+ get (?:its|their|his|her) name\b"  # "Where did the Granny Smith get its name?"
    r"|where (?:does|did) the name .+ come from\b"
    r"|why (?:is|are|was|were) .+ (?:named|called) after\b"  # "why is Tesla the car company named after ..."
    r"|what (?:does|do) .+ (?:on|in) the .+ stand for\b"
    r"|which .+ (?:was|were) founded\b"
    r"|who (?:was|were) .+ (?:known for|famous for|and what|and where|and why)\b"
    r"|what happened (?:at|in|on|during) .+ in \d{3,4}\b"
    r"|what does .+ mean\b"
    r"|what did (?!i\b|we\b|my\b|our\b).+ (?:discover|invent|write|paint|compose|found|build)\b"
    r"|how many (?:people|\w+|[\w-]+ [\w-]+) (?:live|are there)\b"  # "How many moose live in Sweden?", "dwarf statues"
    r"|is (?:the |a )?\w+ really from\b"
    r"|why do (?!i\b|we\b|you\b|my\b|our\b|they\b|people\b)\w+s \w+\?$"  # "Why do cats purr?"
    r"|how do (?!i\b|we\b|you\b|my\b|our\b|they\b|the\b)\w+s (?:know|work)\b"  # "How do elevators know ..."
    r"|(?:what(?:'s| is)|(?:(?:can|could|would) you (?:please )?)?(?:summari[sz]e|outline)) the (?:plot|story|storyline) of\b"
    r"|why (?:is|are|was|were) (?:the )?(\w+(?: \w+){0,3}) (?:called|named) \1\b"  # "Why is Battery Point called ...?"
    r"|why (?:is|are|was|were) the (?:[\w-]+ )?(?:company|brand|firm|band|city|town|river|island|mountain|country|state"
    r"|language|planet|month|street|bridge|car|team|club) (?:called|named)\b"  # "why is the car company called mazda"
    r"|who (?:played|sang|drummed|starred)\b"  # "Who played bass in the Beatles?"
    r"|why (?:is|are) an? [\w-]+ "  # "Why is a marathon 42.195 km?"
    r"|which (?:country|nation|team|club|city|player) (?:has |have )?(?:won|holds?|makes|made|produces|invented)\b"
    r"|(?:which|what|where|who|how (?:deep|tall|long|big|high|old|fast|far))\b.*\b(?:longest|tallest|largest|oldest"
    r"|biggest|highest|deepest|fastest|busiest|best|greatest|richest|most \w+) .{0,40}in the world\b"
    r"|who (?:is|was|were) the first\b"  # "Who was the first woman to fly solo across the Atlantic?"
    r"|who (?:is|was|were) the (?:captain|architect|designer|founder|inventor|author|composer|commander|pilot) of the\b"
    r"|when did (?!i\b|we\b|you\b|my\b|our\b|her\b|his\b|they\b).+ first open\b"  # "... the Metro first open?"
    r"|why do (?!i\b|we\b|you\b|my\b|our\b|they\b|people\b)\w+s (?:in|on|from|of) (?:the )?[\w-]+(?: [\w-]+)? "
    r"(?:swim|fly|live|migrate|hibernate|sing|glow|climb|hunt|sleep|huddle)\b"  # "Why do whales in the Arctic sing?"
    r"|how many (?:players|people) (?:are )?on the (?:ice|field|pitch|court)\b"  # "... on the ice in ice hockey?"
    r"|who (?:found|discovered|struck|took) (?:the )?(?:first|line honours)\b"  # "Who found the first gold at ...?"
    r"|(?:tell me|teach me|explain)(?: about)? the history of\b"  # "Tell me about the history of the Baha'i Gardens"
    r"|(?:which|what) famous [\w-]+ (?:\w+ )?(?:grew up|was born|lived|came from|comes from|is from|was from)\b"
    r"|(?:at )?what temperature (?:does|do|is|did) [\w ]{2,30}(?:boil|freeze|melt)\b"  # "At what temperature does water boil ...?"
    r"|how (?:do|does|did) (?!i\b|we\b|you\b|my\b|our\b|they\b|the\b)(?:[\w-]+ ){0,2}?[\w-]+s? survive\b"  # "... snow leopards survive the winter?"
    r"|.*\b(?:fahrenheit|celsius) (?:to|into|in) (?:fahrenheit|celsius)\b"  # "Convert 350 degrees Fahrenheit to Celsius"
    r"|which (?:[\w-]+ ){0,3}(?:has|have) (?:sold|won|scored|made) the most\b"  # "Which Volvo model has sold ..."
    r"|what(?:'s| is) the (?:[\w-]+ ){1,2}(?:technique|method|theory|effect|principle|paradox)\b"
    r"|who (?:is|was) \w+ in (?:the )?(?:[\w-]+ ){0,2}(?:legends?|myths?|mythology|folklore|sagas?|bible)\b"
    r"|where (?:does|did|do) (?:the |a |an )(?![^?]*'s\b)(?!\w+ (?:i|we|you)\b).+ come from\b"  # "the dragon on a flag"
    r"|how (?:long|tall|high|deep|wide|old) (?:is|was|are|were) the (?:[\w'-]+ ){1,3}?"
    r"(?:bridge|tower|river|wall|tunnel|canal|mountain|lake|cathedral|pyramid|dam|statue)s?\b"
    r"|how (?:was|were) (?:the )?[\w' -]+ (?:formed|created|discovered|founded)\b"  # "How was Lake Superior formed?"
    r"|.+ and who invented (?:it|them)\b"  # "What's a Tesla coil and who invented it?"
    r"|what(?:'s|s| is) \d+(?:\.\d+)? ?(?:times|plus|minus|divided by|x|\*|\+|-|/) ?\d+(?:\.\d+)?\??$"  # arithmetic
    r"|who (?:was|is|were) .+ named after\b"  # "Who was Tasmania named after?"
    r"|what(?:'s|s| is) the (?:actual |real |main )?difference between\b"  # "What's the difference between a crocodile and ..."
    r"|is an? [\w-]+ the same (?:thing )?as an? "  # "is a prawn the same thing as a shrimp"
    r"|how many (?:miles|km|kilometres|kilometers|metres|meters|feet|yards|laps) (?:is|are|in) an? "  # "... a marathon?"
    r"|what happens (?:in|at the end of|to \w+ (?:in|at the end of)) "  # "What happens at the end of Ibsen's ..."
    r"|what languages? (?:do|does|is|are) (?:they |people )?(?:speak|spoken)\b"  # "... do they speak in Brazil?"
    r"|how many [\w-]+ (?:are|is) (?:there )?(?:on|in) (?:an?|each|every) "  # "... players are on a rugby team?"
    r"|(?:what|which)(?:'s|s| is| was) the (?:tallest|largest|oldest|longest|highest|biggest|deepest) (?:mountain|river"
    r"|lake|building|city|country|planet|ocean|desert|island|bridge|tower|animal|bird|tree|waterfall|volcano|sea"
    r"|forest|continent|stadium|cave|glacier|species|point|lighthouse|port|mammal)s? (?:in|of) "  # "... river in Italy?"
    r"|when did .+ join the (?:eu|european union|nato|un|united nations|euro|eurozone|commonwealth)\b"
    r"|why (?:do|can) (?!i\b|we\b|you\b|my\b|our\b|they\b|people\b)\w+s (?:celebrate|regrow|live|fly|see|smell)\b"  # "Why do Swedes celebrate Lucia?"
    r"|what breed of (?:dog|cat|horse) (?:was|is) (?!my\b|our\b|his\b|her\b|their\b|the\b)\w+"
    r"|what breed (?:was|is) the (?:dog|cat|horse) in\b"  # "... the dog in the TV series Inspector Rex?"
    r"|when did .+ become (?:part of|independent|a republic|a country|a state)\b"  # "When did Trieste become part of Italy?"
    r"|what year (?:was|were|did) (?!(?:i|we|you|my|our|her|his|their|they|she|he)\b)"  # "... the great Lisbon earthquake?"
    r"|was .+ a real (?:person|place|story|event)\b"  # "Was Robin Hood a real person?"
    r"|how (?:did|does|do) an? [\w -]+? (?:actually |really )?work\??$"  # "How did an iron lung actually work?"
    r"|which (?:club|clubs|team|teams) did .+ play for as an? (?:boy|girl|child|kid|junior|youngster)\b"  # "... Messi ..."
    r"|.*\b(?:big|popular|famous) in the (?:19|20)?\d0s\b"  # "Which Southern rock bands were big in the 1970s?"
    r"|why (?:is|are) the .+ so famous\b"  # "Why are the apples from Aomori so famous?"
    r"|why (?:is|are|was|were) the [\w' -]+ so (?:big|large|huge|busy|important|popular|crowded|tall|deep|salty|wide)\b"
    r"|how (?:do|would) you say .+ in (?:[\w-]+)\??$"  # "How do you say 'good morning' in Welsh?"
    r"|how do (?!(?:i|we|you|my|our|they|the)\b)\w+s manage to\b"  # "How do cranes manage to migrate ...?"
    r"|(?:tell me|what(?:'s| is)) the (?:story|legend|myth|fable) of\b"  # "Tell me the story of the hare and the tortoise"  # "... was Lassie?"
    r"|(?:in [\w ]+, )?what(?:'s| is) an? (?!(?:good|nice|best|decent|cheap|quick|easy|healthy|safe|fun|great|simple"
    r"|reasonable|fair|normal|typical|sensible|realistic|appropriate|thoughtful|respectful|traditional)\b)"
    r"(?![^?]*\b(?:gift|present|way|recipe|i|my|me|we|our|us)\b)[\w' -]+\??$)"  # "What is a selkie?"
)
# a people, a landmark or a monarch known by its capitals: "How did the Vikings navigate at sea?"
_NAMED_IN_CAPITALS = re.compile(
    r"^[Hh]ow did the [A-Z][a-z]+s [a-z]+\b"
    r"|^[Hh]ow (?:old|long|tall|high|big|deep|wide) (?:is|are|was) the [A-Z]"  # "How old is the Duomo in Milan?"
    r"|^[Ww]ho (?:was|is) [A-Z][a-z]+ [IVX]+\b"  # "Who was Leopold I of Belgium?"
    # "Who was Amir Timur's biggest rival?": a figure's full name
    r"|^[Ww]ho (?:was|were) [A-Z][\w'-]*(?: [A-Z][\w'-]*)+['’]s (?:\w+ )?(?:rivals?|enem(?:y|ies)|heirs?)\b"
    r"|^[Ww]ho (?:was|is) (?:King|Queen|Emperor|Empress|Saint|St|Pope|Prince|Princess|Tsar|Sultan|Pharaoh) [A-Z]"
    r"|^[Ww]ho taught [A-Z]"  # "Who taught Rachmaninoff the piano?"
    r"|^[Ww]hat(?:'s| is| was) (?:[Tt]he )?[A-Z][\w'-]*(?: (?:of|the|and|in|[A-Z][\w'-]*))* about\??$"  # a title: "What's The Banshees of Inisherin about?"
    # "In the Odyssey, what happens to ...?", "In France, what is ...?"; not "In June, who ..."
    rf"|^In (?:the )?(?!(?:{'|'.join(w.capitalize() for w in CALENDAR_WORDS)})\b)[A-Z][^,]{{2,40}}, "
    r"(?:what|who|why|how|where|when|which)\b"
    # "When did the Suez Canal open?", "When did Milan Fashion Week start?", "When did Volvo start making cars?"
    r"|^[Ww]hen (?:was|were|did) (?:(?:the [A-Z]|[A-Z][\w-]* [A-Z])[^?]*?\b(?:first )?(?:open|opened|start|started"
    r"|begin|began|launch|launched|complete|completed)|[A-Z][\w-]* (?:start|begin) (?:making|producing|building|selling))\b"
)
# a ship, a town by its nickname, a substance: "Why did the Vasa sink?", "Why is Liepāja called
# the city where the wind is born?", "Why does iron rust?"
_ABOUT_A_THING = re.compile(
    r"^[Ww]hy did the [A-Z][\w-]* (?:sink|collapse|burn|explode|crash|fall)\b"
    r"|^[Ww]hy is [A-Z][\w-]* (?:called|known as) the\b"
    r"|^[Ww]hy (?:does|do) (?!(?:i|we|you|they|it|he|she|my|our|his|her|their|your|the|this|that)\b)[a-z][\w-]* [a-z]+\?$"
)
# a character in a work: "Who is Solveig in Peer Gynt?" (the title in capitals, no article)
_CHARACTER = re.compile(r"^[Ww]ho (?:is|was) [A-Z][\w'-]* in [A-Z][\w'-]*(?: [A-Z][\w'-]*)*\??$")


_OPENING_FILLER = re.compile(r"^(?:about|roughly|approximately|so|and|ok|okay|hey|quick question),? ", re.I)


def is_encyclopedic(text: str) -> bool:
    """Whether a turn asks a fact from an encyclopedia (``_ENCYCLOPEDIC``)."""
    text = _OPENING_FILLER.sub("", text.strip().replace("’", "'"))
    return (
        _ENCYCLOPEDIC.search(text.lower()) is not None
        or _CHARACTER.match(text) is not None
        or _NAMED_IN_CAPITALS.match(text) is not None
        or _ABOUT_A_THING.match(text) is not None
    )


TurnKind = Literal["general", "personal", "request"]


@lru_cache(maxsize=4096)
def turn_kind(text: str) -> TurnKind:
    """What a turn is, for recall: general knowledge, about the user, or another request.

    ``"general"``: what anyone could ask (``is_general_knowledge``); ``"personal"``: mentions
    the user or their people ("my", "we", "she", "the user"), points into their life
    (``refers_to_own_world``: "When is the car due its test?") or tells news (``tells_news``:
    "Wheezy again after mowing the lawn."); ``"request"``: the rest, tasks whose subject the
    user's own situation may shape ("Suggest a restaurant for tonight", "Draft a reply to the
    agency").
    """
    if is_general_knowledge(text):
        return "general"
    if refers_to_person(text) or refers_to_own_world(text) or tells_news(text) or is_how_to(text):
        return "personal"  # a how-to that is not general knowledge asks about the user's own case
    return "request"


# Verbs a request opens with ("Write ...", "Convert 5 miles ..."); a statement opens otherwise.
_IMPERATIVE = re.compile(
    r"(?:write|draft|explain|suggest|recommend|summari[sz]e|translate|convert|list|give|make|find|"
    r"book|plan|create|help|tell|show|set|put|add|kick|tune|work|send|remind|check|compare|generate|"
    r"calculate|describe|outline|proofread|fix|rewrite|edit|review|prepare|organi[sz]e|sort|schedule|"
    r"order|buy|get|pick|choose|name|compose|design|build|run|update|reply|respond|read|look|search|"
    r"teach|walk|talk|break|turn|pull|draw|estimate|come|brainstorm|recap|format|let|please|remember|"
    r"note|define|solve|simplify|debug|refactor|implement|optimi[sz]e|count|sketch|lay|map|rank|rate|"
    r"shorten|expand|paraphrase|quiz|test|spell|cancel|move|copy|delete|clear|start|stop|open|close|"
    r"text|email|message|call|ring|tidy|clean|go|keep|use|try|do|say)"
)
_INTERJECTION = re.compile(
    r"^(?:(?:just|ok|okay|so|right|now|oh|ugh|argh|hey|hi|hmm|well|please|quick one)\b[,!.:]?\s*)+"
)


@lru_cache(maxsize=4096)
def tells_news(text: str) -> bool:
    """Whether a turn tells the assistant something rather than asking for a task: a statement
    ("The insurer finally paid out for the smashed window.", "Turning thirty-two soon."), which
    is news from the user's own life, where a request opens with its verb ("Convert 5 miles
    to kilometres.", "Recommend a board game.") and may be for anyone."""
    lowered = _INTERJECTION.sub("", text.strip().lower().replace("’", "'"))
    if not lowered or lowered.endswith("?") or _WH_WORD.match(lowered):
        return False  # "whats 15% of 240" asks, with or without its question mark
    first = _WORD.match(lowered)
    return first is not None and not _IMPERATIVE.fullmatch(first.group(0))


_WH_WORD = re.compile(r"(?:what|who|where|when|which|why|how)(?:'?s)?\b")
# "convert 30 miles to km", "12 oz in grams": a conversion anyone could ask for
_CONVERSION = re.compile(r"^(?:convert |what(?:'?s| is) )?[\d.,/]+ ?[a-z°]+\.? (?:to|in|into) [a-z°]+\.?\??$")


@lru_cache(maxsize=4096)
def is_general_knowledge(text: str) -> bool:
    """Whether a turn asks what anyone could ask: a how-to, a question or a joke not about the user.

    "What is the speed of light?" and "Tell me a joke about cats" are; "Which theme does she
    like?" (about the user), "Suggest a restaurant for tonight" and "Draft a reply to the
    agency" (requests the user's own situation shapes) are not.
    """
    lowered = text.strip().lower().replace("’", "'")
    if _CONVERSION.match(lowered):
        return True
    if _FOR_ANYONE.search(lowered) and not _OWN_MARK.search(lowered) and not _LATER_CAPITAL.search(text):
        return True  # "Can you give me a good riddle for a pub quiz?", "Tell us a joke about bowling"
    if _POLITE_REQUEST.search(lowered):
        return False  # "Can you find a rooftop bar?" asks for a task, not a fact
    if is_how_to(text):  # "How do I keep the dog calm ...?" asks about the user's own dog
        own = _OWN_CASE.search(without_quotes(lowered).replace("at home", " "))
        mine = _MY_HOW_TO.match(lowered) and _DEFINITE_OWN.search(without_quotes(text.replace("’", "'")))
        return not (own or mine)
    if refers_to_person(text) or refers_to_own_world(text):
        return False
    return (
        lowered.endswith("?")
        or _QUESTION_OPENER.match(lowered) is not None
        or _FOR_ANYONE.search(lowered) is not None
        or _GENERIC_PERSON.search(lowered) is not None  # "tell me ...", "give me ..."
    )


# Whose a turn is besides its recipient ("tell me", "give us"): "a poem for my wife" is the user's.
_OWN_MARK = re.compile(r"\b(?:i|i'm|i've|i'd|my|mine|our|ours|we|we're)\b")  # "a penguin who lost his hat"
_LATER_CAPITAL = re.compile(r"(?<=\s)[A-Z]")  # a name after the first word: someone the user may know


def is_creative(text: str) -> bool:
    """Whether a turn asks for a joke, a poem, a riddle or the like: made on a theme, never
    from what the user told the assistant, whatever words the two share."""
    return _CREATIVE.search(text.lower()) is not None


_CREATIVE = re.compile(rf"\b(?:{_CREATIVE_WORDS}|sonnets?|rhymes?)\b")
_ON_A_BARE_THEME = re.compile(
    rf"(?:tell|write|give|make up)(?: me)? (?:an?|one|another) (?:\w+ )?(?:{_CREATIVE_WORDS}) about"
    r" (?:an?|the|some)? ?(?!(?:my|our|his|her|their)\b)(?-i:[a-z][\w-]*(?: [a-z][\w-]*)?)[.!?]?",
    re.I,
)


_STAIN = re.compile(
    r"\b(?:stains?|spill(?:s|ed|t)?)\b"
    r"|\bget (?:the |some )?(?:[\w-]+ ){0,2}?(?:wine|coffee|tea|blood|ink|grease|oil|mud|wax|gum|paint|grass|"
    r"sweat|rust|lipstick|ketchup|curry|sauce|chocolate|mou?ld|juice|vomit|urine) (?:out of|off)\b",
    re.I,
)


def about_a_stain(text: str) -> bool:
    """Whether a turn is about cleaning a stain or a spill ("How do I get a red wine stain out of
    a carpet?"): the wine is on the carpet, not in what the user drinks."""
    return _STAIN.search(text) is not None


def on_a_bare_theme(text: str) -> bool:
    """Whether a turn asks for a joke or a poem on a theme and says nothing more ("Tell me a
    joke about a cat."): what the user keeps or eats on that theme does not go into it."""
    return _ON_A_BARE_THEME.fullmatch(text.strip()) is not None


# "Give me a recipe for a cheesy pasta bake": a task done for the user, though phrased for anyone.
_TASK = re.compile(r"(?:give|show|find|get|make|suggest|recommend|plan|write)\b", re.I)


def asks_for_a_task(text: str) -> bool:
    """Whether a turn phrased for anyone asks for something made for the user (a recipe, a
    plan), whose standing constraints then apply; a joke or a poem is the same for everyone."""
    stripped = text.strip()
    return _TASK.match(stripped) is not None and _FOR_ANYONE.search(stripped.lower()) is None


_QUOTED = re.compile(r"(?:^|(?<=[\s:(]))['\"‘“][^'\"‘’“”]+['\"’”](?=[\s.,;:!?)]|$)")


def without_quotes(text: str) -> str:
    """The text minus quoted material: "Translate 'good morning' into French" is not about
    mornings; the quote is what to work on."""
    return _QUOTED.sub(" ", text)


@lru_cache(maxsize=16384)
def proper_names(text: str) -> frozenset[str]:
    """Terms a text uses only as names: capitalised after its first word and never lower-case
    ("Has a budgie called Sergeant." -> sergeant; "Rides a Canyon Endurace." -> canyon,
    endurace); titles joined by "of", "and" or "&" ("VP of Product") are not names."""
    words = re.findall(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?|&", text)
    lower = {stem(w) for w in words if w[:1].islower() and w.lower() not in _TITLE_GLUE}
    capital = [w[:1].isupper() for w in words]
    titled = set()
    for i in range(1, len(words) - 1):
        if words[i].lower() in _TITLE_GLUE and capital[i - 1] and capital[i + 1]:
            titled.update({i - 1, i + 1})
    return frozenset(
        stem(w)
        for i, w in enumerate(words)
        if i > 0 and capital[i] and i not in titled and stem(w) not in lower
    )


_TITLE_GLUE = frozenset({"of", "and", "&", "for"})


@lru_cache(maxsize=4096)
def query_names(text: str) -> tuple[str, ...]:
    """Capitalised words after the first, lower-cased, possessive dropped ("Femi's" -> femi)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return tuple(plain_name(w) for w in words[1:] if w[:1].isupper() and not _I_FORM.fullmatch(w))


_I_FORM = re.compile(r"I(?:['’](?:m|ve|d|ll))?")  # "I'm" is the user, never a name


@lru_cache(maxsize=4096)
def common_words(text: str) -> frozenset[str]:
    """Terms a text writes in lower case: a common noun there, not a name."""
    return frozenset(stem(w) for w in _WORD.findall(text) if w[:1].islower())


@lru_cache(maxsize=4096)
def name_phrases(text: str) -> tuple[str, ...]:
    """Multi-word proper names, lower-cased ("Leeds Castle", "Isle of Skye", "Bran the
    Blessed"), and a name with the kind of thing it is ("the film Juno" -> "film juno", "the
    Rhône river", "Jonah in the Bible"); a sentence's first word is dropped."""
    found: list[str] = []
    for m in _NAME_PHRASE.finditer(text):
        words = m.group(0).split()
        before = text[: m.start()].rstrip()
        if not before or before[-1] in '.!?:;"(':
            words = words[1:]
            while words and words[0].lower() in _NAME_GLUE:  # "When's the Bergen viva?"
                words = words[1:]
        if len(words) >= 2 and words[-1] not in _NAME_GLUE:
            found.append(" ".join(words).lower())
    found += [f"{m.group(1)} {m.group(2)}".lower() for m in _KIND_AND_NAME.finditer(text)]
    found += [m.group(0).lower() for m in _NAME_AND_KIND.finditer(text)]
    return tuple(found)


_NAME_GLUE = frozenset({"of", "the"})
# ... or with its kind or its world after it: "the Rhône river", "Jonah in the Bible".
_NAME_AND_KIND = re.compile(
    r"\b[A-Z][\w'’-]* (?:river|mountains?|island|lake|sea|valley|desert|volcano|galaxy)\b"
    r"|\b[A-Z][\w'’-]* in (?:the Bible|the Quran|the Torah|(?:Greek|Roman|Norse|Egyptian|Hindu|Celtic|Welsh|Irish) "
    r"(?:myth|mythology|legend|history))\b"
)
# A work, place or figure anyone could ask about, named with its kind: "the film Juno", "the 2002
# film Frida", "the animated film Coco".
_KIND_AND_NAME = re.compile(
    r"\bthe (?:\d{4} |[a-z]+ )?(film|movie|novel|book|song|album|band|play|opera|poem|painting|ship|river|island|"
    r"planet|god|goddess|king|queen|emperor|saint|prophet|character|myth|legend) ([A-Z][\w'’-]*)"
)


def _name_words(text: str) -> tuple[str, ...]:
    return tuple(plain_name(w) for w in _WORD.findall(text))


def mentions_name(text: str, phrase: str) -> bool:
    """Whether ``text`` names ``phrase`` (a lower-cased ``name_phrases`` entry): its words in
    order, at most two others between them ("DHL's carrier API" for "DHL API", "Dr. Helen
    Marsh" for "Dr Marsh"); "Leeds United" does not name "Leeds Castle"."""
    wanted = _name_words(phrase)
    words = _name_words(text)
    for start, word in enumerate(words):
        if word != wanted[0]:
            continue
        at, gap = start, 0
        for target in wanted[1:]:
            at += 1
            while at < len(words) and words[at] != target and gap < 2:
                at, gap = at + 1, gap + 1
            if at >= len(words) or words[at] != target:
                break
        else:
            return True
    return False
