"""Standing constraints a request brings into play, for recall.

"Suggest a dessert for the potluck" should recall "Has type 2 diabetes", yet the two are 0.85
apart with all-MiniLM-L6-v2 and share no word: the link is knowledge, not similarity. A few
everyday domains carry most of these links (food and diet, drink and alcohol, lifting and a
bad back, charts and colour blindness, dust and asthma, exercise and injuries, pets and
medicines and allergies, travel and fears or access, calls and hearing, going out and access,
how one feels and a condition, water and swimming), so they are listed here: a request naming the
activity links to a memory naming the constraint. A request for a day of the week links to the
routine that already takes that day (a clash to mention). No model, no download.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from mcp_memory.facts import extract_facts, stem
from mcp_memory.turns import KIN_ABROAD, KIN_AS_NAME, KIN_SAID_PLAIN

__all__ = ["LINKS", "clear_cache", "linked", "relatives_named", "same_people", "styled"]


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words.split())


# Eating and drinking, named apart: a drug allergy is no diet constraint for them (`_FOOD`).
_EATING = _stems(
    "restaurant restaurants dinner lunch breakfast brunch supper meal meals menu recipe "
    "recipes dessert desserts pudding cake bakery bake baking snack snacks takeaway takeout "
    "cook cooking food potluck picnic barbecue bbq cafe eat eating pizza pizzeria pasta "
    "risotto curry burger sandwich sandwiches salad soup stew roast bread toast doughnut "
    "doughnuts donut donuts croissant pastry pastries biscuit biscuits cookie cookies "
    "chocolate sweets icecream latte cappuccino milkshake smoothie cheese pie chips steak "
    "sushi noodles mushroom mushrooms cashew cashews almond almonds walnut walnuts prawn "
    "prawns shrimp crab lobster egg eggs milk cream butter yoghurt yogurt groceries "
    "satay skewers kebab kebabs taco tacos lasagne lasagna omelette pancake pancakes "
    "stir-fry casserole chilli burrito fajitas nachos cupcake cupcakes brownie brownies "
    "muffin muffins scone scones flapjack crumble tart quiche canapes buffet catering treats lunchbox "
    "lunchboxes churrascaria steakhouse braai grill thai indian mexican szechuan sichuan seasoning "
    "gelatin gelatine gummy gummies jelly marshmallow marshmallows soy sauce oatcake oatcakes oats porridge "
    "granola crackers"
)
_DRINKING = _stems(
    "drink drinks pub bar wine beer cocktail cocktails toast champagne prosecco pint pints "
    "gin vodka whisky whiskey lager ale cider rioja merlot shiraz malbec chianti chardonnay sauvignon "
    "pinot rum tequila brandy cognac sherry soju"
)

_BLOOD_THINNER = _stems("warfarin coumadin anticoagulant thinner")
_DOGS = _stems(
    "dog dogs puppy puppies staffy staffie labrador spaniel cockapoo cavapoo terrier collie poodle retriever "
    "husky alsatian rottweiler beagle dachshund pug bulldog greyhound whippet chihuahua schnauzer"
)

LINKS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (  # eating -> diet
        _EATING,
        _stems(
            "vegetarian vegan pescatarian halal kosher gluten coeliac celiac lactose dairy allergic "
            "allergy intolerant intolerance diabetes diabetic sugar nut nuts peanut peanuts "
            "shellfish meat keto diet calories low-carb carb carbs insulin hypo hypos glucose "
            "cholesterol gout fodmap ibs coeliac reflux heartburn spicy coriander cilantro salt"
        ),
    ),
    (  # a recipe -> the measures the user cooks in (not "cups": of coffee too)
        _stems("recipe recipes bake baking"),
        _stems("grams millilitres milliliters metric imperial ounces celsius fahrenheit"),
    ),
    (  # what pregnancy rules out
        _stems("sushi sashimi raw oysters pate pâté brie camembert unpasteurised unpasteurized swordfish"),
        _stems("pregnant pregnancy expecting"),
    ),
    (  # greens and the like -> a blood thinner their vitamin K works against; not any meal
        _stems(
            "spinach kale broccoli greens cabbage sprouts lettuce chard collards cranberry cranberries "
            "grapefruit liver natto soybeans"
        ),
        _BLOOD_THINNER | _stems("vitamin"),
    ),
    (_DRINKING, _BLOOD_THINNER),  # alcohol thins the blood too
    (frozenset({"mayeat"}), _BLOOD_THINNER),  # "is it all right for me to eat ...", whatever is in it
    (  # a dog by its breed -> the user's dogs and how they get on with dogs
        _DOGS,
        _DOGS,
    ),
    (  # a phone, the thing -> the one the user has, by its make
        frozenset({"aphone"}),
        _stems(
            "phone smartphone iphone android samsung galaxy xiaomi redmi huawei oppo motorola nokia oneplus"
        ),
    ),
    (  # packing -> the trip being packed for
        _stems("packing pack suitcase luggage"),
        _stems("trip flight flights flying fly holiday vacation travel travelling traveling visit visiting"),
    ),
    (  # a coffee order -> what the user drinks, and milk
        _stems(
            "coffee coffees flatwhite longblack latte lattes cappuccino espresso americano mocha macchiato cortado"
        ),
        _stems("caffeine decaf coffee lactose dairy oat soya vegan"),
    ),
    (  # a bio or an introduction of the user ("a short bio of me") -> what they do
        frozenset({"selfintro"}),
        _stems(
            "works teaches teacher engineer developer nurse doctor student phd researcher lecturer professor "
            "manager founder director analyst designer accountant lawyer retired principal job"
        ),
    ),
    (  # text size, the ringer -> the device the user has and how well they see
        _stems("bigger larger font ringer zoom brightness"),  # not "letters": a crossword has them too
        _stems("ipad iphone smartphone samsung galaxy android kindle eyesight"),
    ),
    (  # drinking -> alcohol
        _DRINKING,
        _stems("alcohol teetotal sober gout migraine migraines"),
    ),
    (  # lifting -> injuries
        _stems(
            "lift lifting carry carrying heavy kg kilo kilos sack furniture wardrobe sofa shifting haul hauling lug "
            "pull-ups pull-up pullups chin-ups press-ups push-ups pushups overhead cement plasterboard bricks"
        ),
        _stems("back disc spine hernia knee shoulder injury dislocated"),
    ),
    (  # charts -> colour vision
        _stems(
            "chart charts graph graphs palette diagram colours colors colour color red green amber "
            "dashboard dashboards panel heatmap legend wires wiring rewiring cables"
        ),
        _stems("colour-blind color-blind colourblind colorblind deuteranopia deuteranomaly protanopia"),
    ),
    (  # dust -> breathing
        _stems("dust dusty smoke smoky fumes pollen demolition sanding"),
        _stems("asthma asthmatic inhaler respiratory"),
    ),
    (  # exercise -> conditions that limit it
        _stems(
            "run running race marathon 10k 5k workout gym interval intervals hike hiking "
            "mileage climb climbing bouldering exercise exercises stretching stretches"
        ),
        _stems("asthma asthmatic inhaler injury knee ankle hip heart pregnant replacement disc spine weight"),
    ),
    (  # pets -> allergies
        _stems("pet pets kitten puppy adopt adopting"),
        _stems("allergic allergy"),
    ),
    (  # medicines -> allergies, conditions and blood thinners they clash with
        _stems(
            "medicine medication painkiller painkillers ibuprofen paracetamol aspirin antibiotic antibiotics prescription "
            "dentist doctor anaesthetic anesthetic react reaction tablets pills meds advil nurofen tylenol "
            "panadol motrin aleve calpol naproxen bactrim septra trimethoprim sulfamethoxazole amoxicillin "
            "augmentin co-amoxiclav cipro ciprofloxacin doxycycline azithromycin clarithromycin keflex cephalexin "
            "nitrofurantoin macrobid"
        ),
        _stems(
            "allergic allergy pregnant kidney liver asthma warfarin apixaban rivaroxaban anticoagulant thinner ulcer "
            "mg mcg"
        ),
    ),
    (  # how one feels -> the condition that explains it
        _stems("shaky sweaty dizzy faint lightheaded light-headed thirsty"),
        _stems("hypo hypos diabetes diabetic insulin glucose"),
    ),
    (  # feeling drained -> a deficiency the user is treated for
        _stems("sluggish lethargic lethargy tiredness fatigued run-down"),
        _stems("vitamin deficiency deficient anaemia anemia anaemic anemic ferritin hypothyroidism thyroid"),
    ),
    (  # loud, flashing nights out -> what they set off
        _stems("rave raves nightclub clubbing festival festivals gig gigs concert concerts disco"),
        _stems("strobe strobes migraine migraines epilepsy epileptic photosensitive tinnitus"),
    ),
    (  # focus -> attention
        _stems("focus concentrate concentrating procrastinating procrastinate distracted drifting"),
        _stems("adhd pomodoro focusmate"),
    ),
    (  # grief
        _stems("coping lonely grief grieving quiet miss missing"),
        _stems("bereavement widowed widow widower died passed"),
    ),
    (  # security screening -> implants
        _stems("airport security scanner detector arches"),
        _stems("pacemaker implant"),
    ),
    (  # going somewhere -> how the user gets about, and what travel asks of them
        _stems(
            "trip trips holiday holidays flight flights fly flying hotel journey travel travelling "
            "drive driving hire rental road commute getaway weekend-away cruise ferry"
        ),
        _stems(
            "licence license car-club bus-pass wheelchair step-free stairs seasick heights fear afraid "
            "scared terrified phobia dark"
        ),
    ),
    (  # sleeping badly -> what keeps the user awake
        _stems("sleep sleeping insomnia"),
        _stems("caffeine coffee decaf"),
    ),
    (  # the weather -> the units the user reads it in
        _stems("weather forecast temperature temperatures"),
        _stems("celsius fahrenheit metric imperial"),
    ),
    (  # calls -> how the user wants to be reached
        _stems("call calls phone ring ringing rang video zoom teams"),
        _stems("text texts email emails hearing aid aids deaf calls"),
    ),
    (  # going out -> access and noise
        _stems(
            "venue party restaurant cafe pub gig concert cinema theatre wedding reception tavern music lively"
        ),
        _stems("wheelchair step-free stairs hearing noisy noise tinnitus loud"),
    ),
    (  # ice underfoot -> what makes a fall likely
        _stems("ice icy slippery sleet"),
        _stems("hip stick walking-stick walker crutches balance osteoporosis replacement"),
    ),
    (  # height -> fear of heights
        _stems("rooftop top-floor balcony tower ladder ladders cliff skyscraper observation"),
        _stems("heights vertigo"),
    ),
    (  # up on the roof -> a fall or a fear of heights
        _stems("gutters gutter roof"),
        _stems("heights vertigo ladder fell"),
    ),
    (  # a full day -> conditions that limit energy
        _stems("busy exhausting exhausted tiring full-day back-to-back packed"),
        _stems("cfs me/cfs fatigue pacing pace energy"),
    ),
    (  # carrying things up -> no lift
        _stems("carry carrying heavy delivery deliveries washing-machine fridge furniture sofa wardrobe"),
        _stems("lift elevator stairs walk-up floor"),
    ),
    (  # a battery's range -> an electric car
        _stems("charge charging charger range"),
        _stems("electric ev"),
    ),
    (  # the car's upkeep -> the car the user drives
        _stems(
            "tyres tyre tires mot windscreen engine oil brake brakes braking clutch gearbox rego wof warrant"
        ),
        _stems("drives car van"),
    ),
    (  # fireworks -> a pet that fears them
        _stems("fireworks firework rockets bonfire sparklers fawkes diwali"),
        _stems("panics panic fireworks thunder noise-phobic"),
    ),
    (  # power cuts -> backup power
        _stems("load-shedding loadshedding eskom outage outages power-cut power-cuts blackout blackouts"),
        _stems("inverter generator solar batteries load-shedding"),
    ),
    (  # software for a computer -> the computer's system
        _stems("install software app laptop computer backup editor download"),
        _stems("linux windows macos ubuntu mint fedora chromebook thinkpad macbook ipad laptop"),
    ),
    (  # a pet minded while away -> who minds it
        _stems("kennel kennels cattery pet-sitter dog-sitter"),
        _stems("dog dogs cat cats puppy kitten"),
    ),
    (  # garden pests -> what the user grows
        _stems("caterpillars caterpillar slugs snails aphids pests greenfly blight seedlings frost"),
        _stems("grows garden allotment backyard greenhouse vegetables veg"),
    ),
    (  # something broken at home -> the landlord who fixes it
        _stems("broken radiator boiler leak leaking heating plumbing mould damp repairs"),
        _stems("landlord landlady letting"),
    ),
    (  # a pet unwell -> the vet
        _stems("limp limping lame vomiting"),
        _stems("vet veterinary"),
    ),
    (  # feeling ill -> the user's doctor
        _stems("sore throat cough fever rash ill sick symptoms infection"),
        _stems("gp doctor"),
    ),
    (  # an insurance claim -> what was stolen or damaged
        _stems("insurance claim claims"),
        _stems("stolen theft burgled burglary broken damaged"),
    ),
    (  # a bio or a CV -> the user's work
        _stems("bio biography cv resume profile"),
        _stems("works job occupation profession career"),
    ),
    (  # studying -> the exam it is for
        _stems("study revision revise"),
        _stems("exam exams certification"),
    ),
    (  # time off -> who approves it
        _stems("leave time-off day-off days-off"),
        _stems("manager boss supervisor"),
    ),
    (  # a reminder -> how the user wants reminding
        _stems("remind reminder ping nudge"),
        _stems("reminders reminder"),
    ),
    (  # billing -> the user's rates
        _stems("invoice invoices quote quotes"),
        _stems("charges charge rate rates fee fees"),
    ),
    (  # a clear night -> the sky at night
        _stems("moonless clear-sky stargazing meteor aurora"),
        _stems("astrophotography telescope astronomy stargazing"),
    ),
    (  # a test result -> the condition it tracks
        _stems("hba1c glucose blood-sugar"),
        _stems("diabetes diabetic metformin insulin"),
    ),
    (  # water -> swimming
        _stems(
            "swim swimming beach snorkel snorkelling kayak kayaking sailing boat lake goggles fishing charter"
        ),
        _stems("seasick seasickness swim"),
    ),
)

_FOOD = (_EATING, _DRINKING)
_WHO_COULD = re.compile(
    r"\bwho (?:in the family |else )?(?:could|can|should|would|might) (?!(?:be|have been|it be)\b)[a-z]+\b",
    re.I,
)
# Asking whether one may eat a dish, whatever its name ("can i try the gambas at the party",
# "what can i order at the marisqueria", "is the suya by the gate ok for me").
_EATING_ASK = re.compile(
    r"\b(?:(?:can|could|should) (?:i|we) (?:have|eat|try|order)|can (?:i|we) (?:get|grab)) (?:the |a |an |some |any )?"
    r"(?!(?:day|days|time|week|weekend|lift|ride|go|look|word|chance|refund|break|appointment|ticket|visa|loan"
    r"|mortgage|off|leave|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|it|that|this"
    r"|one|more|car|room|seat|place|job|shift|dog|cat|pet|puppy|kitten|something|extra|new|help|haircut"
    r"|ready|done|prepared|twins|kids|children|boys|girls|the|some|any|him|her|them|his|their|your|our)\b)"
    r"[^\W\d_]{3,}"
    r"|\bwhat (?:can|could|should) (?:i|we) (?:eat|order|have)\b(?! (?:ready|done|prepared|in|to)\b)"
    r"|\bis (?:the|that|this) [^\W\d_]+(?: [^\W\d_]+){0,2}(?: (?:at|from|by|in) [\w ]{2,40})? "
    r"(?:ok|okay|safe|alright|all right|fine) for me\b",
    re.I,
)
_ASKED_TO_EAT = _stems("eat")
_MAY_I_EAT = re.compile(
    r"\b(?:can|could|may|should) i (?:eat|have)\b"
    r"|\b(?:all ?right|ok|okay|safe|fine|a good idea)(?: \w+){0,2}? (?:to eat|for (?:dinner|lunch|breakfast|supper))\b",
    re.I,
)
_A_PHONE = re.compile(
    r"\b(?:my|the|his|her|our|a|new|old) (?:phone|mobile|smartphone)\b|\bphone (?:case|screen|bill|plan|contract|charger|battery)\b",
    re.I,
)
_A_GLASS = re.compile(r"\b(?:a|one|two|another|a small|a little) (?:glass|bottle|pint|shot)s? of\b", re.I)
_A_TABLE = re.compile(r"\b(?:book|reserve|get|find)(?: us| me)? a table\b", re.I)
_SELF_INTRO = re.compile(r"\b(?:bio|biography|intro|introduction|profile|headline)\b", re.I)
_ME = re.compile(r"\b(?:me|my|myself)\b", re.I)
_JOURNEY = re.compile(
    r"\b(?:get|getting|go|going|travel|travelling|head|heading) (?:up |down |over |out )?to (?-i:[A-Z])", re.I
)
# Foods and drink a memory may say the user turns down ("Doesn't eat fish", "Hasn't eaten beef
# since ...", "Gave up drink"): a constraint only then, since "Buys fish from the market" and
# "lambing" are none.
_FOODS = _stems("fish seafood beef pork lamb mutton chicken meat eggs")
_DRINK = _stems("drink drinking booze")
_DRUG_ALLERGENS = _stems(
    "penicillin amoxicillin sulfa sulphonamides codeine morphine ibuprofen aspirin latex"
)
_ALLERGY = _stems("allergic allergy")

# A piece of writing or an explanation -> how the user wants answers written.
_WRITING = _stems(
    "explain explanation write draft summarise summarize summary reply message email letter tell describe "
    "convert translate outline compare comparison"
)
_STYLE = _stems(
    "answers answer replies reply responses explanations bullet bullets tone spelling jargon emojis emoji "
    "steps metric units formal plain analogies examples drafted tables table"
)

_EXAMPLES = _stems("examples")
_CODE = _stems("code snippets")
_CODE_TASK = _stems(
    "code script function snippet program query regex api bug error class method test sql bash python "
    "javascript typescript rust java kotlin swift shader endpoint parser parse compile library module"
)
_ONE_QUANTITY = re.compile(r"\bconvert\s+[\d.,]+\s*(?:°|degrees?\b|[a-z])", re.I)
_PLAY = re.compile(r"\b(?:haiku|limerick|poem|riddle|joke|pun|rhyme|tongue[- ]twister|sonnet)s?\b", re.I)

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?")  # "HbA1c" is one word
_FLAT_WHITE = re.compile(r"\b(flat white|long black)s?\b", re.I)  # coffees, not a flat or a colour


_NAMING = re.compile(r"\bcalled (?=[A-Z'\"‘“]|\w+_)")


@lru_cache(maxsize=16384)
def _words(text: str) -> frozenset[str]:
    """Stems of a text's words, hyphenated ones whole and in parts ("colour-blind")."""
    # "a cat called Murka", "a table called pension_payments": no phone call
    text = _NAMING.sub("named ", text)
    words = _WORD.findall(_FLAT_WHITE.sub(lambda m: m[1].replace(" ", ""), text))
    return frozenset(stem(w) for w in words) | {stem(part) for w in words for part in w.split("-")}


@lru_cache(maxsize=4096)
def _asked(request: str) -> frozenset[str]:
    """The request's word stems and the activities it names without their words; read once per
    request, not once per candidate memory."""
    asked = _words(request)
    places = {stem(m[1].lower()) for m in _PLACE.finditer(request)}
    asked -= places & (_EATING | _DRINKING)  # "home to Shiraz" is a city, not a glass of wine
    if _JOURNEY.search(request):
        asked |= {"journey"}  # "the best way to get to Florence"
    if _EATING_ASK.search(request):
        asked |= _ASKED_TO_EAT  # "can i have the flammkuchen": a dish the word lists do not know
    if _A_PHONE.search(request):
        asked |= {"aphone"}  # "my phone is very slow", "a phone case"; not "who should I phone"
    if _A_GLASS.search(request):
        asked |= {stem("drink")}  # "one glass of Liatiko": a wine the word lists do not know
    if _A_TABLE.search(request):
        asked |= {stem("restaurant")}  # "book us a table for Friday": a meal out
    if _MAY_I_EAT.search(request):
        asked |= {"mayeat"}  # whether a dish is all right for the user, whatever is in it
    if _SELF_INTRO.search(request) and _ME.search(request):
        asked |= {"selfintro"}  # "a short bio of me", not "a short bio of Marie Curie"
    return asked


_PLACE = re.compile(r"\b(?:to|from|in|near) ((?-i:[A-Z])[a-z]+)\b")


@lru_cache(maxsize=4096)
def _asks_who_could(request: str) -> bool:
    """Whether the request asks who could help ("Who could feed the cat?"), read once per request."""
    return bool(_WHO_COULD.search(request))


def clear_cache() -> None:
    """Forget the cached word sets (the benchmark's cold-cache timing)."""
    _words.cache_clear()
    _asked.cache_clear()
    _asks_who_could.cache_clear()
    _days.cache_clear()
    _months.cache_clear()
    _people.cache_clear()
    _asked_people.cache_clear()
    _named_relations.cache_clear()
    _capitalised_words.cache_clear()


def linked(request: str, memory: str) -> bool:
    """Whether ``request`` names an activity whose standing constraint ``memory`` records, or
    a day of the week the memory's routine already takes ("Put the dentist in for Wednesday at
    11" and "Volunteers at the bookshop every Wednesday, 10 till 1")."""
    days = _days(request)
    if days and days & _days(memory):
        return True
    months = _months(request)
    if months and months & _months(memory):
        return True  # "Sort out insurance for my November holiday" and "... from 5 to 26 November"
    asked = _asked(request)
    brought = [(activity, constraint) for activity, constraint in LINKS if asked & activity]
    if not brought:  # most requests name no activity: the memory need not be read at all
        return False
    known = _words(memory)
    avoidable = (_FOODS if asked & _EATING else frozenset()) | (_DRINK if asked & _DRINKING else frozenset())
    if known & avoidable and {stem(t) for t in extract_facts(memory).negated} & avoidable:
        return True  # "grilled bream" and "Doesn't eat fish", "a few pints" and "Gave up drink"
    drug_allergy = bool(known & _DRUG_ALLERGENS)  # "allergic to penicillin" is no diet
    # a cake or a pancake brings no spice or purine into play: "Spicy food gives him heartburn"
    # and "a recipe for pistachio ice cream"
    sweet = bool(asked & _SWEET) and not asked & _SAVOURY
    return any(
        (known & constraint)
        - (_ALLERGY if drug_allergy and activity in _FOOD else frozenset())
        - (_SAVOURY_TROUBLE if sweet and activity is _EATING else frozenset())
        for activity, constraint in brought
    )


_SWEET = _stems(
    "dessert desserts pudding cake cakes biscuit biscuits cookie cookies pancake pancakes muffin muffins scone "
    "scones flapjack crumble tart cupcake cupcakes brownie brownies icecream ice chocolate sweets doughnut "
    "doughnuts donut donuts croissant pastry pastries marshmallow marshmallows banana smoothie milkshake jelly"
)
_SAVOURY = _stems(
    "curry chilli thai indian mexican szechuan sichuan seasoning satay kebab taco tacos burrito fajitas nachos "
    "steak burger pizza stew soup roast sauce meat chicken beef pork lamb fish"
)
_SAVOURY_TROUBLE = _stems("spicy heartburn reflux gout coriander cilantro")
"""Diet words only a savoury dish brings into play."""


def leaned_on(request: str, memory: str) -> bool:
    """Whether ``request`` asks who could help ("Who could take my Saturday shift?", "who can
    feed the cat while I'm away") and ``memory`` names someone the user has ("Her neighbour
    Inge has a spare key", "Sanne covers her shifts"). Evidence to show the memory, not a reason
    to rank it first: the user may have many people."""
    return _asks_who_could(request) and bool(_words(memory) & _HELPERS)


def helps_out(request: str, memory: str) -> bool:
    """Whether ``request`` asks who could help and ``memory`` says someone already does
    ("Göran looks after Bamse whenever they go away", "Marta covers his shifts"): ranked with
    the best words, before the user's other people."""
    return _asks_who_could(request) and bool(_HELPS.search(memory))


_HELPS = re.compile(
    r"\b(?:looks? after|looked after|feeds|fed|covers|covered|swaps|babysits|minds|walks|sits with|stays? with"
    r"|has (?:a|the) (?:spare )?keys?|does (?:the|his|her|their) (?:books|accounts|taxes)|helps (?:out )?with)\b",
    re.I,
)


_HELPERS = _stems(
    "colleague colleagues neighbour neighbours neighbor neighbors friend friends mate mates sister brother "
    "sisters brothers mum mother mom dad father parents son daughter cousin aunt uncle niece nephew babysitter "
    "nanny childminder grandma granny grandad grandpa covers cover swaps swap owes spare key keys nurse doctor "
    "pharmacist vet sitter accountant dispatcher boss manager supervisor"
)


def styled(request: str, memory: str) -> bool:
    """Whether a request for writing or an explanation ("Draft a reply to the agency", "Summarise
    this report for me") meets a memory of how the user wants answers written ("Prefers bullet
    points", "Wants British spelling"). Recall asks it only of a request about the user's own
    work: "Explain how tides work" is for anyone, and its authors count the style unrelated."""
    if request.rstrip().endswith("?"):
        return False  # "How long have I got to get the write-up done?" asks for no writing
    if _PLAY.search(request):
        return False  # "Write me a haiku about autumn": verse and riddles take no house style
    if _ONE_QUANTITY.search(request):
        return False  # "Convert 15 degrees Celsius to Fahrenheit for me": the answer is one number
    style = _words(memory) & _STYLE
    if not (_words(request) & _WRITING and style):
        return False
    # "Wants code examples in GDScript" says nothing of "Explain what a black hole is"
    return not (style <= _EXAMPLES and _words(memory) & _CODE and not _words(request) & _CODE_TASK)


_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY_RANGE = re.compile(rf"\b({_DAY})s?\s*(?:to|-|–|through|till|until)\s*({_DAY})s?\b", re.I)
_DAY_NAME = re.compile(rf"\b({_DAY})s?\b|\b(weekends?|weekdays?)\b", re.I)


@lru_cache(maxsize=16384)
def _days(text: str) -> frozenset[str]:
    """Days of the week a text names, ranges ("Thursday to Saturday") and "weekends" spelt out."""
    found: set[str] = set()
    for m in _DAY_RANGE.finditer(text):
        first, last = _WEEK.index(m.group(1).lower()), _WEEK.index(m.group(2).lower())
        found.update(_WEEK[i % 7] for i in range(first, first + (last - first) % 7 + 1))
    for m in _DAY_NAME.finditer(text):
        if m.group(1):
            found.add(m.group(1).lower())
        else:
            found.update(_WEEK[5:] if m.group(2).lower().startswith("weekend") else _WEEK[:5])
    return frozenset(found)


_MONTH_NAMES = (
    "January February March April May June July August September October November December".split()  # noqa: SIM905
)
_MONTH_OF = (
    {m[:3]: m.lower() for m in _MONTH_NAMES} | {m: m.lower() for m in _MONTH_NAMES} | {"Sept": "september"}
)
_MONTH = re.compile(
    rf"\b(?:{'|'.join(sorted(_MONTH_OF, key=len, reverse=True))})\b(?<!May)|\bMay\b(?! (?:I|we|you)\b)"
)


@lru_cache(maxsize=16384)
def _months(text: str) -> frozenset[str]:
    """Months a text names, capitalised ("Nov" is "November"; "May I ..." is a verb)."""
    return frozenset(_MONTH_OF[m.group(0)] for m in _MONTH.finditer(text))


# The user's people by relation, each spelling under one name ("mum" is "mother", "the girls"
# are daughters, a boss is a manager); the words of other languages come from turns.KIN_ABROAD.
_RELATIONS = {
    "mother": "mum mom mam mother mummy mammy mama mamma",
    "father": "dad father daddy papa pappa",
    "husband": "husband hubby",
    "wife": "wife missus",
    "partner": "partner girlfriend boyfriend fiance fiancee",
    "son": "son sons boys",
    "daughter": "daughter daughters girls",
    "child": "kid kids child children",
    "twins": "twin twins",
    "grandchild": "grandkid grandkids grandchild grandchildren grandson grandsons granddaughter granddaughters",
    "brother": "brother brothers",
    "sister": "sister sisters",
    "manager": "boss manager supervisor",
    "landlord": "landlord landlady",
    "grandmother": "grandmother grandma gran granny nan nana",
    "grandfather": "grandfather grandad grandpa",
}
_RELATION_OF = {
    word: name
    for table in (_RELATIONS, KIN_ABROAD)
    for name, words in table.items()
    for word in words.split()
}
_RELATION = "|".join(sorted(_RELATION_OF, key=len, reverse=True))
_OWN_RELATION = re.compile(rf"\b(?:my|our|the)\s+(?:[a-z]+\s+)?({_RELATION})(?:['’]s?)?\b", re.I)
_ANY_RELATION = re.compile(rf"\b({_RELATION})\b", re.I)


_HUBBY = re.compile(r"\bhubby\b", re.I)


@lru_cache(maxsize=16384)
def _people(text: str, own: bool) -> frozenset[str]:
    pattern = _OWN_RELATION if own else _ANY_RELATION
    return frozenset(_RELATION_OF[m.group(1).lower()] for m in pattern.finditer(text))


@lru_cache(maxsize=4096)
def _asked_people(request: str) -> frozenset[str]:
    """The user's people a turn asks about; asked once per turn, not once per candidate."""
    said_alone = [*KIN_AS_NAME.finditer(request), *_HUBBY.finditer(request)]  # "Dad says", "will hubby be"
    plain = {_RELATION_OF[m[1]] for m in KIN_SAID_PLAIN.finditer(request)}  # "a present for dad"
    return _people(request, True) | {_RELATION_OF[m.group(0).lower()] for m in said_alone} | plain


def same_people(request: str, memory: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a turn about one of the user's people ("a birthday present for my husband", "the
    girls want a party", "Dad keeps forgetting") meets a memory of that person ("Her husband,
    Sorin, is a luthier", "Has twin daughters") or of a name ``names`` gives them ("Sorin loves
    fly fishing"): what the assistant knows of them is the context the turn needs."""
    if names & _capitalised_words(memory):
        return True
    asked = _asked_people(request)
    return bool(asked & _people(memory, False))


def relatives_named(request: str, memories: Sequence[str]) -> frozenset[str]:
    """The names ``memories`` give the people a turn asks about ("my husband" and "Her husband
    Sipho owns two taxis" -> sipho), or calls by name ("Mere's birthday is coming up" and "His
    wife Mere works ..." -> mere)."""
    asked = _asked_people(request)
    called = _names_in(request)
    relations = [_named_relations(text) for text in memories]
    asked |= {relation for found in relations for relation, name in found if name in called}
    if not asked:
        return frozenset()
    return frozenset(name for found in relations for relation, name in found if relation in asked)


def _names_in(request: str) -> frozenset[str]:
    """Capitalised words of a turn but its first, unless that is someone doing or owning
    something ("Tutu needs ...", "Mere's card"; not "Will it rain?", "Mark it in my diary")."""
    words = {w.lower() for w in re.findall(r"(?<=\s)[A-Z][a-z]+\b", request)}
    first = _OPENING_SUBJECT.match(request)
    return frozenset(words | {first[1].lower()} if first else words)


_OPENING_SUBJECT = re.compile(
    r"\s*([A-Z][a-z]+)(?:['’]s\b| (?:is|was|has|had|needs|wants|will|can|says|said|keeps|thinks|asked|loves)\b)"
)


# "her husband Sipho", "his wife, Amra,", "Sipho, her husband"
_RELATION_THEN_NAME = re.compile(
    rf"\b({_RELATION})\b,?\s+(?:is\s+|called\s+|named\s+|\()?((?-i:[A-Z][a-z]+))", re.I
)
_NAME_THEN_RELATION = re.compile(
    rf"\b((?-i:[A-Z][a-z]+)),\s+(?:her|his|their|my)\s+(?:\w+\s+)?({_RELATION})\b", re.I
)


@lru_cache(maxsize=16384)
def _named_relations(text: str) -> frozenset[tuple[str, str]]:
    found = {(_RELATION_OF[m[1].lower()], m[2].lower()) for m in _RELATION_THEN_NAME.finditer(text)}
    found |= {(_RELATION_OF[m[2].lower()], m[1].lower()) for m in _NAME_THEN_RELATION.finditer(text)}
    return frozenset(found)


@lru_cache(maxsize=16384)
def _capitalised_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", text))
