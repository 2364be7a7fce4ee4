"""The rule-based extractor: which units of an article state a claim someone can be held to.

A unit states a claim when it has a *trackable predicate* (open an office, sign an agreement,
produce N a day, export, allocate money) in a main clause, and enough *concreteness* for that
kind of claim (a place or party for an opening, a quantity for an output target, an amount of
money for funding). Everything is read from the shape of the sentence and small word lists,
never from particular stories; each decision can be explained by the rule that made it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from tracker.extract.base import Anchor, ArticleText, Extracted, StatusCue
from tracker.extract.dates import find_deadline, find_time_expressions
from tracker.extract.gazetteer import country_of, find_names
from tracker.extract.gazetteer import PATTERN as NAME_PATTERN
from tracker.extract.noise import drop_noise
from tracker.extract.quantities import find_quantities, find_quantity
from tracker.extract.sentences import Unit, split_units
from tracker.models import Kind, Mode, Quantity

# ---------------------------------------------------------------- predicates

_W = r"(?:[€$£]?(?:\d+(?:[.,]\d+)+|[\w’'-]+)\s+)"
"""One word (or a number such as "21.5" or "1,200") and its space, for "up to N words between"."""

FACILITY = (
    r"(?:offices?|facilit(?:y|ies)|plants?|factor(?:y|ies)|lines?|productions?|manufacturing|hubs?|"
    r"cent(?:er|re)s?|enterprises?|sites?|ventures?|industr(?:y|ies)|workshops?|branch(?:es)?|"
    r"subsidiar(?:y|ies)|representative offices?|assembly)"
)
"""What gets opened: offices, plants, lines, production ..."""
DEAL = r"(?:agreements?|deals?|contracts?|memorand(?:um|a|ums)|documents?)"
"""What gets signed, counted: "signed six agreements"."""

OPEN_VERB = r"(?:open(?:s|ed|ing)?|launch(?:es|ed|ing)?|establish(?:es|ed|ing)?|set(?:s|ting)?\s+up|build(?:s|ing)?|built|construct(?:s|ed|ing)?|creat(?:e|es|ed|ing)|start(?:s|ed|ing)?|begin(?:s|ning)?|began|commenc(?:e|es|ed|ing))"
OPEN_PARTICIPLE = r"(?:opened|launched|established|built|set\s+up|created|started)"
SITE = r"(?:offices?|facilit(?:y|ies)|plants?|factor(?:y|ies)|hubs?|cent(?:er|re)s?|sites?|workshops?|bases?)"
"""A place where work is done (unlike "production", which is the work): what a noun in -ing can qualify."""
_MODIFIER = rf"(?:(?![\w-]+ing\s+(?!{SITE}\b))[\w’'-]+\s+)"
"""A word between a verb and what it opens that is not itself a verb in -ing ("start financing production"); a noun
in -ing right before a site qualifies it ("set up an engineering facility", "a training centre")."""

_STILL = r"(?:now\s+|still\s+|currently\s+|also\s+)?"
"""An adverb between "is" and "expected": "production is now expected to start in the spring"."""
OPENING_ACTIVE = re.compile(rf"\b{OPEN_VERB}\s+(?!on\b|upon\b|over\b){_MODIFIER}{{0,5}}?{FACILITY}\b", re.I)
OPENING_PASSIVE = re.compile(
    rf"\b{FACILITY}\s+(?:{_W}{{0,5}}?)(?:is|are|was|were|be|been|being|will\s+be|has\s+been|have\s+been)\s+(?:already\s+|now\s+|also\s+)?{OPEN_PARTICIPLE}\b",
    re.I,
)
OPENING_BEGINS = re.compile(
    rf"\b(?:production|manufacturing|operations)\s+(?:{_W}{{0,2}}?)(?:begins?|began|starts?|started|commence[sd]?|to\s+begin|to\s+start|to\s+commence)\b"
    rf"|\b(?:production|manufacturing)\s+(?:by|at|in)\s+(?:{_W}{{1,3}}?)(?:is|are)\s+{_STILL}(?:expected|scheduled|set|due|planned|slated)\s+to\s+(?:start|begin|commence)\b",
    re.I,
)
OPENING_OPERATING = re.compile(
    rf"\b{FACILITY}\s+(?:{_W}{{0,6}}?)(?:(?:start|begin)(?:s|ed|ning)?|commenc(?:e|es|ed|ing)|began|begun|to\s+(?:start|begin|commence))\s+"
    r"(?:(?:its|their)\s+)?(?:working|work|operating|operations|operation|functioning|to\s+work|to\s+operate)\b"
    rf"|\b{FACILITY}\s+(?:{_W}{{0,4}}?)(?:becomes?|became|to\s+become|be(?:come)?)\s+(?:fully\s+)?operational\b",
    re.I,
)
"""A facility as the subject of "start working", "begin operating", "become operational"."""
OPENING_LONG_SUBJECT = re.compile(
    rf"(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{FACILITY}|(?:repair|maintenance|service|logistics)\s+bases?|bases?(?=\s+for\s+repair))"
    r"\s+(?:for|of|to|near|at|in)\s+[^,;:!?()\"“”]{3,140}?\s"
    r"(?:(?:has|have)\s+(?:now\s+|already\s+|officially\s+|finally\s+)?(?:opened|(?:started|begun)\s+(?:its\s+)?(?:operating|operations|work(?:ing)?)|become\s+(?:fully\s+)?operational)"
    r"|(?:will|is\s+(?:expected|set|due|scheduled)\s+to|is\s+to)\s+(?:open(?=\s*(?:$|[,.;]|(?:in|on|by|at|near|next|this|later|before|early|soon|within|its\s+doors)\b))"
    r"|(?:start|begin)\s+(?:operating|operations|work(?:ing)?)|become\s+(?:fully\s+)?operational))\b",
    re.I,
)
"""A facility that opens as the subject of a sentence, however long what qualifies it: "A maintenance hub for the tanks
handed over to X has begun operating in Y", "A repair base for equipment damaged in the war has become operational
in Y". Only at the start of a sentence, where the facility is its subject."""
OPENING_SUBJECT = re.compile(
    rf"\b{FACILITY}\s+(?:{_W}{{0,4}}?)(?:(?:to|will|would|shall|should|could|may|must|is\s+to|are\s+to)\s+(?:\w+\s+)?)"
    r"(?:open|launch|start|begin|commence|appear|emerge)\b(?!\s+(?:up|fire|talks|negotiations|an?\s+investigation|to\b))",
    re.I,
)
"""A facility as the subject of a future opening: "Plant near Odense to open by December", "a X factory will
appear in Y" (not "appear to be")."""
OPENING_FUNDED = re.compile(
    rf"\binvest(?:s|ed|ing)?\s+(?:{_W}{{0,6}}?)in\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:new\s+)?{_MODIFIER}{{0,3}}?{SITE}\b", re.I
)
"""Money put into a new site is the site promised: "plans to invest tens of millions of dollars in a new facility in X"
("invest in the production of" is funding)."""
OPENING_PLANNED = re.compile(rf"\b(?:plan(?:s|ning)?|eyes|eyeing)\s+(?!to\s|for\s+(?:the\s+)?(?:mass|serial|large-scale|full-scale)[-\s])(?:a\s+|an\s+|new\s+|its\s+)?(?:{_W}{{0,2}}?){FACILITY}\b", re.I)
"""A headline's "X plans Danish plant"."""
OPENING_DEPLOYED = re.compile(
    r"\bdeploy(?:s|ed|ing)?\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:production|manufacturing|assembly)\s+(?:lines?|facilit(?:y|ies)|sites?)\b"
    r"|\b(?:production|manufacturing|assembly)\s+(?:lines?|facilit(?:y|ies)|sites?)\s+(?:[\w’'-]+\s+){0,4}?(?:be|been|being|is|are|was|were)\s+deployed\b",
    re.I,
)
"""A production line "deployed" is one set up: "a pilot production line is planned to be deployed in 2026"."""
OPENING_EQUIPPED = re.compile(
    r"\b(?:equip(?:s|ped|ping)?|fit(?:s|ting)?\s+out)\s+(?:a\s+|an\s+|the\s+|new\s+|its\s+|their\s+)*(?:[\w-]+\s+)?(?:production|manufacturing|assembly)\s+(?:lines?|facilit(?:y|ies)|sites?|workshops?)\b",
    re.I,
)
"""Equipping production lines is setting them up: "will partner with X to equip production lines in Y"."""
OPENING_IN_PLACE = re.compile(r"\b(?:open(?:s|ed|ing)?|launch(?:es|ed|ing)?)\s+(?:in|on)\s+(?=[A-Z])", re.I)
OPENING_SCHEDULED = re.compile(
    rf"\b(?:production|manufacturing|assembly)\s+of\s+(?:{_W}{{1,10}}?)(?:(?:is|are|will\s+be)\s+{_STILL}"
    r"(?:planned|expected|scheduled|set|due)\s+to\s+(?:start|begin|be\s+launched)|(?:will|is\s+to|are\s+to)\s+(?:also\s+|then\s+)?(?:start|begin|commence))\b",
    re.I,
)
"""A long nominal subject whose start is scheduled: "The production of drones in Spain is planned to start", "the
production of heavy mortar and tank rounds will begin in 2026"."""
OPENING_INTRANSITIVE = re.compile(
    rf"(?<!which\s)(?<!that\s)\b(?:office|plant|factory|line|facility|hub|centre|center|branch)\s+(?:{_W}{{0,3}}?)"
    r"(?:opened|launched|(?:has|have)\s+already\s+(?:started|begun|opened|launched))\s+(?:on|in|last|this|at|its\s+doors)\b"
    r"|\b(?:office|plant|factory|line|facility|hub|centre|center|branch)\s+(?:opens|launches)\b(?=\s*$|\s+(?:in|on|at|near)\b)",
    re.I,
)
"""A facility that "opened on June 24": the verb used intransitively, as news of a done opening."""
OPENING_COMPLETE = re.compile(
    rf"\b(?:complet(?:e|es|ed|ing)|finish(?:es|ed|ing)?)\s+(?:(?:the\s+)?(?:construction|building)\s+of\s+)?(?:{_W}{{0,4}}?)"
    r"(?:plant|factory|facility|office|hub|centre|center|site|workshop)s?\b",
    re.I,
)
"""Finishing a building is opening it: "Baykar will complete construction of its plant near Kyiv"."""
OPENING_ONCE_COMPLETE = re.compile(
    r"\b(?:plant|factory|facility|site|hub|centre|center),?\s+(?:which|that)?,?\s*(?:once|when)\s+(?:it\s+is\s+)?(?:completed|finished|built)\s+(?:in|within|by)\b",
    re.I,
)
"""A building whose completion is dated ahead: "the factory, which, once completed in a year, will ..."."""
START_PRODUCING = re.compile(
    r"\b(?:(?:start|begin|commence|launch)(?:s|es|ed|ing|ning)?|began|begun|initiat(?:e|es|ed|ing))\s+"
    r"(?:the\s+|serial\s+|mass\s+|full-scale\s+|licen[cs]ed\s+|local\s+|joint\s+){0,2}"
    r"(?:producing|manufacturing|making|assembling|to\s+(?:produce|manufacture|make|assemble)\b|(?:production|manufacturing)\s+of)",
    re.I,
)
"""Output that begins is a plant or line that opens: "the firm will start making fuses in May"."""
OPENING_JOINT_COMPANY = re.compile(
    r"\b(?:form|found)(?:s|ed|ing)?\s+(?:a|an|the|their|its)\s+(?:new\s+)?joint\s+(?:compan(?:y|ies)|ventures?|enterprises?)\b", re.I
)
"""Forming a joint company is setting one up: "X and its partners will form a joint company in Finland"."""
OPENING_VISITED = re.compile(rf"\bvisited\s+(?:a|an|the|its|their)\s+(?:{_W}{{0,4}}?){FACILITY}\b", re.I)
"""A facility someone visited exists: "Zelensky visited a new drone production site established by ..."."""
MADE_THERE_NOW = re.compile(
    r"\b(?:is|are)\s+(?:already|now)\s+(?:being\s+)?(?:produced|manufactured|made|assembled)\s+in\s+(?:the\s+)?(?=[A-Z])"
)
"""Goods already made in a country ("the drones are already being produced in X"): output that has started there,
news of an opening."""
OPENING_NOMINAL = re.compile(rf"\b(?:creation|establishment|opening|launch|construction)\s+of\s+{_W}{{0,4}}?{FACILITY}\b", re.I)
BENEFIT_OF_OPENING = re.compile(
    r"(?:\s+[\w’'-]+){0,6}?\s+(?:will|would|could|can|should|may)\s+(?:also\s+)?"
    r"(?:contribute|help|allow|enable|strengthen|enhance|boost|improve|give|provide|increase|reduce|bring|mean|ensure)\b",
    re.I,
)
"""An opening named as the subject of its benefit ("the establishment of the centre will contribute to the creation
of jobs in X") tells what it will bring, not that it is promised."""
_OUTPUT = r"(?:production|manufacturing|assembly)(?:\s+(?:capacit(?:y|ies)|lines?|facilities))?"
RELOCATE = re.compile(
    r"\b(?:mov|transferr?|shift|relocat)(?:es|ed|ing|e|s)?\s+(?:(?:part|parts|some|much|most|all)\s+of\s+)?"
    rf"(?:[\w’'-]+\s+){{0,6}}?(?:{_OUTPUT}|{SITE})\s+(?:[\w’'-]+\s+){{0,3}}?(?:to|into)\s+(?=[A-Z])"
    rf"|\b{_OUTPUT}\s+(?:(?:for|of|from)\s+(?:[\w’'&-]+\s+){{1,8}}?)?(?:(?:is|are|was|were|has\s+been|have\s+been|is\s+being|will\s+(?:also\s+)?be)\s+(?:also\s+)?)?"
    r"(?:moved|transferred|shifted|relocated)\s+(?:to|into)\s+(?=[A-Z])"
    rf"|\blocat(?:es|ed|ing|e)\s+(?:(?:part|some)\s+of\s+)?(?:its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_OUTPUT}\s+(?:in|on)\s+(?=[A-Z])",
    re.I,
)
"""Production or a site moved to another country opens there: "X is moving part of its drone production to Y", "the line
for small arms from X will also be relocated to Y", "to move the repair centre to Y by 31 December"."""
RELOCATE_NOMINAL = re.compile(
    r"\b(?:transfer|relocation|move)\s+(?:to\s+[A-Z][\w-]+\s+)?of\s+(?:the\s+|part\s+of\s+(?:the\s+|its\s+|their\s+)?)?(?:[\w’'&-]+\s+){0,8}?"
    rf"{_OUTPUT}(?:\s+lines?)?\b(?:\s+(?:of|for)\s+(?:[\w’'&-]+\s+){{1,8}}?to\s+(?=[A-Z]))?",
    re.I,
)
"""The transfer of production to a named country, as a noun ("announced the transfer of the production lines of X
rifles to Y", "Z Eyes Transfer to Y of Rifle Production Line"): an opening there, held to account by the place."""
LOCATED_OUTPUT = re.compile(
    r"\blocali[sz](?:e|es|ed|ing)\s+(?:(?:a\s+)?(?:part|portion|share)\s+of\s+|some\s+of\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:production|manufacturing|assembly)\b"
    r"|\b(?:production|manufacturing|assembly)\s+(?:of\s+(?:[\w-]+\s+){1,6}?)?(?:will|would|is\s+to|are\s+to)\s+(?:initially\s+|first\s+|also\s+|mainly\s+)?"
    r"(?:take\s+place|be\s+(?:located|based|carried\s+out|organi[sz]ed|set\s+up|locali[sz]ed))\s+(?:both\s+|also\s+|mainly\s+|only\s+)?(?:in|at|on)\b",
    re.I,
)
"""Where output will be made, without a figure: "plans to localise production in X", "production will take place
in Y"; held to account by the place."""
LOCATED_OUTPUT_NOMINAL = re.compile(
    r"\b(?:plan(?:s|ning|ned)?|prepar(?:e|es|ing|ed)|decided\s+on|decision\s+on|announced|provid(?:e|es|ed|ing)\s+for|envisag(?:e|es|ed|ing)|foresee(?:s|n)?)\s+(?:for\s+)?(?:the\s+)?locali[sz]ation\s+of\s+(?:(?:a\s+)?(?:part|portion|share)\s+of\s+|some\s+of\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:production|manufacturing|assembly)\b",
    re.I,
)
"""The same as a noun that is planned, decided or provided for ("planning the localisation of part of our production
in X", "an agreement which provides for the localisation of assembly"); it
yields to a verb's claim in its sentence ("we have detailed our agreement on ..., localisation of production"), and
localisation an agreement would allow ("allow for ... further localisation of production") is no plan."""
BEGIN_OPERATIONS = re.compile(
    r"\b(?:begin|begins|began|begun|start|starts|started|commence[sd]?)\s+(?:its\s+|their\s+|full\s+|regular\s+)?operations\b(?!\s+(?:against|in\s+the\s+(?:east|south|north|west)))",
    re.I,
)
"""A company or plant that "has begun operations" (at a site) has opened."""
NAMED_PRODUCER = re.compile(
    r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to|intends?\s+to)\s+(?:also\s+)?"
    r"(?:produce|manufacture|be\s+(?:engaged|involved)\s+in\s+(?:the\s+)?(?:production|manufactur(?:e|ing))\s+of)\s+"
    r"(?!(?:them|it|these|those|this|that|more|less|its|their|the)\b)(?:[\w“”\"-]+\s+){0,4}?"
    r"(?:drones|missiles|shells|rounds|munitions|ammunition|vehicles|robots|systems|boats|vessels|rockets|interceptors|UAVs|radars|aircraft|equipment|launchers|tanks)\b"
)
"""A named producer's promise to make a product, with no figure: "X will manufacture land and sea drones", "the
X subsidiary will be engaged in the production of armoured vehicles"."""
PRODUCE_AT_OWN_SITES = re.compile(
    r"\b(?:will|would|to|plans?\s+to|intends?\s+to)\s+(?:also\s+)?(?:produce|manufacture|make|build|assemble)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:at|in)\s+(?:(?:\w+|some|several)\s+of\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:factor(?:y|ies)|plants?|facilit(?:y|ies)|sites?|workshops?)\b",
    re.I,
)
"""A producer that names its own plants as where the goods will be made: "will build the boats at two of its
yards' plants", "to make the drones at its facilities in X"; the plants it owns stand for who it is."""
DELIVERY_RECEIVED = re.compile(
    r"\b(?:will|to|would|shall|is\s+to|are\s+to|set\s+to)\s+(?:also\s+|soon\s+)?(?:receive|get|(?:begin|start)\s+receiving)\b", re.I
)
"""Goods promised to a recipient ("Ukraine will receive missiles from X by the end of the year", "will start
receiving the first launchers by May")."""
GOODS = (r"(?:weapons?|drones|missiles|shells|rounds|munitions|ammunition|vehicles|howitzers|launchers|systems|boats|rockets|"
         r"interceptors|UAVs|radars|aircraft|batch(?:es)?|units|tanks|mortars|bombs|jets|helicopters|vessels|ships)")
DONATION = re.compile(
    r"\b(?:will|would|to|shall)\s+(?:also\s+|then\s+)?(?:be\s+)?(?:donated|donate|gifted)\s+(?:[\w-]+\s+){0,4}?to\s+(?=[A-Z])"
    r"|\b(?:will|would|to|shall)\s+(?:also\s+|then\s+)?be\s+(?:transferred|handed\s+over|given|delivered|sent)\s+to\s+[A-Z][\w-]+\s+as\s+(?:a\s+)?(?:donations?|gifts?)\b",
    re.I,
)
"""Goods promised as a gift to a named recipient ("the boats will be donated to X once built", "will be handed over
to X as a donation"): held to account by the recipient, even without a date."""
MEANS_OF_PRODUCTION = re.compile(
    r"\b(?:will|would|to|shall)\s+(?:also\s+)?(?:provide|send|supply|transfer|share|hand\s+over|deliver)\s+"
    r"(?:(?:the|its|their|necessary|all|some|modern|key)\s+)*"
    r"(?:(?:manufacturing|production)\s+(?:equipment|lines?|machinery|tools)|machinery|machine\s+tools|know-how|(?:technical|technological)\s+(?:support|documentation|assistance))"
    r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:know-how|training|components|documentation))?"
    r"\s+(?:to\s+(?:make|produce|manufacture|organi[sz]e|set\s+up|establish|launch|start|build|assemble)\b|to\s+(?=[A-Z])|for\s+(?:the\s+)?(?:production|manufactur))",
    re.I,
)
"""The means to make something, promised to whoever will make it ("X would provide machinery to make rounds", "Y will
send manufacturing equipment to Z", "will provide technical support and know-how to organise production"): a supply
held to account by its supplier or recipient. Sharing "technology" in general is cooperation, not a supply."""
_COUNT_AHEAD = r"(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+(?:hundred|thousand|dozen))\b)"
"""A count starts here: digits or a number word (not "hundreds of", which is no count to hold anyone to)."""
_COUNT_BOUND = r"(?:(?:an?\s+)?(?:further|extra|additional|another|more\s+than|over|up\s+to|about|around|some|at\s+least|nearly|almost|roughly|approximately)\s+)*"
_RECIPIENT_WITH = r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}|the\s+(?:[A-Z][\w’'-]*\s+){1,3}?(?:army|forces|military|navy))\s+with\s+"
"""The recipient before the goods: "provide Ukraine with 100 radars", "supply the Ukrainian army with 20 boats"."""
SUPPLY_COUNT = re.compile(
    r"\b(?:will|would|shall|to|is\s+to|are\s+to)\s+(?:also\s+|soon\s+|now\s+|then\s+)?"
    rf"(?:send|supply|deliver|provide|ship|transfer|hand\s+over)\s+(?:{_RECIPIENT_WITH})?{_COUNT_BOUND}{_COUNT_AHEAD}",
    re.I,
)
"""A count of goods promised to a recipient: "the UK will send 650 missiles to X", "the plant is to supply 5,000
rockets to Y", "will provide X with 100 radars". The count and the recipient hold it to account without a date."""
SUPPLIED_COUNT = re.compile(
    rf"(?<![\w,.])\d[\d,.]*\s+(?:[\w-]+\s+){{0,3}}?(?:were\s+|have\s+been\s+|had\s+been\s+|has\s+been\s+)?"
    r"(?:supplied|delivered|shipped|handed\s+over)\s+to\s+(?=[A-Z])",
)
"""A count of goods reported handed to a recipient: "the order saw 650 rockets supplied to X"."""
_COUNT_START = rf"(?:{_COUNT_AHEAD}|(?=one\s+(?:million|thousand|hundred)\b))"
"""A count as _COUNT_AHEAD, or "one million", which is a count though "one" alone is not."""
ARMY = r"(?:the\s+)?(?:(?:units|brigades)\s+of\s+the\s+)?(?:army|military|troops|front(?:\s+line)?|Armed\s+Forces|Defen[cs]e\s+Forces|soldiers|brigades)\b"
"""The armed forces named as a body, not as a country: "to the army", "by the military", "to the units of the Armed Forces"."""
THE_ARMY = re.compile(r"\bthe\s+(?:army|Armed\s+Forces|troops|Defen[cs]e\s+Forces|soldiers|front(?:\s+line)?)\b", re.I)
"""A delivery's recipient named as the armed forces of the country the article is about: "the army will receive ..."."""
ARMY_SUPPLIED = re.compile(
    r"(?<![\w,.])\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){0,3}?(?:were|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?"
    rf"(?:supplied|delivered|handed\s+over|sent|received)\s+(?:to|by)\s+{ARMY}",
    re.I,
)
"""A count of goods reported handed to the armed forces ("1.2 million drones were supplied to the army this year",
"another 300 UAVs were received by the military"): a delivery done, held to account by its count."""
ORDERED_COUNT = re.compile(
    rf"\b(?:order(?:s|ed)|contracted)\s+{_COUNT_BOUND}{_COUNT_START}",
    re.I,
)
"""A count of goods ordered ("the agency has ordered about 8,000 ground robots", "manufacturers had contracted one
million drones"): an order placed, which the deliveries can later be checked against. "Ordered the production of N"
is a task set (TASKED), not an order placed."""
RECEIVED_COUNT = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|now\s+|also\s+)?received\s+(?:the\s+first\s+|another\s+|an?\s+(?:further|additional)\s+)?"
    rf"{_COUNT_BOUND}{_COUNT_START}",
    re.I,
)
"""A recipient that "has received the first 40,000 shells": a delivery done, counted."""
DELIVERY_TIMING = re.compile(
    r"\b(?:delivered|supplied|shipped|handed\s+over|arriv(?:e|es|ed|ing)|landed|land|reach(?:ed)?)\s+"
    r"(?:(?!but\b|and\b)[\w’'-]+\s+){0,4}?"
    r"(?:(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+(?:early|earlier|ahead\s+of\s+(?:schedule|plan|time))|"
    r"ahead\s+of\s+(?:the\s+)?(?:schedule|plan|time|deadline)|earlier\s+than\s+(?:planned|expected|scheduled|promised))\b",
    re.I,
)
"""A delivery measured against its schedule ("the rockets were delivered five months early", "an extra 140 will
arrive ahead of schedule"): news a fact-checker holds the supplier to, done or promised."""
JOBS_CREATED = re.compile(
    r"\b(?:creat(?:e|es|ed|ing)|add(?:s|ed|ing)?|bring(?:s|ing)?|generat(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|hir(?:e|es|ed|ing))\s+"
    rf"{_COUNT_BOUND}{_COUNT_AHEAD}[\w,.-]+\s+(?:(?:new|additional|extra|more|local|skilled|permanent|direct|full-time)\s+)*"
    r"(?:jobs|staff|workers|employees|roles|positions|workplaces)\b",
    re.I,
)
"""Jobs a plant or contract brings ("will create 200 jobs", "is creating 200 new jobs", "recruiting 200 additional
staff"): a count a reader can check later."""
JOBS_UNIT = re.compile(r"(?:[\w-]+\s+)*(?:jobs|staff|workers|employees|roles|positions|workplaces)", re.I)
"""A quantity that counts jobs, which is never an output target."""
EXPORT_LICENCE = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|(?:was|were|been|be)\s+(?:granted|issued)|grant(?:s|ed|ing)?|issu(?:e|es|ed|ing))\s+"
    r"(?:[\w-]+\s+){0,4}?(?:export\s+)?licen[cs]es?\s+(?:to\s+export|for\s+(?:the\s+)?exports?)\b"
    r"|\bexport\s+licen[cs]es?\s+(?:[\w-]+\s+){0,3}?(?:was|were|have\s+been|has\s+been|had\s+been)\s+(?:issued|granted)\b",
    re.I,
)
"""Licences to sell abroad, granted: "producers have received the first licences to export their goods"."""
PRODUCTION_LICENCE = re.compile(
    r"\b(?:receiv(?:e|es|ed)|obtain(?:s|ed)|(?:was|were|been)\s+(?:granted|issued|awarded)|grant(?:s|ed)|issu(?:es|ed)|award(?:s|ed))\s+"
    r"(?:[\w-]+\s+){0,4}?licen[cs]es?\s+(?:from\s+[\w-]+(?:\s+[\w-]+)?\s+)?to\s+(?:manufacture|produce|make|assemble)\b"
    r"|\blicen[cs]es?\s+(?:[\w-]+\s+){0,2}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:granted|issued|awarded)\s+by\b",
    re.I,
)
"""A licence to make something, granted: "X received licences to manufacture drones in Ukraine", "the licence was granted
by Nammo": an agreement, done."""
READY_BY = re.compile(
    rf"\b{GOODS}\s+(?:[\w-]+\s+){{0,3}}?(?:to|will|would|is\s+to|are\s+to)\s+be\s+ready\b"
    rf"|\b(?:plant|factory|facility|line|site|workshop)s?\s+(?:[\w-]+\s+){{0,3}}?(?:to|will|would|is\s+to|are\s+to)\s+be\s+ready\b",
    re.I,
)
"""Goods (or a plant) promised ready by a date: "expects the first missiles to be ready by March"."""
CONSTRUCTION_START = re.compile(
    r"\bconstruction(?:\s+works?)?\s+(?:(?:of|on)\s+(?:[\w’'-]+\s+){0,5}?)?(?:(?:is|are)\s+(?:now\s+|still\s+)?(?:expected|scheduled|set|due|planned|slated)\s+to|will|is\s+to|are\s+to)\s+"
    r"(?:begin|start|commence)\b"
    r"|\b(?:lay|laying)\s+(?:the\s+)?(?:first|foundation|corner)\s*stone\b|\bbreak\s+ground\b",
    re.I,
)
"""Building work due to start ("construction work is scheduled to begin next year", "hope to lay the first stone this
year"): a step towards a plant, held to account only by its date."""
OUTPUT_RAISED_TO = re.compile(
    r"\b(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|ramp(?:s|ed|ing)?\s+up|br(?:ing|ings|ought)|expand(?:s|ed|ing)?)\s+"
    r"(?:(?:its|their|the|our|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?:production|output|(?:production\s+|output\s+)?capacity)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?to\s+"
    r"(?=(?:about\s+|around\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|up\s+to\s+)?\d)",
    re.I,
)
"""Output raised to a figure ("Ukraine has ramped up production to 10 units per month", "to increase production capacity to
up to 1,000 drones yearly"): a rate reached or promised."""
DELIVERIES_DUE = re.compile(
    r"\b(?:the\s+)?(?:first\s+)?deliver(?:y|ies)\s+(?:of\s+(?:[\w-]+\s+){1,5}?)?(?:to\s+[A-Z][\w-]+\s+)?"
    r"(?:will|could|would|should|(?:is|are)\s+(?:expected|due|set|scheduled|planned)\s+to)\s+(?:be\s+possible|start|begin|take\s+place|follow|arrive)\b",
    re.I,
)
"""Deliveries due by a date ("the first deliveries of the jets to X will be possible within three years"): held to account
only by the date, like goods promised ready."""
STATE_BODY = (
    r"(?:government|cabinet|parliament|Verkhovna\s+Rada|Rada|Bundestag|Sejm|Storting|Riksdag|Folketing|Eduskunta|Seimas|Saeima|"
    r"Congress|Senate|lawmakers|legislators|MPs|council\s+of\s+ministers)"
)
LEGAL_ACT = re.compile(
    rf"\b{STATE_BODY}(?:\s+of\s+[A-Z][\w-]+)?\s+(?:has\s+|have\s+|had\s+)?(?:(?:now|officially|formally|already|also)\s+)?"
    r"(?:approved|adopted|passed|supported|ratified|voted\s+for)\s+(?:a\s+|the\s+|two\s+|three\s+|several\s+)?"
    r"(?:package\s+of\s+(?:[\w-]+\s+){0,4}?)?(?:decisions|bills?|laws?|draft\s+laws?|resolutions?|regulations|decrees?)\b",
    re.I,
)
"""A state body passing a law or a set of decisions: "the parliament adopted two bills on ...", "the cabinet has
approved a package of decisions to ...". Done as it is reported, and held to account by the body that did it."""
PROJECT_START = re.compile(
    rf"\b(?:project|programme|program|initiative|regime|scheme|mechanism)\s+(?:is\s+{_STILL}(?:expected|scheduled|set|due|planned)\s+to|will|to|is\s+to|should)\s+"
    r"(?:start|begin|be\s+launched|become\s+operational|be\s+operational|take\s+effect|start\s+(?:working|operating))\b(?!\s+(?:talks|negotiations|to)\b)",
    re.I,
)
"""A programme that is to start ("the project is expected to start by September"): held to account by its date."""
ENTRY_INTO_FORCE = re.compile(r"\b(?:comes?|came|coming|enters?|entered|entering|(?:will|to|would|shall|is\s+to)\s+(?:come|enter))\s+into\s+force\b", re.I)
"""A law or regime "comes into force on January 5": checkable by its date."""
LAUNCHED_SCHEME = re.compile(
    r"\b(?i:launch(?:es|ed)?|roll(?:s|ed)?\s+out|unveil(?:s|ed)?)\s+(?:the\s+|its\s+)?[“\"‘'][A-Z][^”\"’']{1,40}[”\"’'],?"
    r"(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:framework|regime|programme|program|platform|initiative|scheme|mechanism|fund)\b|\s+to\s+[A-Za-z]|\s*[.;]?$)"
    r"|^[\"“]?(?:The\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+\s+(?:has|have)\s+(?:officially\s+|now\s+|formally\s+)?launched\s*[.!]?[\"”]?$",
)
"""A named scheme launched ("X has launched “Y,” a legal framework for ...", "Y has officially launched"): the launch
of a programme is news of its own, told by the quoted name or by the name as the whole subject."""
FUND_COMMITTED = re.compile(r"\b(?:committed|pledged|promised)\s+to\s+(?:financing|funding|finance|fund|co-?financ(?:e|ing))\b", re.I)
"""A promise to pay for something, without a sum: "has committed to financing drone production in X for three years"."""
FUND_PRODUCTION = re.compile(
    r"\b(?:will|would|to|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:set|poised|ready)\s+to|commit(?:s|ted|ting)?\s+to|agree[sd]?\s+to|aims?\s+to)\s+"
    r"(?:(?:also|directly|further|jointly|fully|partly)\s+){0,2}"
    r"(?:(?:(?:co-?)?financ(?:e|ing)|fund(?:ing)?|invest(?:ing)?\s+in|pay(?:ing)?\s+for)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:production|manufactur(?:e|ing)|defen[cs]e\s+(?:industry|sector|companies|enterprises|firms)|weapons|arms|drones|missiles|plants?|factor(?:y|ies))\b"
    r"|invest(?:ing)?\s+in\s+(?:[\w’'-]+\s+){0,4}?(?:drone|missile)\b"
    r"|(?:allocate|contribute|provide|direct|channel|earmark)\s+(?:[\w“”\"'’-]+\s+){0,2}?(?:funds|funding|money|financing)\b)",
    re.I,
)
"""A promise to pay for production, without a sum: "Sweden will finance the production of long-range drones",
"X to invest in mass production of Y", "is poised to allocate significant funds for ..."."""
FUND_PROCUREMENT = re.compile(
    r"\b(?:will|would|to|plans?\s+to|intends?\s+to|aims?\s+to)\s+(?:also\s+|jointly\s+)?(?:procure|purchase|buy)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:weapons?|drones|missiles|shells|rounds|munitions|ammunition|vehicles|howitzers|launchers|systems|boats|rockets|interceptors|UAVs|radars|aircraft)\b"
    r"|\b(?:will|would|to|plans?\s+to)\s+(?:[\w’'-]+\s+){0,8}?(?:support(?:s|ing)?|financ(?:e|ing)|fund(?:ing)?)\s+(?:for\s+)?(?:the\s+)?(?:procurement|purchas(?:e|es|ing))\s+of\b",
    re.I,
)
"""Buying weapons for someone is paying for them: "is launching a project to procure long-range drones from X",
"will boost its support for the procurement of Y"."""
FUND_PASSIVE = re.compile(
    r"\b(?:will|would|is\s+to|are\s+to|to)\s+be\s+(?:fully\s+|partly\s+|partially\s+|jointly\s+)?(?:paid\s+for|financed|funded|co-?financed)\s+by\b",
    re.I,
)
"""Something to be paid for by a named payer: "the contract will be paid for by the German government"."""
FUNDS_SHARE = re.compile(
    r"\b(?:will|would|to|plans?\s+to|intends?\s+to)\s+(?:also\s+)?(?:send|direct|channel|allocate|spend|use|devote|earmark)\s+"
    r"(?:(?:part|parts|some|a\s+share|a\s+portion|much|most)\s+of\s+)(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:loans?|funds?|money|financing|budget|grants?|credits?)\b",
    re.I,
)
"""A share of named money promised to a purpose: "will direct part of the EU loans to joint projects"."""
BACKGROUND_LIST = re.compile(
    r"\b(?:has|have)\s+(?:also\s+|already\s+)?(?:established|set\s+up|created|launched|formed)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:joint\s+ventures|ventures|plants|factories|facilities|companies|partnerships)\b[^.;]*,\s+including\b",
    re.I,
)
"""A list of what has been done so far, given by examples ("has set up joint ventures with several firms,
including X and Y"): background, not a claim."""
VENTURE_MEMBERS = re.compile(
    r"\b(?:the|a|this)\s+(?:new(?:ly\s+(?:formed|created|established))?\s+)?joint\s+(?:venture|company),\s+[A-Z][^,]{1,40},\s+"
    r"(?:brings\s+together|combines|unites|joins|pairs|is\s+owned\s+by)\b"
    r"|\b(?:companies|businesses|firms|partners|members|manufacturers|producers)\s+(?:involved\s+|taking\s+part\s+|participating\s+)?in\s+"
    r"(?:the|this)\s+(?:new\s+)?joint\s+(?:venture|company)\s+(?:are|include|includes)\b",
    re.I,
)
"""A joint venture presented by its members ("the new joint venture, X, brings together A and B", "the firms in the
joint venture are A and B"): a company that has been set up, news of an opening."""
SECURED_COUNT = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|already\s+|also\s+)?(?:secured|procured|purchased|bought|acquired|sourced)\s+"
    rf"{_COUNT_BOUND}{_COUNT_AHEAD}[\d,.]+(?:\s+(?:million|thousand))?\s+(?:[\w’'-]+\s+){{0,3}}?{GOODS}\b[^;]{{0,60}}?\bfor\s+(?=[A-Z])"
    rf"|\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+used\s+to\s+(?:procure|purchase|buy|pay\s+for|finance|fund)\s+{_COUNT_BOUND}{_COUNT_AHEAD}",
    re.I,
)
"""A count of goods got hold of for a recipient ("X had secured 800,000 shells for Y", "the money was used to buy 18
howitzers"): a supply reported as arranged, which the deliveries can later be checked against."""
OUTPUT_UNDER_WAY = re.compile(
    r"\b(?:already|now)\s+(?:produces|manufactures|makes|is\s+producing|is\s+manufacturing|are\s+producing)\s+(?:its|their)\s+own\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:{GOODS[3:-1]}|ammunition|munitions|shells|artillery)\b",
    re.I,
)
"""Output said to be under way without a figure ("X already makes its own 155 mm shells"): a capability reported as
news, checkable against the first deliveries."""
FACILITY_RECEIVED = re.compile(
    rf"\b(?:will|would|to|is\s+to|are\s+to)\s+(?:also\s+|then\s+)?(?:receive|get|be\s+given|be\s+granted)\s+(?:a|an|its|their|the)\s+(?:new\s+|own\s+|joint\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:production\s+(?:site|line|facility|plant)|plant|factory|facility|workshop)s?\b",
    re.I,
)
"""A plant promised to someone in a deal ("in return X will receive a production site near Y"): an opening promised to
the one who receives it."""
OUTPUT_IN_PLACE = re.compile(
    r"(?:^|\bthat\s+|[,;:]\s+|\b(?:and|while|but)\s+)(?:the\s+)?(?:joint\s+)?(?:production|manufacturing|assembly)\s+in\s+(?:the\s+)?"
    r"(?=[A-Z])(?:[\w-]+\s+){1,3}?(?:will|would|could|is\s+to|are\s+to|shall)\s+(?:also\s+|then\s+)?(?:run|start|begin|go|proceed|take\s+place|be)\b",
)
"""Output promised in named places, with the places as its subject ("production in X and Y would run side by side"):
where it will be made holds it to account, as LOCATED_OUTPUT does."""
OUTPUT_IN_PROGRESS = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|already\s+|currently\s+)?(?:producing|manufacturing|making|assembling|turning\s+out)\s+"
    rf"{_COUNT_BOUND}{_COUNT_START}",
    re.I,
)
"""Output told in the present progressive with a count ("this month our plants are producing 40 howitzers"): the
output of now, reported as fact."""
LICENSED_OUTPUT = re.compile(
    r"\b(?:produc(?:e|es|ed|ing|tion)|manufactur(?:e|es|ed|ing)|assembl(?:e|es|ed|ing|y)|make|makes|making|build|builds|building)\s+"
    r"(?:of\s+)?(?:[\w’'-]+\s+){0,6}?under\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?licen[cs]e\b",
    re.I,
)
"""Output made under someone's licence ("Latvia to manufacture Finnish mortars under licence", "the first production
of heavy shells under a foreign licence"): held to account by who makes it and whose licence it is."""

PRODUCE = re.compile(
    r"(?<!-)\b(?:produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|production\s+of|output\s+of|make|makes|made|build|"
    r"assembl(?:e|es|ed|ing)|(?:turn|churn|roll)(?:s|ed|ing)?\s+out)\b",
    re.I,
)
SCALE_UP = re.compile(r"\b(?:double|triple|quadruple|doubl(?:es|ed|ing)|tripl(?:es|ed|ing))\s+(?:the\s+|its\s+|their\s+)?(?:production|output)\b", re.I)
"""An output target given as a factor: "plans to double production of the missile this year"."""
TARGET_NOUN = re.compile(
    r"\b(?:target|goal|aim|objective|capacity|request)(?:\s+(?:there|here|now|today))?(?:\s+(?:is|was|will\s+be|of|remains|reach(?:es|ing)?)\b(?:\s+for\b)?|\s*:)", re.I
)
"""A stated output target without a production verb: "the target is 2,000 interceptors a day", "a capacity
reaching 300 units a year"."""
RATE_VERB = re.compile(r"\b(?:deploy(?:s|ed|ing)?|use|uses|using|field(?:s|ing)?)\b", re.I)
"""Putting N to use each day is an output target too: "will soon be able to deploy 500 interceptors a day"."""
FUND_NOUN = re.compile(r"\b(?:tranche|instal(?:l)?ment|investment|loan|grant)s?\b", re.I)
"""Money named by what it is rather than by a verb: "the first tranche is EUR 40 million"."""
NEED = re.compile(r"\b(?:needs?|needed|requires?|required)\b", re.I)
"""Money someone needs is a need, not a pledge: "the industry needs to attract $10 billion in financing"."""
OTHER_SIDE = re.compile(
    r"\s*(?:(?i:meanwhile|however|at\s+the\s+same\s+time|in\s+turn|by\s+contrast),?\s+)?(?:the\s+)?(?:Russia|Russian|Moscow|the\s+Kremlin|Kremlin)\b(?![’'-]?s?\s+(?:full-scale|invasion|war|aggression|attacks?))",
)
"""The other side of the war as the subject: what Russia plans is context, not a claim anyone here is held to."""
COMPARISON = re.compile(r"\s*(?:for\s+comparison|by\s+comparison|in\s+comparison|for\s+reference)\b", re.I)
"""A sentence offered as a yardstick ("For comparison, X built similar plants in 15 months") is background."""

EXPORT_PLEDGE = re.compile(
    r"\b(?:will|would|to|plans?\s+to|begin|start|focus\s+on|ready\s+to|intends?\s+to|aims?\s+to)\s+"
    r"(?:(?:soon|also|then|further|jointly|begin|start|be\s+able\s+to)\s+){0,2}export(?:s|ing)?\b",
    re.I,
)
EXPORT_NOMINAL = re.compile(
    r"\b(?:will|would|to|plans?\s+to|intends?\s+to|aims?\s+to)\s+(?:(?:soon|also|then|further|gradually)\s+)?"
    r"(?:open|launch|start|begin|resume|allow|permit|unblock)\s+(?:[\w-]+\s+){0,2}?exports?\s+(?:of|to)\b",
    re.I,
)
"""Exports as the object of a pledged opening: "Ukraine will open controlled exports of naval drones"."""
EXPORT_SUBJECT = re.compile(r"\bexports?\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?(?:to|will|would|are\s+to)\s+(?:start|begin|resume)\b", re.I)
"""Exports as the subject of a pledged start: "Zelensky says exports to start in autumn"."""
EXPORT_PASSIVE = re.compile(
    r"\b(?:will|would|to|shall|could|can)\s+(?:also\s+|then\s+|later\s+|soon\s+)?be\s+(?:exported|re-exported|"
    r"sold\s+(?:abroad|to|across|in\s+other)\b|"
    r"(?:delivered|supplied|shipped)\s+(?:[\w-]+\s+){0,6}?(?:across|abroad|to\s+(?:other|partner|allied|foreign)\b))",
    re.I,
)
"""Goods as the subject of a promised sale abroad: "some will be sold to other countries", "drones will be
delivered not only to X but also across the EU"."""
EXPORT_EVENT = re.compile(r"\b(?:has|have|had)\s+(?:already\s+)?(?:begun\s+|started\s+)?export(?:ed|ing)\b", re.I)

AGREEMENT_NOUN = r"(?:agreements?|documents?|memorand(?:um|a|ums)|deals?|contracts?|accords?|treat(?:y|ies)|MoUs?|declarations?|pact|letters?\s+of\s+intent|statements?\s+of\s+intent|joint\s+statements?|statements?\s+on\s+(?=(?:the\s+)?(?:joint|co-?)?\s*(?:production|manufactur|cooperation|partnership)))"
SIGN_ACTIVE = re.compile(
    rf"\b(?<!the\s)(?:sign(?:s|ed)?|ink(?:s|ed)?|conclud(?:e|es|ed)|reach(?:es|ed)?|struck|strike|signing|ratif(?:y|ies|ied))\s+(?!of\b){_W}{{0,8}}?{AGREEMENT_NOUN}\b",
    re.I,
)
SIGN_PASSIVE = re.compile(
    rf"\b{AGREEMENT_NOUN}\s+(?:{_W}{{0,8}}?)(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?:\w+\s+)?(?:signed|drawn\s+up)\b", re.I
)
""""the memorandum was signed in Kyiv", "a contract was drawn up for ...": a document that now exists."""
SIGN_RELATIVE = re.compile(
    rf"\b{AGREEMENT_NOUN}(?:,?\s+(?:that|which)\s+|\s+(?:the|both|two|their|its)\s+(?:{_W}{{0,3}}?))"
    r"(?:signed|inked|concluded)\b"
    rf"|\b{AGREEMENT_NOUN},\s+(?:which\s+was\s+)?(?:signed|inked|concluded|reached|struck)\b"
    rf"|\b(?:(?<=the\s)|(?<=this\s)|(?<=that\s)){AGREEMENT_NOUN}\s+(?:signed|inked|concluded)\s+(?=(?:with|between|by|on|in|at|yesterday|today|last|this|earlier)\b)"
    rf"|\b(?:an?|the|this|that)\s+(?:[\w-]+,?\s+){{1,2}}?{AGREEMENT_NOUN}\s+(?:signed|inked|concluded)\s+(?=(?:with|between|by|on|in|at|yesterday|today|last|this|earlier)\b)"
    rf"|\b{AGREEMENT_NOUN}\s+(?:for|on)\s+[^,;]{{1,50}}?\s+(?:that|which)\s+(?:(?!not\b|never\b|yet\b)[\w’'-]+\s+){{1,4}}?(?:signed|inked|concluded)\b",
    re.I,
)
""""a memorandum the two groups signed in January", "the deal, signed in Oslo, ...", "the contract signed with X on May 2",
"the contract for 300 rockets that the ministry signed with X"."""
ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|another|other|separate|latest|last)"
AGREEMENT_CONTENT = re.compile(
    rf"\b(?:(?:the|a|this)\s+{ORDINAL}\s+(?:[\w-]+\s+){{0,2}}?{AGREEMENT_NOUN}(?:\s+(?:between|with)\s+[A-Z][^,;]{{1,60}}?)?"
    rf"|(?:the|this)\s+{AGREEMENT_NOUN}\s+(?:between|with)\s+[A-Z][^,;]{{1,60}}?|(?:the|a)\s+{ORDINAL}\s+(?:one\s+)?)"
    r"(?:\s+(?:signed|inked|concluded)(?:\s+[\w-]+){0,5}?)?"
    r"(?:,\s+(?:an?\s+)?[^,;]{1,80},)?\s+"
    r"(?:regulates|concerns|involves|provides\s+for|pertains\s+to|stipulates|envisages|envisions|covers|defines|foresees|relates\s+to|deals\s+with|"
    rf"is\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:deal|agreement|contract|memorandum))\b",
    re.I,
)
"""One of several agreements described by what it settles: "The third agreement regulates ...", "the second
contract signed on May 2 involves ...", "the other one is a cooperation deal with X", "the deal between X and Y
provides for ...": an agreement that exists. A bare "this document envisages ..." only retells the one before."""
AGREEMENT_FOR_OUTPUT = re.compile(
    rf"\b(?:{AGREEMENT_NOUN}|licen[cs]es?)\s+(?:in\s+[A-Z][\w-]+\s+)?(?:for|on)\s+(?:the\s+)?(?:licen[cs]ed\s+|joint\s+|local\s+)?"
    r"(?:production|manufactur(?:e|ing)|co-?production)\b"
    r"|\blicen[cs]ed\s+(?:production|manufactur(?:e|ing))\s+(?:[\w-]+\s+){0,4}?(?:to|in)\s+(?=[A-Z])",
    re.I,
)
"""A document that lets someone make something: "a licence for the production of shells", "an agreement for licensed
production in X", "the transfer of licensed production of rounds to Y"."""
AGREED_TO = re.compile(
    r"\bagreed?\s+to\s+\w+"
    r"|\bagree(?:s|d)?\s+on\s+(?:the\s+|a\s+)?(?:joint|co-?production|production|cooperation|terms|deal|supplies|supply|sales?|purchases?|deliver(?:y|ies)|exports?)\b",
    re.I,
)
AGREEMENT_BETWEEN = re.compile(rf"\b{AGREEMENT_NOUN}\s+(?:between|with)\s+", re.I)
AGREEMENT_SIGNING_HELD = re.compile(
    rf"\bsigning\s+(?:of\s+)?(?:the|a|an|this)\s+(?:[\w-]+\s+){{0,2}}?{AGREEMENT_NOUN}\s+(?:[^.;]{{0,60}}?\s)?(?:took\s+place|was\s+held)\b",
    re.I,
)
"""A signing reported as held ("the signing of the agreement took place at the embassy on Wednesday"): a document that exists."""
ORDER_RECEIVED = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|w[oi]n|wins|secur(?:e|es|ed|ing)|land(?:s|ed)?|(?:was|were|been|be)\s+awarded)\s+"
    r"(?:[A-Z][\w-]*[’']s\s+|an?\s+|the\s+|its\s+|their\s+|first\s+|second\s+|official\s+|new\s+|major\s+|large\s+|further\s+)*"
    r"(?:orders?|contracts?)\b",
    re.I,
)
"""A supplier that receives (wins, secures) an order or contract has an agreement with its customer."""

FUND_VERB = re.compile(
    r"\b(?:allocat(?:e|es|ed|ing)|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|"
    r"commit(?:s|ted|ting)?|invest(?:s|ed|ing)?|earmark(?:s|ed|ing)?|grant(?:s|ed|ing)?|donat(?:e|es|ed|ing)|"
    r"send(?:s|ing)?|sent|giv(?:e|es|en|ing)|gave|announc(?:e|es|ed|ing)|spen(?:d|ds|ding|t)|set(?:s|ting)?\s+aside|"
    r"contribut(?:e|es|ed|ing)|put(?:s|ting)?|inject(?:s|ed|ing)?|disburs(?:e|es|ed|ing)|channel(?:s|led|ling|ed|ing)?|"
    r"transfer(?:s|red|ring)?|entrust(?:s|ed|ing)?|ma(?:de|ke|kes|king)\s+available|(?:go(?:es)?|went)\s+(?:directly\s+)?to(?:wards)?|going\s+(?:directly\s+)?to\s+(?=the\b|Ukrain)|approv(?:e|es|ed|ing)|allot(?:s|ted|ting)?|"
    r"direct(?:s|ed|ing)?|award(?:s|ed|ing)?|procur(?:e|es|ed|ing)|rais(?:e|es|ing)|amount(?:s|ed|ing)?\s+to|scal(?:e|es|ed|ing)\s+up\s+to|(?:increas|ris)(?:e|es|ed|ing)\s+to|grow(?:s|ing)?\s+to)\b",
    re.I,
)

DESIGNED_CAPACITY = re.compile(rf"\b{FACILITY}\s+(?:is|are|was|were|will\s+be)\s+designed\s+to\s*$", re.I)
"""A facility "is designed to make N a year": its capacity, stated as a claim."""

ESTIMATE_PUT = re.compile(r"put(?:s|ting)?\s+(?:[\w’'-]+\s+){1,6}?at\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|over\s+)?[$€£\d]", re.I)
""""put X at <amount>": a valuation or an estimate."""

SUBORDINATE = re.compile(
    r"\b(?:allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|in\s+order\s+to|so\s+that|designed\s+to|aimed\s+at|aiming\s+to|"
    r"permit(?:s|ted|ting)?|help(?:s|ed|ing)?|"
    r"(?:been|is|are|was|were)\s+(?:pushing|trying|seeking|striving|lobbying|hoping|struggling)\s+(?:hard\s+)?to|"
    r"(?:in\s+(?:\w+\s+)?)?(?:talks|negotiations|discussions|consultations)\s+(?:to|on|about|over|regarding)|negotiat(?:ing|es)\s+(?:with\s+[^,;]{1,60}?\s+)?(?:to|on|over|about)|"
    r"(?:it\s+is|it\s+was|it\s+remains)\s+unclear\s+(?:\w+\s+){0,8}?(?:whether|if)|"
    r"consider(?:s|ing)?|explor(?:es|ing)\s+(?:the\s+)?(?:possibility|option|idea)|"
    r"needs?\s+(?:a|an|the|more|some)\s+(?:[\w-]+\s+){0,3}?to)\b",
    re.I,
)
"""A predicate after these words describes what something else makes possible, not a claim of its own."""

PLEDGE_CUE = re.compile(
    r"\b(?:will|would|shall|'ll|to|plans?|planning|planned|intends?|intending|set\s+to|aims?|expects?|expected|"
    r"may|might|could|can|must|going\s+to|soon|be\s+able\s+to|ready\s+to|wants?\s+to|about\s+to|is\s+to|are\s+to|promised?|pledged?)\b",
    re.I,
)
OUTPUT_NOW = re.compile(r"(?:produces|makes|manufactures|assembles|builds|turns\s+out|rolls\s+out)\b", re.I)
"""A present-tense verb of output: with a rate and no word of the future, the output of today."""
PERFECT_CUE = re.compile(r"\b(?:has|have|had|was|were|is\s+being|already)\b", re.I)

CURRENCIES = frozenset("EUR USD GBP DKK UAH PLN SEK NOK CHF JPY CAD AUD CZK HUF RON CNY RUB $ € £ ₴ euro euros dollars hryvnias kroner pounds".lower().split())

DENIED = re.compile(r"\bden(?:y|ies|ied)\s+(?:\w+\s+){0,2}?(?:that\s+)?(?:\w+\s+){0,3}$", re.I)
"""What someone denies ("denied that it had agreed to host a centre") is not claimed."""
ADVICE = re.compile(r"\b(?:should|ought\s+to)\s+(?:\w+\s+){0,2}$", re.I)
OBLIGATION = re.compile(r"\b(?:must|need\s+to|needs\s+to|has\s+to|have\s+to)\s+(?:\w+\s+){0,2}$", re.I)
EVALUATIVE = re.compile(
    r"\b(?:(?:it\s+is|it['’]s|is|are|was|were)\s+(?:very\s+|so\s+|extremely\s+|also\s+)?(?:important|crucial|vital|essential|necessary)\s+to"
    r"|the\s+(?:importance|necessity|need)\s+(?:of|to))\b[^.;:]*$",
    re.I,
)
"""A judgement of what matters ("it is important to strengthen Ukraine's ability to produce ammunition in Ukraine",
"we recognize the importance of ..."): an opinion, not a promise of what follows."""
APPEAL = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|invit(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to)\s+"
    r"(?:[\w’'-]+\s+){1,6}?(?:to\s+)?$",
    re.I,
)
"""Asking someone else to act ("called on Norway to invest in ..."): an appeal, not a pledge of the one asked."""
RECORD = re.compile(r"\b(?:the\s+)?(?:first|only|second|last)\s+(?:[\w-]+\s+){0,2}?to\s+$", re.I)
"""Being "the first country to fund ...": a record of the past, background to the claims around it."""
MAY_LEAD_TO = re.compile(
    r"\b(?:could|might|may)\s+(?:also\s+|eventually\s+)?(?:pave\s+the\s+way|open\s+the\s+door|lay\s+the\s+groundwork)\s+(?:for|to|towards?)\b", re.I
)
"""What a project "could pave the way for" is a possibility, not anything promised, even as a bare noun; a plain
"it paves the way for a plant in X" states the plan."""
SOURCE_DOCUMENT = re.compile(r"\baccording\s+to\s+(?:the|this|that|a)\s+(?:[\w-]+\s+)?$", re.I)
"""An agreement named only as the source of what follows ("According to the agreement that was signed, ...")."""
NEGOTIATED = re.compile(r"\bnegotiat(?:es|ing)\s+(?:[\w-]+\s+){0,3}$", re.I)
"""An agreement being negotiated ("Ukraine is negotiating two agreements with X") is not one signed."""
UNSAID = re.compile(
    r"\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|would\s+not|wouldn['’]t|could\s+not|couldn['’]t|declined\s+to|refused\s+to|"
    r"(?:neither|none|no\s+one|nobody)\s+(?:[\w-]+\s+){0,3}?(?:would|could|did|will))\s+"
    r"(?:\w+\s+)?(?:specify|say|disclose|name|reveal|elaborate|detail|identify)\s+(?:on\s+)?"
    r"(?:which|what|how|when|where|who|the\s+(?:[\w-]+\s+){0,3}?(?:that|which))\b",
    re.I,
)
"""What someone would not say ("did not specify which drones would be produced", "neither side would name the
firms that will build them") states nothing; "could not
say whether the plant, due to open in May, ..." still restates the pledge inside it."""
BECAME_KNOWN = re.compile(r"^[^.;]*?\b(?:became|become|becomes)\s+known\b", re.I)
"""A plan as the subject of "became known after ...": when news broke, retold as background."""
IF_CLAUSE = re.compile(r"\b(?:if|unless)\s+\w+", re.I)
"""Advice and obligations under a condition are opinions: nobody has promised anything."""
NEGATED = re.compile(r"\b(?:not|never|no\s+longer|won't|wouldn't|didn't|doesn't|don't|refus(?:e|es|ed|ing))\s+(?:\w+\s+){0,2}$", re.I)
"""A negated or refused act ("refused to create a center in X") is no claim; as news of a pledge it is a status cue."""
DISAGREED = re.compile(
    r"\b(?:cannot|can['’]t|could\s+not|couldn['’]t|fail(?:s|ed)?\s+to|unable\s+to)\s+agree\s+(?:on|over|about)\s+(?:the\s+)?$", re.I
)
"""What parties "still cannot agree on" (the opening of a centre) is neither agreed nor promised."""
CONDITIONAL = re.compile(r"(?:^|[,;]\s*)\s*(?:if|unless|whether)\b", re.I)

SPEECH = (
    r"(?:said|says|say|told|tells|announced|announces|stated|states|noted|notes|emphasi[sz]ed|added|revealed|"
    r"wrote|writes|reported|reports|confirmed|explained|declared|claimed|promised|pledged|stressed|insisted)"
)
TITLE_WORDS = frozenset(
    """president prime minister ministers defense defence foreign economy energy affairs strategic industries industry
    chief head deputy secretary general spokesperson spokesman spokeswoman commander ambassador chancellor
    senior editor the of for and as while when but business financial ukrainian danish german ukraine's denmark's mr ms dr
    air force top drone warfare news media outlet""".split()
)
NAME = r"[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|of|for|and))*"
ACCORDING_TO = re.compile(rf"\baccording\s+to\s+(?:the\s+)?({NAME})")
CITING = re.compile(rf"\b(?:referring\s+to|citing|quoting)\s+(?:(?:an?|the|a\s+statement|an?\s+announcement|remarks)\s+)*(?:(?:made|issued|given)\s+)?(?:by\s+)?({NAME})")
"""An outlet reporting what someone else announced: the one cited made the claim, not the outlet."""
DISCOURSE = r"(?!(?:Earlier|Previously|Meanwhile|However|Later|Also|Recall)\b)"
"""Words that open a paragraph before its speaker ("Earlier, X said"): never the speaker themselves."""
NAME_BEFORE_SPEECH = re.compile(rf"{DISCOURSE}({NAME})(?:\s*\([^)]*\))?,?\s+(?:\w+\s+)?{SPEECH}\b")
SPEECH_THEN_NAME = re.compile(rf"\b{SPEECH}\s+(?:by\s+)?({NAME}|the\s+[a-z][\w’' ]+?)(?=[,.;]|$)")
HEADLINE_ACTOR = re.compile(rf"(?:,\s*({NAME})\s+(?:says|said|claims)\s*$|\s[–—-]\s*({NAME})\s*$)")
ATTRIBUTION_TAIL = re.compile(rf"[,.!?][\"”’]?\s+(?:[^\"“”]*?\b{SPEECH}\b[^\"“”]*|the\s+post\s+reads|[^\"“”]*reads)\s*\.?$")

STOP = frozenset(
    """a an the and or of to in on at by for with from as is are was were be been being this that these those it its
    will would has have had not but also which who whom whose their there they he she we our his her i you your
    than then so such into about after before over under between during while more most other first new
    said says say told announced according stated noted added president minister""".split()
)


@dataclass(frozen=True)
class Predicate:
    kind: Kind
    start: int
    end: int
    strength: int
    """3: a main clause; 2: a nominal or "agreement between"; 1: after "allowing" and the like."""
    generic: bool = False
    """True for "agreed to ...", which yields to a more specific predicate inside it."""


MASS_PRODUCTION = re.compile(
    r"\b(?:(?:will|would|to|shall)\s+(?:now\s+|soon\s+|also\s+)?(?:be\s+|(?:establish|organi[sz]e|set\s+up|ramp\s+up)\s+(?:the\s+|its\s+)?)?|plans?\s+for\s+(?:the\s+|its\s+|their\s+)?)"
    r"(?:mass[-\s]produc(?:e|ed|tion)|serial(?:ly)?\s+produc(?:e|ed|tion)|large[-\s]scale\s+production)\b"
    r"|\b(?:entered|enters|went\s+into|gone\s+into|(?:been|was|were)\s+put\s+into)\s+(?:mass|serial|series|full[-\s]scale)[-\s]production\b",
    re.I,
)
"""Mass production of a named product promised, a target even without a figure ("the rocket will be
mass-produced"), or reported begun ("the missiles have already entered mass production"); "start serial
production at a plant" is an opening (START_PRODUCING)."""
VAGUE_RATE = re.compile(
    r"\b[a-z]+[-\s](?:figure|digit)\s+(?:number|amount|quantity|volume)\s+of\b.*?\b(?:(?:per|a|an|each|every)\s+(?:day|week|month|year)|daily|monthly|annually|yearly)\b",
    re.I,
)
"""An output rate given only by its order of magnitude: "a seven-figure number of rounds a year"."""
JOINT_PRODUCTION = re.compile(
    r"\b(?:jointly|together)\s+(?:produc(?:e|ing)|manufactur(?:e|ing)|build(?:ing)?|mak(?:e|ing))\b"
    r"|\b(?:produc(?:e|ing)|manufactur(?:e|ing)|build(?:ing)?|mak(?:e|ing))\s+(?:[\w-]+\s+){1,3}?(?:together|jointly)?\s*with\s+(?=[A-Z])"
    r"|\bco-?produc(?:e|ing|tion)\b",
    re.I,
)
"""Production promised together with a partner is a claim without a figure: "X and Y will jointly produce
defence products", "X wants to build drones with Y", "to launch coproduction of drones"."""
VAGUE_AMOUNT = re.compile(r"\b(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|thousands|millions)[”\"’]?\s+(?:of\b|\[)", re.I)
"""An amount given by its order of magnitude ("hundreds of thousands of drones this year"): a target only with a date
or a rate ("thousands of drones every month")."""
TASKED = re.compile(
    r"\b(?:ordered|instructed|tasked|set\s+(?:the|a)\s+(?:\w+\s+)?(?:task|goal|target)\s+(?:of|to|for))\s+(?:[\w-]+\s+){0,2}?$", re.I
)
"""Output someone in charge has ordered ("has ordered the production of 30,000 drones", "set the task of producing
3,000 missiles"): a target, though no verb promises it."""
PER_PERIOD = re.compile(r"^[^.;,]{0,60}?\b(?:(?:per|a|an|each|every)\s+(?:day|week|month|year)|daily|weekly|monthly|annually|yearly)\b", re.I)
DELIVERY_PLEDGE = re.compile(
    r"\b(?:will|to|would|shall)\s+(?:be\s+)?(?:handed\s+over|delivered|supplied|transferred|deliver|supply|hand\s+over|arrive\s+(?:in|at))\b", re.I
)
"""A promised hand-over ("two radars will be delivered to the navy by March", "launchers to arrive in X by May")."""
GERUND_SUBJECT = re.compile(
    r"\s*[\"“]?[A-Z][a-z]+ing\s+(?:[^,;]{0,80}?)\s(?:will|would|could|can|should|may|is|was|helps?|allows?|enables?)\s+"
    r"(?:also\s+)?(?:help|allow|enable|strengthen|enhance|boost|improve|be|make|give|provide|increase|reduce)\b"
)
"""A sentence whose subject is a gerund ("Establishing a production base in X will help ..."): what the act
would bring, not a promise of the act."""
PARTICIPLE_LEAD = re.compile(r"\s*(?:after\s+)?having\s+[^,]*,", re.I)
"""A leading "Having opened a plant in X last year, ...": background to the sentence's own statement."""


IN_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:[\w-]+\s+){0,2}$", re.I)
"""Output promised "in Britain" is promised there; "near Russia's borders" says nothing of where."""


def _predicates(sentence: str, quantity: Quantity | None) -> list[Predicate]:
    found: list[Predicate] = []

    def add(kind: Kind, match: re.Match[str], strength: int = 3, generic: bool = False) -> None:
        before = sentence[max(0, match.start() - 100) : match.start()]
        clause = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\s", before)[-1]
        if strength == 3 and SUBORDINATE.search(clause) and not DESIGNED_CAPACITY.search(clause):
            strength = 1
        if strength == 3 and GERUND_SUBJECT.match(sentence) and match.start() < GERUND_SUBJECT.match(sentence).end():
            strength = 1  # "Establishing a base in X will help ...": the act is the subject of a benefit, not promised
        lead = PARTICIPLE_LEAD.match(sentence)
        if strength == 3 and lead and match.start() < lead.end():
            strength = 1
        if NEGATED.search(sentence[max(0, match.start() - 25) : match.start()]) or DENIED.search(sentence[max(0, match.start() - 45) : match.start()]) or DISAGREED.search(sentence[max(0, match.start() - 45) : match.start()]):
            return
        if EVALUATIVE.search(before):
            return
        if ADVICE.search(sentence[max(0, match.start() - 40) : match.start()]) or (
            OBLIGATION.search(sentence[max(0, match.start() - 40) : match.start()]) and IF_CLAUSE.search(sentence[match.end() :])
        ):
            return  # "Europe should invest ...", "X must invest EUR 10 billion if it is serious": advice, not a pledge
        if kind is Kind.FUNDING and NEED.search(clause):
            return
        lead_in = sentence[max(0, match.start() - 60) : match.start()]
        if APPEAL.search(lead_in) or RECORD.search(lead_in + ("to " if match.group().lower().startswith("to ") else "")):
            return
        if MAY_LEAD_TO.search(clause + sentence[match.start() : match.start() + 40]):
            return  # also when the predicate is the phrase itself: "could open the door for joint production"
        if kind is Kind.AGREEMENT and NEGOTIATED.search(clause):
            return  # "is negotiating two agreements with X": not signed, not promised
        if kind is Kind.AGREEMENT and SOURCE_DOCUMENT.search(lead_in):
            return  # "According to the agreement signed ..., X will ...": the document is where the words come from
        found.append(Predicate(kind, match.start(), match.end(), strength, generic))

    for m in JOBS_CREATED.finditer(sentence):
        add(Kind.OTHER, m)  # first, so that "creates 200 jobs as production ..." is not read as creating production
    if long_subject := OPENING_LONG_SUBJECT.match(sentence, len(sentence) - len(sentence.lstrip(" \"“‘'"))):
        add(Kind.OPENING, long_subject)
    for pattern in (OPENING_VISITED, OPENING_JOINT_COMPANY, OPENING_EQUIPPED, OPENING_ACTIVE, OPENING_PASSIVE, OPENING_BEGINS, OPENING_OPERATING, OPENING_SUBJECT, OPENING_PLANNED, OPENING_FUNDED, OPENING_SCHEDULED, OPENING_INTRANSITIVE, OPENING_COMPLETE, OPENING_DEPLOYED):
        for m in pattern.finditer(sentence):
            add(Kind.OPENING, m)
    for m in OPENING_IN_PLACE.finditer(sentence):
        if _name_at(sentence, m.end()):
            add(Kind.OPENING, m)
    for m in OPENING_NOMINAL.finditer(sentence):
        add(Kind.OPENING, m, 2)
    for m in MADE_THERE_NOW.finditer(sentence):
        if _name_at(sentence, m.end()):
            add(Kind.OPENING, m)
    for m in OPENING_ONCE_COMPLETE.finditer(sentence):
        add(Kind.OPENING, m)
    for m in RELOCATE.finditer(sentence):
        if _name_at(sentence, m.end()):
            add(Kind.OPENING, m)
    for m in RELOCATE_NOMINAL.finditer(sentence):
        destination = re.match(r"\w+\s+to\s+", m.group()) or m.group().endswith("to ")
        if destination:
            add(Kind.OPENING, m, 2)
    for m in BEGIN_OPERATIONS.finditer(sentence):
        add(Kind.OPENING, m)
    for m in LOCATED_OUTPUT.finditer(sentence):
        add(Kind.PRODUCTION_TARGET, m)
    for m in LOCATED_OUTPUT_NOMINAL.finditer(sentence):
        add(Kind.PRODUCTION_TARGET, m, 2)
    for m in OUTPUT_IN_PLACE.finditer(sentence):
        add(Kind.PRODUCTION_TARGET, m)
    for pattern in (VENTURE_MEMBERS, FACILITY_RECEIVED):
        for m in pattern.finditer(sentence):
            add(Kind.OPENING, m)
    if quantity is not None and not _is_money(quantity):
        for m in OUTPUT_IN_PROGRESS.finditer(sentence):
            add(Kind.PRODUCTION_TARGET, m)
    for m in LICENSED_OUTPUT.finditer(sentence):
        add(Kind.PRODUCTION_TARGET, m)
    if quantity is None:
        for m in OUTPUT_UNDER_WAY.finditer(sentence):
            add(Kind.PRODUCTION_TARGET, m)
    if quantity is not None and not _is_money(quantity):
        for m in SECURED_COUNT.finditer(sentence):
            add(Kind.OTHER, m)
    for m in FUNDS_SHARE.finditer(sentence):
        add(Kind.FUNDING, m)
    if quantity is None:
        for pattern in (FUND_COMMITTED, FUND_PRODUCTION, FUND_PASSIVE):
            for m in pattern.finditer(sentence):
                add(Kind.FUNDING, m)
    if quantity is None or _is_money(quantity):
        for m in FUND_PROCUREMENT.finditer(sentence):
            add(Kind.FUNDING, m)  # "will purchase drones worth EUR 40 million": the purchase, paid for
    if quantity is None:
        for m in NAMED_PRODUCER.finditer(sentence):
            if _named_subject(sentence[: m.start()]) and not VAGUE_AMOUNT.search(sentence):
                add(Kind.PRODUCTION_TARGET, m)
        for m in PRODUCE_AT_OWN_SITES.finditer(sentence):
            add(Kind.PRODUCTION_TARGET, m)
    for m in DELIVERY_RECEIVED.finditer(sentence):
        add(Kind.FUNDING if quantity is not None and _is_money(quantity) else Kind.OTHER, m)
    if quantity is not None and not _is_money(quantity):
        for pattern in (ARMY_SUPPLIED, ORDERED_COUNT, RECEIVED_COUNT):
            for m in pattern.finditer(sentence):
                add(Kind.OTHER, m)
    goods = (SUPPLY_COUNT, SUPPLIED_COUNT) if quantity is None or not _is_money(quantity) else ()  # "will provide EUR 300 million": funding
    for pattern in (*goods, DELIVERY_TIMING):
        for m in pattern.finditer(sentence):
            add(Kind.OTHER, m)
    for m in MEANS_OF_PRODUCTION.finditer(sentence):
        add(Kind.OTHER, m)
    for m in EXPORT_LICENCE.finditer(sentence):
        add(Kind.EXPORT, m)
    for m in PRODUCTION_LICENCE.finditer(sentence):
        add(Kind.AGREEMENT, m)
    for pattern in (EXPORT_PLEDGE, EXPORT_NOMINAL, EXPORT_SUBJECT, EXPORT_EVENT, EXPORT_PASSIVE):
        for m in pattern.finditer(sentence):
            add(Kind.EXPORT, m)
    for pattern in (SIGN_ACTIVE, SIGN_PASSIVE, SIGN_RELATIVE):
        for m in pattern.finditer(sentence):
            add(Kind.AGREEMENT, m)
    for m in AGREEMENT_CONTENT.finditer(sentence):
        add(Kind.AGREEMENT, m)
    for m in AGREEMENT_FOR_OUTPUT.finditer(sentence):
        add(Kind.AGREEMENT, m, 2)
    for m in AGREED_TO.finditer(sentence):
        # "agreed to" is an agreement only when nothing more specific follows ("agreed to establish facilities").
        add(Kind.AGREEMENT, m, 3, generic=True)
    for m in ORDER_RECEIVED.finditer(sentence):
        add(Kind.AGREEMENT, m)
    for m in AGREEMENT_BETWEEN.finditer(sentence):
        if len(_countries(sentence[m.end() : m.end() + 60])) >= 1:
            add(Kind.AGREEMENT, m, 2)
    if quantity is None or (quantity.per is None and not _is_money(quantity)):
        for m in PRODUCE.finditer(sentence):
            after = sentence[m.end() : m.end() + 60]
            before = sentence[: m.start()].split()
            # "to produce" or, in the passive, "will now be produced"
            promised = PLEDGE_CUE.search(" ".join(before[-2:])) or (before[-1:] == ["be"] and PLEDGE_CUE.search(" ".join(before[-3:])))
            if promised and any(locative and kind in ("country", "city") and IN_PLACE_BEFORE.search(after[:offset])
                                for _, kind, offset, locative in find_names(after)):
                add(Kind.OPENING, m)  # "Ukraine, UK to produce interceptors in Britain from October"
        for m in START_PRODUCING.finditer(sentence):
            add(Kind.OPENING, m)
    if quantity is None and VAGUE_RATE.search(sentence):
        for m in PRODUCE.finditer(sentence):
            add(Kind.PRODUCTION_TARGET, m)
    for m in MASS_PRODUCTION.finditer(sentence):
        add(Kind.PRODUCTION_TARGET, m)
    if quantity is None:
        for m in JOINT_PRODUCTION.finditer(sentence):
            before = " ".join(sentence[: m.start()].split()[-3:])
            # "build drones with Ukraine": the partner after "with" must be a country or a body
            partner = not m.group().lower().endswith("with ") or bool(_countries(sentence[m.end() : m.end() + 40]))
            # "the agreement between X and Y to co-produce ...": what was agreed, the agreement is the claim
            agreed = re.search(rf"\b{AGREEMENT_NOUN}\b", sentence[max(0, m.start() - 60) : m.start()], re.I)
            if PLEDGE_CUE.search(before) and partner and not agreed:
                add(Kind.PRODUCTION_TARGET, m)
        if VAGUE_AMOUNT.search(sentence):
            for m in PRODUCE.finditer(sentence):
                add(Kind.PRODUCTION_TARGET, m)
    for m in DELIVERY_PLEDGE.finditer(sentence):
        add(Kind.OTHER, m)
    for pattern in (LEGAL_ACT, ENTRY_INTO_FORCE, LAUNCHED_SCHEME, PROJECT_START):
        for m in pattern.finditer(sentence):
            add(Kind.OTHER, m)
    for m in AGREEMENT_SIGNING_HELD.finditer(sentence):
        add(Kind.AGREEMENT, m)
    if quantity is None or not _is_money(quantity):
        for m in DONATION.finditer(sentence):
            add(Kind.OTHER, m)
    for m in READY_BY.finditer(sentence):
        add(Kind.PRODUCTION_TARGET if re.match(GOODS, m.group(), re.I) else Kind.OPENING, m)
    for m in CONSTRUCTION_START.finditer(sentence):
        add(Kind.OPENING, m)
    for m in DELIVERIES_DUE.finditer(sentence):
        add(Kind.OTHER, m)
    if quantity is not None and not _is_money(quantity):
        for m in OUTPUT_RAISED_TO.finditer(sentence):
            add(Kind.PRODUCTION_TARGET, m)
    for m in SCALE_UP.finditer(sentence):
        add(Kind.PRODUCTION_TARGET, m)
    if quantity is not None:
        money = _is_money(quantity)
        if money:
            for m in FUND_NOUN.finditer(sentence):
                if _money_in_clause(sentence, m):
                    add(Kind.FUNDING, m)
            for m in FUND_VERB.finditer(sentence):
                if ESTIMATE_PUT.match(sentence, m.start()):
                    continue  # "economists put the value at $20 billion": an estimate
                if not _money_in_clause(sentence, m):
                    continue  # "it costs $60 million, and we are financing it": the verb's clause has no sum
                add(Kind.FUNDING, m)
        elif not JOBS_UNIT.fullmatch(quantity.unit or ""):  # "creating 200 jobs in manufacturing": no output figure
            for m in PRODUCE.finditer(sentence):
                add(Kind.PRODUCTION_TARGET, m)
            if quantity.per is not None or quantity.unit:
                for m in TARGET_NOUN.finditer(sentence):
                    add(Kind.PRODUCTION_TARGET, m)
            if quantity.per is not None:
                for m in RATE_VERB.finditer(sentence):
                    add(Kind.PRODUCTION_TARGET, m)
    return found


REPORTED_SELF = re.compile(
    rf"(?:\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+|(?<=\w\s)[A-Z][\w’'-]+)\s+(?:has\s+|have\s+)?(?:also\s+)?(?:announced|said|says|confirmed|stated|revealed)(?:\s+that)?$"
)
"""A named company reporting its own plan ("Acme Arms has announced it will ..."), so "it" is the name before; not a
capitalised first word ("Officials said it will ...")."""


def _named_subject(before: str) -> bool:
    """True when ``before`` ends in a name ("..., Nordwerk Systems"), not a pronoun or a capitalised first
    word ("Factories will produce ...")."""
    words = before.split()
    run = 0
    while run < len(words) and words[-1 - run][:1].isupper():
        run += 1
    if run == 0 and words and words[-1].lower() in ("subsidiary", "venture", "branch") and any(w[:1].isupper() for w in words[-3:-1]):
        return True  # "the Ukrainian subsidiary", "the KNDS joint venture": a company named by its parent or country
    if run == 0 and words and words[-1].lower() in ("firm", "company", "manufacturer", "producer", "contractor"):
        return True  # "the partner firm": a company the article has named, taken up again
    if words and words[-1].lower() in ("it", "they") and REPORTED_SELF.search(" ".join(words[-6:-1])):
        return True  # "X has announced it will manufacture ...": the pronoun is the named speaker itself
    if run == 0 or words[-1].lower() in ("it", "they", "we", "he", "she", "this", "that", "these", "those"):
        return False
    return run >= 2 or run < len(words)


def _quoted(sentence: str, offset: int) -> bool:
    """True when ``offset`` lies inside a direct quotation of the sentence."""
    before = sentence[:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _money_in_clause(sentence: str, match: re.Match[str]) -> bool:
    """True when a sum of money stands in the same clause as the funding verb ``match``."""
    bounds = [0] + [m.end() for m in CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    start = max(b for b in bounds if b <= match.start())
    end = min((m.start() for m in CLAUSE_BREAK.finditer(sentence) if m.start() >= match.end()), default=len(sentence))
    return any(_is_money(q) for q in (q for q, _, _ in find_quantities(sentence[start:end])))


CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s+(?:so\s+far\s+)?(?:we|they|he|she|it|the\s+\w+)\b")
"""Where one clause ends and a new one with its own subject starts ("..., and we are financing it")."""


def _name_at(sentence: str, offset: int) -> bool:
    """True when a place or capitalised name starts at ``offset``."""
    return bool(find_names(sentence[offset:offset + 40])) and find_names(sentence[offset:offset + 40])[0][2] == 0


def _is_money(quantity: Quantity) -> bool:
    unit = (quantity.unit or "").lower()
    return bool(unit) and (unit in CURRENCIES or unit.split()[0] in CURRENCIES)


def _counted_goods(quantity: Quantity | None) -> bool:
    """True for a count of goods ("650 rockets", "5,000 air defence missiles", "40 LMMs"), not money or a rate."""
    if quantity is None or quantity.per is not None or _is_money(quantity) or not quantity.unit:
        return False
    last = quantity.unit.split()[-1]
    return bool(re.fullmatch(GOODS, last, re.I) or re.fullmatch(r"[A-Z]{2,}s?", last) or re.fullmatch(r"(?:artillery|guns|pieces|robots|platforms|rifles)", last, re.I))


def _counted(quantity: Quantity | None, noun: str) -> bool:
    """True when a quantity counts things of this noun: "four production plants", "10 joint ventures"."""
    words = (quantity.unit or "").split() if quantity is not None else []
    return bool(words) and re.fullmatch(noun, words[-1], re.I) is not None


def _countries(text: str) -> list[str]:
    return [name for name, kind, _, _ in find_names(text) if kind in ("country", "org")]


def _choose(predicates: list[Predicate]) -> Predicate | None:
    """The predicate that gives the claim its kind: the strongest, then the first."""
    if not predicates:
        return None
    best = max(p.strength for p in predicates)
    top = sorted((p for p in predicates if p.strength == best), key=lambda p: p.start)
    if top[0].kind is Kind.OTHER and any(p.kind is Kind.EXPORT for p in top):
        # "most will be delivered to the army, others exported across Europe": the sale abroad is the claim.
        top = [p for p in top if p.kind is Kind.EXPORT]
    first = top[0]
    if first.generic:
        # "agreed to establish facilities": the specific predicate inside wins over "agreed to".
        inner = [q for q in predicates if not q.generic and first.start <= q.start <= first.end + 40]
        if inner:
            return inner[0]
    return first


RETOLD = re.compile(
    r"\s*(?:earlier|previously|recall|as\s+a\s+reminder|we\s+will\s+remind|as\s+(?:previously\s+)?reported(?:\s+earlier)?)\b",
    re.I,
)
"""How news sites open a paragraph that retells an earlier report ("Earlier, the ministry reported that ...")."""

REFERENCE = re.compile(
    r"(?:^|\b(?:open|launch|establish|build|start)\w*\s+|\b(?:said|says|emphasi[sz]ed|noted|added|stated|announced)\s+that\s+)(?:the|this|that|its|our)\s+(?:new\s+|joint\s+)?"
    r"(?:enterprise|venture|plant|factory|facility|office|line|hub|centre|center|site)\b",
    re.I,
)
"""A facility named by reference, as the subject (also of a reported clause: "X said that the plant will
start work") or the thing opened: "The enterprise should start work"."""

STATUS_TAIL = re.compile(r",\s+(?=(?:[\w’'-]+\s+){0,5}?(?:delayed|postponed|pushed\s+back|cancell?ed|scrapped|suspended|halted|shelved)\b[^,]*$)", re.I)
"""A headline's second story that is a status report: "X opened plant in Y, Dutch line delayed"."""


def _before_status_tail(unit: Unit) -> Unit | None:
    """The part of a headline before a status report joined by a comma; None when there is none."""
    if unit.kind not in ("title", "heading"):
        return None
    cut = STATUS_TAIL.search(unit.text)
    if cut is None or DELAY.search(unit.text[: cut.start()]) or CONTRADICT.search(unit.text[: cut.start()]):
        return None
    return Unit(unit.text[: cut.start()], unit.start, unit.start + cut.start(), unit.line, unit.kind)


HEADLINE_SEMICOLON = re.compile(r";\s*")
HEADLINE_COMMA = re.compile(r",\s+(?=(?:[\w’'-]+\s+){0,4}?(?:to|will)\s+\w+)")
"""Where a headline joins a second story: "...; office opens in Y", "..., joint plant to open in Z"."""

# ---------------------------------------------------------------- the extractor


COORDINATED = re.compile(
    r"\b(?P<cue>will|would|shall|plans?\s+to|intends?\s+to|aims?\s+to|(?:is|are)\s+(?:set|going|expected)\s+to)\s+(?:also\s+)?[a-z]+\b"
    r"[^,;.:]{0,100}?\s+and\s+(?:also\s+)?"
    r"(?=(?:finance|fund|produce|manufacture|build|open|establish|launch|export|supply|deliver|invest|create|set\s+up|allocate|sign|start|begin)\b)",
    re.I,
)
"""Two verbs under one promise ("will provide Kyiv with its technology and finance the production of ..."): the cue,
and where the second verb starts."""


@dataclass(frozen=True)
class _Reading:
    """What reading a unit of an article takes besides the unit: the article, its units, its main speaker and
    the full names it gives (for actors)."""

    article: ArticleText
    units: list[Unit]
    speaker: str | None
    full_names: dict[str, str]

    @classmethod
    def of(cls, article: ArticleText, units: list[Unit]) -> _Reading:
        return cls(article, units, _main_speaker(article.text, units), _full_names(article.text))


class RuleExtractor:
    """Claims from sentence shapes and small word lists; see the module docstring."""

    def extract(self, article: ArticleText) -> list[Extracted]:
        units = drop_noise(split_units(article.text))
        reading = _Reading.of(article, units)
        claims: list[Extracted] = []
        for index, unit in enumerate(units):
            head = _before_status_tail(unit)
            claim = self._claim(head or unit, index, reading)
            if claim is None:
                continue
            if unit.kind in ("title", "heading"):
                parts = self._headline_parts(unit, index, reading)
                if parts:
                    claims.extend(parts)
                    continue
            claims.append(claim)
        return claims

    def _headline_parts(self, unit: Unit, index: int, reading: _Reading) -> list[Extracted]:
        """A headline that joins two stories ("X pledges EUR 400 million; office opens in Y", "X and Y sign
        memorandum, joint plant to open in Z") gives one claim per story, each citing its own clause."""
        for split in (HEADLINE_SEMICOLON, HEADLINE_COMMA):
            cut = split.search(unit.text)
            if cut is None:
                continue
            pieces = [(0, cut.start()), (cut.end(), len(unit.text))]
            found = []
            for a, b in pieces:
                text = unit.text[a:b].strip()
                a += unit.text[a:b].index(text) if text else 0
                sub = Unit(text, unit.start + a, unit.start + a + len(text), unit.line, unit.kind)
                found.append(self._claim(sub, index, reading) if len(text.split()) >= 3 else None)
            if all(found) and (split is HEADLINE_SEMICOLON or found[0].kind is not found[1].kind):
                return [c for c in found if c is not None]
        return []

    def _claim(self, unit: Unit, index: int, reading: _Reading) -> Extracted | None:
        found = self._claim_of_unit(unit, index, reading)
        if found is None and (coordinated := COORDINATED.search(unit.text)):
            # "X will provide Kyiv with its technology and finance the production of ...": the second verb is promised
            # by the first one's "will" too; read the sentence as if it stood there.
            reduced = unit.text[: coordinated.end("cue")] + " " + unit.text[coordinated.end() :]
            found = self._claim_of_unit(replace(unit, text=reduced), index, reading)
        return found

    def _claim_of_unit(self, unit: Unit, index: int, reading: _Reading) -> Extracted | None:
        sentence = unit.text
        words = sentence.split()
        if len(words) < 3 or len(words) > 90 or sentence.rstrip().endswith("?"):
            return None
        if CONDITIONAL.match(sentence) or COMPARISON.match(sentence) or OTHER_SIDE.match(sentence):
            return None
        quantity = find_quantity(sentence)
        predicates = _predicates(sentence, quantity)
        chosen = _choose(predicates)
        if chosen is None or chosen.strength < 2:
            return None
        claim = self._claim_of(chosen, unit, index, reading, quantity, predicates)
        outer = next((p for p in predicates if p.generic and p.start <= chosen.start <= p.end + 40 and p is not chosen), None)
        if claim is None and outer is not None and outer.strength >= 2:
            # "agreed on the joint production of 1,000 drones": a count with no date is no output target, yet the
            # agreement that wraps it is still a claim.
            claim = self._claim_of(outer, unit, index, reading, quantity, predicates)
        return claim

    def _claim_of(
        self, chosen: Predicate, unit: Unit, index: int, reading: _Reading, quantity: Quantity | None, predicates: list[Predicate]
    ) -> Extracted | None:
        """The claim ``unit`` states through ``chosen``, or None when it is not concrete enough to track."""
        article, units = reading.article, reading.units
        sentence = unit.text
        if UNSAID.search(sentence[: chosen.start]) or BECAME_KNOWN.match(sentence[chosen.end :]):
            return None  # no claim of its own; as a report on a pledge it is still a status cue
        kind = chosen.kind
        scope = _clause(sentence, chosen)
        # Places and parties are those of the predicate's clause: "X opens plant in Denmark; UK line delayed".
        names = find_names(scope)
        places = _places(scope, names)
        parties = _parties(scope, names)
        moved = RELOCATE.match(sentence, chosen.start) or RELOCATE_NOMINAL.match(sentence, chosen.start)
        if moved and kind is Kind.OPENING:
            # where production moves to is where it opens: "moving production to X", "Transfer to X of ..."
            to = re.match(r"\w+\s+to\s+", moved.group())
            at = moved.start() + to.end() if to else moved.end()
            target = find_names(sentence[at : at + 40])
            if target and target[0][2] == 0 and target[0][1] != "org" and target[0][0] not in places:
                places.append(target[0][0] if target[0][1] != "city" else target[0][0])
        deadline = find_deadline(sentence, article.published)
        if deadline is not None and quantity is not None and quantity.per and re.fullmatch(rf"in\s+an?\s+{quantity.per}", deadline.text, re.I):
            # "10 howitzers in a month": the rate's period, not a month from now; another date may still be given
            deadline = find_deadline(sentence.replace(deadline.text, " " * len(deadline.text), 1), article.published)
        times = find_time_expressions(sentence, article.published)
        mode = _mode(sentence, chosen, unit, deadline is not None and deadline.date is not None)

        if READY_BY.match(sentence, chosen.start) or CONSTRUCTION_START.match(sentence, chosen.start) or DELIVERIES_DUE.match(sentence, chosen.start):
            if mode is not Mode.PLEDGE or deadline is None or deadline.date is None:
                return None  # goods or a plant "ready" are held to account only by the date
        elif kind is Kind.PRODUCTION_TARGET and quantity is None and SCALE_UP.match(sentence, chosen.start):
            if deadline is None or deadline.date is None:
                return None  # "double production" is held to account only with a date
        elif kind is Kind.PRODUCTION_TARGET and quantity is None and (MASS_PRODUCTION.match(sentence, chosen.start) or VAGUE_RATE.search(sentence)):
            pass
        elif kind is Kind.PRODUCTION_TARGET and quantity is None and OUTPUT_UNDER_WAY.match(sentence, chosen.start):
            if not (places or parties):
                return None  # whose output is under way: the producer named
            mode = Mode.EVENT
        elif kind is Kind.PRODUCTION_TARGET and quantity is not None and OUTPUT_IN_PROGRESS.match(sentence, chosen.start):
            if "already" in sentence[: chosen.end].lower() or deadline is None or deadline.date is None:
                mode = Mode.EVENT  # "are already producing 40 howitzers": output of now
            # "this month our plants are producing 40 howitzers": the month is still running, the figure is its target
        elif kind is Kind.PRODUCTION_TARGET and LICENSED_OUTPUT.match(sentence, chosen.start):
            if not (places or parties):
                return None  # licensed output is held to account by who makes it, or where
        elif kind is Kind.PRODUCTION_TARGET and quantity is None and any(p.match(sentence, chosen.start) for p in (LOCATED_OUTPUT, LOCATED_OUTPUT_NOMINAL, NAMED_PRODUCER, PRODUCE_AT_OWN_SITES, OUTPUT_IN_PLACE)):
            if mode is not Mode.PLEDGE or (any(p.match(sentence, chosen.start) for p in (LOCATED_OUTPUT, LOCATED_OUTPUT_NOMINAL, OUTPUT_IN_PLACE)) and not (places or parties)):
                return None  # where output will be made is held to account by the place
        elif kind is Kind.PRODUCTION_TARGET and quantity is None and JOINT_PRODUCTION.match(sentence, chosen.start):
            if mode is not Mode.PLEDGE or not (parties or ANAPHORIC_PARTIES.search(scope)):
                return None  # joint production is held to account by who produces together
        elif kind is Kind.PRODUCTION_TARGET and quantity is None and VAGUE_AMOUNT.search(sentence):
            rated = PER_PERIOD.search(sentence[VAGUE_AMOUNT.search(sentence).end() :])
            if mode is not Mode.PLEDGE or ((deadline is None or deadline.date is None) and not rated):
                return None  # "hundreds of thousands of drones" is checkable only by a date  # promised mass production, or a rate of some order of magnitude, is checkable without a figure
        elif kind is Kind.PRODUCTION_TARGET:
            if quantity is None or _is_money(quantity):
                return None
            # Without a rate ("per day"), only a promised act of producing counts ("will produce 500"),
            # not a noun in passing ("will fund the production of ...").
            phrase = sentence[chosen.start : chosen.end]
            verb = not re.match(r"(?:production|output)\s+of", phrase, re.I) and not TARGET_NOUN.match(phrase)
            promised = PLEDGE_CUE.search(" ".join(sentence[: chosen.start].split()[-3:]))
            # "has produced all 40,000 interceptors": output reported as done
            reported = verb and re.search(r"\b(?:has|have)\s+(?:now\s+|already\s+)?$", sentence[: chosen.start], re.I)
            targeted = TARGET_NOUN.match(phrase) and deadline is not None and deadline.date is not None
            tasked = TASKED.search(sentence[max(0, chosen.start - 50) : chosen.start])
            if quantity.per is None and not ((verb and promised) or reported or targeted or tasked):
                return None
            if tasked:
                mode = Mode.PLEDGE  # "has ordered the production of 30,000 drones": the order is done, the output promised
            elif mode is Mode.PLEDGE and quantity.per and not promised and not (deadline and deadline.date) and OUTPUT_NOW.match(phrase):
                mode = Mode.EVENT  # "Ukraine produces 15 howitzers each month": the rate of today, reported as fact
        elif kind is Kind.FUNDING and FUNDS_SHARE.match(sentence, chosen.start):
            pass  # a share of named money, promised to a purpose: checkable without a sum
        elif kind is Kind.FUNDING and any(p.match(sentence, chosen.start) for p in (FUND_COMMITTED, FUND_PRODUCTION, FUND_PASSIVE, FUND_PROCUREMENT)):
            if not (places or parties or (quantity is not None and _is_money(quantity))):
                return None  # a promise to pay is held to account by where or for whom, or by its sum
            mode = Mode.PLEDGE
        elif kind is Kind.FUNDING:
            if quantity is None or not _is_money(quantity):
                return None
        elif kind is Kind.OPENING:
            if OPENING_NOMINAL.match(sentence, chosen.start) and BENEFIT_OF_OPENING.match(sentence, chosen.end):
                return None
            if MADE_THERE_NOW.match(sentence, chosen.start):
                mode = Mode.EVENT  # "are already being produced in X": output under way there
            if VENTURE_MEMBERS.match(sentence, chosen.start):
                mode = Mode.EVENT  # a venture presented by its members exists
            if chosen.strength < 3 and not places:
                return None  # a bare noun ("the construction of the plant") needs a place to be a claim
            if not (names or (deadline is not None and deadline.date is not None)):
                return None
            if _quoted(sentence, chosen.start) and not places and (deadline is None or deadline.date is None) and not JOINT_WITH.search(scope):
                return None  # "we will create a Ukrainian competence center": quoted intent, with no where or when
        elif kind is Kind.AGREEMENT:
            # Who signs, where or when; or, for contracts the state will sign, their worth, count or due date.
            dated = deadline is not None and deadline.date is not None
            named = places or parties or ANAPHORIC_PARTIES.search(scope) or AGREEMENT_BETWEEN_NAMES.search(scope)
            if not (named or any(t.role == "event" and t.date for t in times) or quantity is not None or dated):
                return None
            if quantity is not None and not _is_money(quantity) and quantity.per is None and not _counted(quantity, DEAL):
                quantity = None  # "signed six agreements" is counted; "a deal for 100 jets" counts the jets, not the deal
        elif kind is Kind.EXPORT:
            if not (places or parties or (deadline is not None and deadline.date is not None)):
                return None
        elif kind is Kind.OTHER and (LEGAL_ACT.match(sentence, chosen.start) or LAUNCHED_SCHEME.match(sentence, chosen.start)):
            if mode is not Mode.EVENT:
                return None  # a law passed, a scheme launched: reported as done
        elif kind is Kind.OTHER and PROJECT_START.match(sentence, chosen.start):
            if mode is not Mode.PLEDGE or deadline is None or deadline.date is None:
                return None  # a programme "to start" is held to account only by its date
        elif kind is Kind.OTHER and ENTRY_INTO_FORCE.match(sentence, chosen.start):
            if times == [] or not any(t.date for t in times):
                return None  # a law "comes into force" is held to account only by its date
        elif kind is Kind.OTHER and DONATION.match(sentence, chosen.start):
            if mode is not Mode.PLEDGE or not (places or parties):
                return None  # a gift is held to account by its recipient
        elif kind is Kind.OTHER and (JOBS_CREATED.match(sentence, chosen.start) or DELIVERY_TIMING.match(sentence, chosen.start)):
            pass  # a count of jobs, a delivery against its schedule: checkable as they stand, done or promised
        elif kind is Kind.OTHER and SECURED_COUNT.match(sentence, chosen.start):
            if not (places or parties):
                return None
            mode = Mode.EVENT  # "had secured 800,000 shells for X": the supply is arranged, reported as done
        elif kind is Kind.OTHER and any(p.match(sentence, chosen.start) for p in (ARMY_SUPPLIED, ORDERED_COUNT, RECEIVED_COUNT)):
            if RECEIVED_COUNT.match(sentence, chosen.start) and not (places or parties):
                return None  # who received the goods must be named
            mode = Mode.EVENT  # goods ordered, received or handed to the army: reported as done, checkable by the count
        elif kind is Kind.OTHER and MEANS_OF_PRODUCTION.match(sentence, chosen.start):
            if mode is not Mode.PLEDGE or not (places or parties):
                return None  # the means to make something, promised, held to account by who gives or gets them
        elif kind is Kind.OTHER and SUPPLIED_COUNT.match(sentence, chosen.start):
            if not (places or parties):
                return None
            mode = Mode.EVENT  # "saw 650 rockets supplied to X": reported as done
        elif kind is Kind.OTHER:
            # A delivery is held to account by its recipient, and by its date or the count of goods handed over.
            dated = deadline is not None and deadline.date is not None
            if mode is not Mode.PLEDGE or not (dated or _counted_goods(quantity)) or not (places or parties or THE_ARMY.search(scope)):
                return None
        counted_sites = (kind is Kind.OPENING and _counted(quantity, FACILITY)) or (kind is Kind.AGREEMENT and _counted(quantity, DEAL))
        # goods handed over or jobs created are counted by the claim itself: "will send 650 rockets", "200 new jobs"
        counted_other = kind is Kind.OTHER and quantity is not None and (_counted_goods(quantity) or bool(JOBS_UNIT.fullmatch(quantity.unit or "")))
        if kind not in (Kind.PRODUCTION_TARGET, Kind.FUNDING) and quantity is not None and quantity.per is None and not _is_money(quantity) and not counted_sites and not counted_other:
            quantity = None

        if RUNNING_TOTAL.search(sentence) or RUNNING_TOTAL_NOUN.search(sentence) or AS_OF_SNAPSHOT.match(sentence):
            return None  # "has pledged $7 billion since 2022": a running total, background to other claims
        if BACKGROUND_LIST.search(sentence):
            return None  # "has set up ventures with several firms, including ...": what was done so far
        if _reports_status(sentence, chosen):
            return None  # "the plan to open a plant was cancelled": an update to a pledge, not a new one

        if mode is Mode.EVENT:
            deadline = None
        elif deadline is not None and deadline.date is None and not deadline.text:
            deadline = None

        start, end = unit.start, unit.end
        if unit.quote_open_after:
            # A quoted statement is cited up to the end of the quotation, where its speaker is named.
            for follower in units[index + 1 : index + 4]:
                if follower.line != unit.line:
                    break
                end = follower.end
                if not follower.quote_open_after:
                    break
        quote = article.text[start:end]
        actor = _actor(sentence, unit, units, index, reading.speaker, reading.full_names, quote)
        anchor = _anchor(times, article.published)
        event_date = _event_date(times, article.published) if mode is Mode.EVENT else None
        return Extracted(
            kind=kind,
            mode=mode,
            text=_one_line_text(sentence),
            quote=quote,
            start=start,
            end=end,
            sentence=scope,
            actor=actor,
            places=places,
            parties=parties,
            quantity=quantity,
            deadline=deadline,
            event_date=event_date,
            anchor=anchor,
            kinds=frozenset(p.kind.value for p in predicates),
            headline=unit.kind in ("title", "heading"),
            retold=bool(RETOLD.match(sentence)),
            refers_back=kind is Kind.OPENING and not places and bool(REFERENCE.search(sentence[: chosen.end])),
        )

    def describe(self, article: ArticleText, start: int, end: int) -> Extracted:
        """The claim stated by the sentences covering ``start:end``, chosen by a person: what the rules read there,
        else the facts the sentence gives (deadline, quantity, places, parties, speaker) under the kind of its
        likeliest predicate, or "other". Nothing here decides whether the sentence is worth tracking."""
        units = split_units(article.text)
        covering = [i for i, u in enumerate(units) if u.start < end and start < u.end]
        if not covering:
            raise ValueError(f"no sentence of the article covers {start}:{end}")
        first, last = units[covering[0]], units[covering[-1]]
        unit = first if first is last else Unit(article.text[first.start : last.end], first.start, last.end, first.line, first.kind)
        index = covering[0]
        reading = _Reading.of(article, units)
        found = self._claim(unit, index, reading)
        if found is not None:
            return found
        sentence = unit.text
        quantity = find_quantity(sentence)
        predicates = _predicates(sentence, quantity)
        chosen = _choose(predicates)
        names = find_names(sentence)
        deadline = find_deadline(sentence, article.published)
        dated = deadline is not None and deadline.date is not None
        if chosen is not None:
            mode = _mode(sentence, chosen, unit, dated)
        else:
            mode = Mode.PLEDGE if dated or PLEDGE_CUE.search(sentence) else Mode.EVENT
        times = find_time_expressions(sentence, article.published)
        event_date = _event_date(times, article.published) if mode is Mode.EVENT else None
        if mode is Mode.EVENT:
            deadline = None
        quote = article.text[unit.start : unit.end]
        return Extracted(
            kind=chosen.kind if chosen is not None else _likeliest_kind(sentence),
            mode=mode,
            text=_one_line_text(sentence),
            quote=quote,
            start=unit.start,
            end=unit.end,
            sentence=sentence,
            actor=_actor(sentence, unit, units, index, reading.speaker, reading.full_names, quote),
            places=_places(sentence, names),
            parties=_parties(sentence, names),
            quantity=quantity,
            deadline=deadline,
            event_date=event_date,
            anchor=_anchor(times, article.published),
            kinds=frozenset(p.kind.value for p in predicates),
            headline=unit.kind in ("title", "heading"),
        )

    def status_cues(self, article: ArticleText) -> list[StatusCue]:
        """Units that report something as done, delayed or called off (matched to pledges elsewhere)."""
        cues = []
        for unit in drop_noise(split_units(article.text)):
            # Clauses joined by ";" speak of different things: "X opens plant; Y line delayed".
            offset = 0
            head = _before_status_tail(unit)
            pieces = [head.text, unit.text[len(head.text):].lstrip(", ")] if head is not None else re.split(r"(?<=;)\s*", unit.text)
            for clause in pieces:
                start = unit.start + unit.text.index(clause, offset)
                offset = start - unit.start + len(clause)
                cue = self._cue(clause.rstrip(";"), start, article)
                if cue is not None:
                    cues.append(cue)
        return cues

    def _cue(self, sentence: str, start: int, article: ArticleText) -> StatusCue | None:
        effect = None
        if DELAY.search(sentence):
            effect = "delays"
        elif CONTRADICT.search(sentence):
            effect = "contradicts"
        if effect is None:
            return None
        kinds = frozenset(p.kind.value for p in _predicates(sentence, find_quantity(sentence)))
        kinds |= _nominal_kinds(sentence)
        if not kinds:
            return None
        deadline = find_deadline(sentence, article.published) if effect == "delays" else None
        names = find_names(sentence)
        numbers = frozenset(
            float(v) for q, _, _ in find_quantities(sentence) for v in (q.low, q.high) if v is not None
        )
        places = _places(sentence, names)
        if not (places or numbers or (deadline is not None and deadline.date is not None)):
            return None  # "several planned openings were delayed": nothing to pin it on one pledge
        return StatusCue(effect, sentence, start, start + len(sentence), kinds, places, deadline, _parties(sentence, names), numbers)


DELAY = re.compile(
    r"\b(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|push(?:es|ed)?\s+back|reschedul(?:e|es|ed|ing)|deferred|slipped)\b"
    r"|\bmoved\s+(?:back\s+)?to\s+(?:(?:next|later|early|late|mid|the\s+(?:end|beginning|start|middle|first|second|third|fourth|autumn|spring|summer|winter|fall))\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter|Q[1-4])\b|(?:19|20)\d\d)"
    r"|\b(?:has|have)\s+not\s+(?:yet\s+(?:started|opened|begun|launched)|(?:started|opened|begun|launched)\s+yet)\b"
    r"|\b(?:has|have)\s+yet\s+to\s+(?:begin|start|open|launch|be\s+(?:built|opened|launched|completed))\b"
    r"|\bstill\s+(?:has\s+not|have\s+not|hasn[’']t|haven[’']t|not)\s+(?:been\s+)?(?:built|started|opened|begun|launched|completed)\b",
    re.I,
)
"""Words that put a pledge off ("moved to next year", not "moved to Poland"); "the line has not started yet" (past its promised date) too."""
CONTRADICT = re.compile(
    r"\b(?:denied|denies|deny|cancel(?:s|led|ed|ling|ing)?|scrapp(?:ed|ing)|abandon(?:s|ed|ing)?|called\s+off|"
    r"will\s+not|won't|no\s+plans\s+to|drop(?:s|ped|ping)?\s+(?:its\s+|the\s+|their\s+)?plans?|ruled\s+out|refused|halted|suspended|failed\s+to|(?:fell|falls|falling|still)\s+short\s+of|"
    r"missed)\b",
    re.I,
)


RUNNING_TOTAL = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+){0,2}?\w+(?:ed|en|n|t)\b.*\bsince\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning|outbreak)\s+of|"
    r"the\s+full-scale|russia['’]s\s+full-scale|\w+\s+(?:19|20)\d\d)"
    r"|^\W*since\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning|outbreak)\s+of|the\s+full-scale|russia['’]s\s+full-scale)[^,;]*,"
    r"[^;]*?\b(?:has|have)\s+(?:\w+\s+){0,2}?\w+(?:ed|en|n|t)\b",
    re.I,
)
"""A perfect tense with "since 2022": a total over a span ("has provided $7 billion since 2022", "Since the start of
the war, X has set up its own production of ...")."""
AS_OF_SNAPSHOT = re.compile(r"\s*as\s+of\b[^,]{1,40},.*?\b(?:had|has|have)\s+(?:already\s+|now\s+)?\w+(?:ed|en|t)\b", re.I)
"""A state of affairs at a date: "As of the end of June, the army had received 1.5 million drones ..."."""
RUNNING_TOTAL_NOUN = re.compile(
    r"\b(?:total|overall|cumulative)\b[^.;]*\bsince\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning)|russia['’]s)"
    r"|\bbring(?:s|ing)?\s+(?:[\w’']+\s+){0,3}?(?:total|overall)\b",
    re.I,
)
"""A total named as such: "brings Finland's total military aid to EUR 3.3 billion since 2022"."""


ANAPHORIC_PARTIES = re.compile(
    r"\b(?:(?:the|both)\s+(?:two\s+)?(?:sides|parties|countries|governments|ministries)|we)\s+(?:\w+\s+)?(?:signed|inked|concluded)\b", re.I
)
"""Parties named earlier in the article: "the sides signed the memorandum", "both countries signed"."""


AGREEMENT_BETWEEN_NAMES = re.compile(rf"\b{AGREEMENT_NOUN}\s+between\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}\s+and\s+[A-Z]")
"""Two sides named by the agreement itself ("the agreement between Acme Arms and Borealis provides for ..."), firms the
gazetteer does not know."""
JOINT_WITH = re.compile(r"\bjoint\s+(?:[\w-]+\s+){0,3}?(?:plant|factory|facility|line|venture|company|production)\s+with\s+(?=[A-Z])")
"""A joint plant "with X": quoted intent that names its partner is held to account by the partnership."""


def _clause(sentence: str, predicate: Predicate) -> str:
    """The ";"-clause of a unit that holds the predicate ("X opens plant; Y line delayed" -> "X opens plant")."""
    if ";" not in sentence:
        return sentence
    start = sentence.rfind(";", 0, predicate.start) + 1
    end = sentence.find(";", predicate.end)
    return sentence[start : end if end >= 0 else len(sentence)].strip()


def _reports_status(sentence: str, predicate: Predicate) -> bool:
    """True when the predicate is what a delay or cancellation is about, in the same clause:
    "cancelled its plan to open a plant", "the target of producing 2,000 a day has been postponed"."""
    clause_start = max((m.end() for m in re.finditer(r"[;:]", sentence[: predicate.start])), default=0)
    clause_end = next((m.start() + predicate.end for m in re.finditer(r"[;:]", sentence[predicate.end :])), len(sentence))
    around = sentence[max(clause_start, predicate.start - 50) : min(clause_end, predicate.end + 80)]
    if re.match(r"(?:the\s+)?(?:launch|opening|creation|establishment|construction|start|production)\s+of\b",
                sentence[clause_start:].lstrip(), re.I):
        # The nominal subject's verb may come far after it: read up to the attribution.
        around = re.split(r",\s+(?:the\s+)?[^,]*\b" + SPEECH + r"\b", sentence[clause_start:clause_end])[0]
    for cue in (DELAY, STATUS_CONTRADICT):
        if cue.search(around):
            return True
    return False


STATUS_CONTRADICT = re.compile(
    r"\b(?:cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|called\s+off|drop(?:s|ped|ping)?|shelved|halted|suspended)\b",
    re.I,
)
"""Words that call off a plan (a subset of CONTRADICT: not "will not", which is a negated claim)."""


KIND_BY_NOUN = (Kind.FUNDING, Kind.OPENING, Kind.PRODUCTION_TARGET, Kind.AGREEMENT, Kind.EXPORT)
"""Which kind a sentence with no predicate most likely states, when its nouns name several (money first)."""
FINANCING = re.compile(r"\b(?:financ\w*|funding|funded|invest\w*)\b", re.I)


def _likeliest_kind(sentence: str) -> Kind:
    """The kind of a sentence a person chose though no predicate of the rules is in it: what its nouns name."""
    kinds = _nominal_kinds(sentence) | ({Kind.FUNDING.value} if FINANCING.search(sentence) else set())
    return next((kind for kind in KIND_BY_NOUN if kind.value in kinds), Kind.OTHER)


def _nominal_kinds(sentence: str) -> frozenset[str]:
    kinds = set()
    if re.search(rf"\b{FACILITY}\b", sentence, re.I) and (
        re.search(r"\b(?:open|launch|establish|build|built|construct|start|begin|began|begun|host|creat|set\s+up)", sentence, re.I)
        or re.search(r"\b(?:office|plant|factory|line|facility|hub)s?\s+(?:[\w’'-]+\s+){0,3}?(?:delayed|postponed|cancell?ed|scrapped|shelved)\b", sentence, re.I)
    ):  # "Dutch line delayed": a facility whose opening is put off
        kinds.add(Kind.OPENING.value)
    if re.search(rf"\b{AGREEMENT_NOUN}\b", sentence, re.I):
        kinds.add(Kind.AGREEMENT.value)
    if re.search(r"\bexport", sentence, re.I):
        kinds.add(Kind.EXPORT.value)
    if re.search(r"\bproduc", sentence, re.I):
        kinds.add(Kind.PRODUCTION_TARGET.value)
    if any(_is_money(q) for q, _, _ in find_quantities(sentence)):
        kinds.add(Kind.FUNDING.value)  # "Greece has suspended its EUR 90 million programme"
    return frozenset(kinds)


# ---------------------------------------------------------------- attributes


def _mode(sentence: str, predicate: Predicate, unit: Unit, dated: bool = False) -> Mode:
    """Pledge for what is promised for later, event for what is reported as done."""
    phrase = sentence[predicate.start : predicate.end]
    if predicate.kind is Kind.AGREEMENT and re.search(r"\b(?:signed|inked|concluded|struck|reached|ratified)\b", phrase, re.I):
        # "a memorandum the two groups signed", "the deal, signed in Oslo": done, unless still "to be signed".
        if not re.search(r"\b(?:will|to|would|shall)\s+be\s+(?:\w+\s+)?(?:signed|inked|concluded)\b", phrase, re.I):
            return Mode.EVENT
    before = sentence[max(0, predicate.start - 45) : predicate.start]
    last_words = " ".join(before.split()[-4:])
    if predicate.kind is Kind.OTHER and (LEGAL_ACT.fullmatch(phrase) or LAUNCHED_SCHEME.fullmatch(phrase)):
        return Mode.EVENT  # "the parliament passed the bill", "X has launched “Y”": reported as done
    if predicate.kind is Kind.AGREEMENT and AGREEMENT_SIGNING_HELD.fullmatch(phrase):
        return Mode.EVENT  # "the signing of the agreement took place on Wednesday"
    if predicate.kind is Kind.AGREEMENT and (AGREEMENT_CONTENT.fullmatch(phrase) or AGREEMENT_FOR_OUTPUT.fullmatch(phrase)):
        # "the third agreement regulates ...", "the first licence for the production of ...": a document that exists
        return Mode.PLEDGE if PLEDGE_CUE.search(last_words) else Mode.EVENT
    if re.match(r"signing\b", phrase, re.I) and re.search(r"\b(?:is|are|am)\s+$", before, re.I) and re.search(r"\b(?:today|now)\b", sentence, re.I) and not dated:
        return Mode.EVENT  # "today we are signing a document": done as it is reported, not promised
    if re.match(r"(?:plan(?:s|ning)?|eyes|eyeing)\b", phrase, re.I) or re.match(
        rf"(?:{FACILITY}|exports?)\b.*\b(?:to|will|would|shall|should|could|may|must)\s+(?:\w+\s+)?(?:open|launch|start|begin|resume|appear|emerge)\b", phrase, re.I
    ):  # "plans a plant" (not "plant opens"), "plant to open", "exports to start"
        return Mode.PLEDGE
    if RELOCATE_NOMINAL.fullmatch(phrase):
        # "announced the transfer of the line to X", "Eyes Transfer to X of ...": a move announced, unless it is done
        return Mode.EVENT if re.search(r"\b(?:complet|finish|finali[sz])\w*\s+(?:the\s+)?$", before, re.I) else Mode.PLEDGE
    if OPENING_INTRANSITIVE.fullmatch(phrase) and not PLEDGE_CUE.search(last_words) and re.search(r"\b(?:opened|launched)\b", phrase, re.I):
        return Mode.EVENT  # "the office in Stockholm opened on June 24"
    if predicate.kind is Kind.FUNDING and re.match(r"(?:pledg|commit|promis)", phrase, re.I):
        return Mode.PLEDGE  # money pledged or committed is promised, even in the perfect tense
    if predicate.kind is Kind.AGREEMENT and phrase.lower().startswith("agree"):
        return Mode.PLEDGE if PLEDGE_CUE.search(last_words) else Mode.EVENT
    if PLEDGE_CUE.search(last_words) or PLEDGE_CUE.match(phrase) or re.search(r"\b(?:will|would|to)\s+(?:also\s+)?be\b", phrase, re.I) or OPENING_ONCE_COMPLETE.fullmatch(phrase):
        return Mode.PLEDGE
    if predicate.kind is Kind.OPENING and _opening_under_way(sentence, predicate, phrase, before, unit, dated):
        return Mode.EVENT
    if re.match(r"(?:production|output|creation|establishment|opening|launch)\s+of\b", phrase, re.I) and not last_words.strip():
        # A nominal subject: its verb follows ("Production of drones has reached 1,500 a day").
        after = sentence[predicate.end : predicate.end + 60]
        verb = re.search(r"\b(?:will|would|is\s+to|are\s+to|expected|set\s+to|has|have|had|was|were|reached|rose|fell|grew|totall?ed|exceeded)\b", after, re.I)
        if verb:
            return Mode.PLEDGE if PLEDGE_CUE.match(verb.group()) or verb.group().lower() in ("expected", "is to", "are to") else Mode.EVENT
    if PERFECT_CUE.search(last_words) or re.search(r"\b(?:has|have|had|was|were|been)\b", phrase, re.I):
        return Mode.EVENT
    first = phrase.split()[0].lower()
    if re.search(r"\b(?:currently|now|already|today)\s*$", before, re.I) and re.match(r"\w+s$", first) and not dated:
        return Mode.EVENT  # "Ukraine currently produces about 1,200 a day"
    if re.match(r"\w+ed$", first) or first in ("built", "began", "struck", "signed", "set", "went"):
        return Mode.EVENT
    if unit.kind in ("title", "heading", "bullet") and re.match(r"\w+s$", first):
        return Mode.EVENT  # headline present tense: "Ukraine launches first line"
    headline_grammar = unit.kind in ("title", "heading") or (
        unit.kind == "bullet" and predicate.start > 0 and not sentence[0].islower() and first in HEADLINE_VERBS
    )
    if headline_grammar and not dated and not first.endswith("ing") and not PLEDGE_CUE.search(last_words):
        return Mode.EVENT  # headline present tense with a plural subject: "Ukraine, Norway sign deal"
    return Mode.PLEDGE


PUNCTUAL_PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s+(?:now\s+|currently\s+|already\s+)?$", re.I)
PUNCTUAL_ING = re.compile(r"opening\b", re.I)
"""Only opening: "is launching a facility" is still a project under way, "is opening an office" is the act."""
BEING_OPENED = re.compile(r"\bbeing\s+(?:opened|launched|started)\b", re.I)
PAST_OPENING_VERB = re.compile(r"(?<!\bbe\s)\b(?:started|began|begun|commenced|launched|opened)\b", re.I)
"""A past verb, not an infinitive passive ("may be opened in Brasov" is still a plan)."""
HEADLINE_PRESENT = re.compile(r"\b(?:starts|begins|opens|launches|commences)\b", re.I)
NOMINAL_DONE_AFTER = re.compile(r"^[^.;]{0,80}?\b(?:took\s+place|was\s+held|happened|occurred|was\s+marked)\b", re.I)
NOMINAL_DONE_BEFORE = re.compile(r"\b(?:follows|followed|following|after|since|marked|celebrated)\s+(?:the\s+)?$", re.I)


def _opening_under_way(sentence: str, predicate: Predicate, phrase: str, before: str, unit: Unit, dated: bool) -> bool:
    """True when an opening is reported as happening or done rather than promised: a present progressive
    of a one-off act ("X is opening an office in Y", "the line is now being launched"), a past verb inside
    the predicate ("the plant started its operations"), a headline's present tense ("plant starts
    operations"), or a nominal opening that took place ("the opening of X took place in June")."""
    if re.match(r"(?:creation|establishment|opening|launch)\s+of\b", phrase, re.I):
        # "took place in June" dates the event, it is no deadline
        return bool(NOMINAL_DONE_AFTER.search(sentence[predicate.end :]) or NOMINAL_DONE_BEFORE.search(before))
    if dated:
        return False  # "is opening an office next month": a date ahead makes the progressive a plan
    if RELOCATE.match(sentence, predicate.start):
        return True  # "X is moving part of its production to Y": the move is under way
    if PUNCTUAL_ING.match(phrase) and PUNCTUAL_PROGRESSIVE.search(before):
        return True
    if BEING_OPENED.search(phrase) or PAST_OPENING_VERB.search(phrase):
        return True
    return unit.kind in ("title", "heading") and bool(HEADLINE_PRESENT.search(phrase))


HEADLINE_VERBS = frozenset("sign ink agree open launch start begin set build create establish conclude reach strike".split())
"""Bare verbs of a headline-style bullet with a plural subject: "Ukraine, Italy sign memorandum"."""


def places_in(sentence: str) -> list[str]:
    """The places a sentence locates something in ("in Berlin and Copenhagen", "on Danish soil")."""
    return _places(sentence, find_names(sentence))


BORDER_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w’'-]+)?\s+(?:borders?|frontiers?|border\s+(?:region|area|zone))\b")
"""A country named before "border": where a thing stands beside, not in ("near the Russian and Belarusian borders")."""


def _places(sentence: str, names: list[tuple[str, str, int, bool]]) -> list[str]:
    places: list[str] = []
    previous_end = -1
    previous_place = False
    for name, kind, start, locative in names:
        # "in Berlin and Copenhagen", "in Berlin, Copenhagen": the preposition carries over.
        chained = previous_place and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", sentence[previous_end:start] or " ") is not None
        raw = NAME_PATTERN.match(sentence, start)
        if chained and raw is not None and re.match(r"\s+[A-Z]", sentence[raw.end() :]):
            chained = False  # "in Ukraine, Dutch Defense Minister ...": a name opening a new phrase, not a list item
        is_place = locative or chained
        if raw is not None and re.match(r"[’']s\b", sentence[raw.end() :]):
            is_place = False  # "a milestone in Poland's plans": a possessor, not where something is
        if raw is not None and BORDER_AFTER.match(sentence, raw.end()):
            is_place = False  # "near the Russian border": beside the country, not in it
        if is_place and name not in places and not (kind == "org" and name != "Europe"):
            places.append(name)
        previous_place = is_place
        previous_end = start + len(_surface(sentence, start))
    return places


def _surface(sentence: str, start: int) -> str:
    m = re.match(r"[\w.’'-]+(?:\s+[A-Z][\w.’'-]+)*", sentence[start:])
    return m.group() if m else ""


def _parties(sentence: str, names: list[tuple[str, str, int, bool]]) -> list[str]:
    parties: list[str] = []
    for name, kind, start, _ in names:
        raw = NAME_PATTERN.match(sentence, start)
        if raw is not None and BORDER_AFTER.match(sentence, raw.end()):
            continue  # "a plant near the Russian border" is no deal with Russia
        party = country_of(name) if kind == "city" else name
        if party and party != "Europe" and party not in parties:
            parties.append(party)
    return parties


def _anchor(times: list, published: dt.date | None) -> Anchor | None:
    """An explicit past date in the sentence ("announced on June 21"), else the publication date."""
    for t in times:
        if t.role != "event" or t.date is None or t.precision not in ("day", "month"):
            continue
        if published is not None and t.date > published:
            continue
        if t.precision == "day":
            return Anchor(t.date, t.date, explicit=published is None or t.date != published)
        month_end = (t.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return Anchor(t.date, month_end, explicit=True)
    if published is None:
        return None
    return Anchor(published, published, explicit=False)


_AGENCY = r"(?:Reuters|AP|AFP|Bloomberg|dpa|DPA|Ukrinform|UkrInform|UNN|Interfax(?:-Ukraine)?|PAP|RFE/RL|Xinhua|ANI|PTI|TASS)"
WIRE_LEAD = re.compile(
    rf"^\s*(?:\(MENAFN[^()\n]{{0,40}}\)\s*"
    rf"|[A-Z][\w.'’ -]{{1,40}}?(?:,\s*[^()\n,]{{1,30}}){{0,2}}\s*\({_AGENCY}\)\s*(?:[-–—]+\s*)?"
    rf"|[A-Z]{{2,}}(?:[ ,]+[A-Z]{{2,}})*\s+[-–—]+\s+)"
)
"""A wire service's lead before the news: "(MENAFN- UkrinForm) ", "KYIV, Feb 12 (Reuters) - ", "WASHINGTON — "."""


def _event_date(times: list, published: dt.date | None) -> str | None:
    """When an event happened: its sentence's first dated event, as precise as written, else the publication date."""
    event = [t for t in times if t.role == "event" and t.date is not None]
    if event:
        return event[0].date.strftime({"day": "%Y-%m-%d", "month": "%Y-%m"}.get(event[0].precision or "", "%Y"))
    return published.isoformat() if published is not None else None


def _one_line_text(sentence: str) -> str:
    # The claim's one line drops a wire service's lead; its quote keeps the sentence as the article has it.
    lead = WIRE_LEAD.match(sentence)
    if lead and len(sentence) - lead.end() >= 20:
        sentence = sentence[lead.end():]
    text = ATTRIBUTION_TAIL.sub("", sentence) if re.search(r"[\"”]", sentence) else sentence
    text = text.strip().strip("\"“”‘’'").strip()
    text = re.sub(r"\s+", " ", text)
    if text and text[-1] not in ".!?":
        text += "."
    return text[0].upper() + text[1:] if text else sentence


INSTITUTION_NOUNS = frozenset(
    """authority agency ministry office council bureau commission service department administration committee
    directorate inspectorate board government parliament""".split()
)
"""Words that end the name of a body: "the Polish Export Agency" is the actor, not "Agency"."""


def _clean_name(raw: str) -> str | None:
    whole = raw.replace("’s", "").split()
    if len(whole) >= 2 and whole[-1].lower().strip(",.") in INSTITUTION_NOUNS:
        while whole and whole[0].lower() in ("the", "a", "an"):
            whole.pop(0)
        if len(whole) >= 2:
            return " ".join(whole).strip(" ,.")
    words = raw.replace("’s", "").split()
    while words and words[0].lower().strip(",") in TITLE_WORDS:
        words.pop(0)
    # Titles also end a name ("Minister Denys Shmyhal"): keep the last capitalised run.
    run: list[str] = []
    for word in words:
        if word.lower() in TITLE_WORDS or find_names(word):
            run = []
        else:
            run.append(word)
    name = " ".join(run).strip(" ,.")
    if not name or name[0].islower() or len(name) < 3:
        return None
    if name.lower() in ("he", "she", "it", "they", "we", "this", "that", "the"):
        return None
    return name


def _full_names(text: str) -> dict[str, str]:
    """Surname -> full name as first written in the article ("Zelensky" -> "Volodymyr Zelensky")."""
    full: dict[str, str] = {}
    # Within a line: a heading's last word and the next paragraph's first ("... Partnership" / "Babcock has ...")
    # are no name.
    for m in re.finditer(r"[A-Z][a-zà-ž’'-]+(?:[ \t]+[A-Z][a-zà-ž’'-]+)+", text):
        words = [w for w in m.group().split() if w.lower() not in TITLE_WORDS and not find_names(w)]
        if len(words) >= 2 and m.group().endswith(words[-1]):
            full.setdefault(words[-1], " ".join(words[-3:] if len(words) >= 3 else words[-2:]))
    return full


def _speaker_in(sentence: str, full_names: dict[str, str]) -> str | None:
    for pattern in (CITING, ACCORDING_TO, NAME_BEFORE_SPEECH, SPEECH_THEN_NAME, HEADLINE_ACTOR):
        for m in pattern.finditer(sentence):
            raw = next((g for g in m.groups() if g), None)
            if raw is None:
                continue
            name = _clean_name(raw) if raw[0].isupper() else raw.removeprefix("the ").strip()
            if name and not find_names(name) or (name and len(name.split()) > 1 and not all(find_names(w) for w in name.split())):
                if name:
                    return full_names.get(name.split()[-1], name)
    return None


def _main_speaker(text: str, units: list[Unit]) -> str | None:
    """The person the article quotes most: the actor of claims with no attribution of their own."""
    full_names = _full_names(text)
    counts: Counter[str] = Counter()
    for unit in units:
        speaker = _speaker_in(unit.text, full_names)
        if speaker and speaker[0].isupper():
            counts[speaker] += 1
    return counts.most_common(1)[0][0] if counts else None


def _actor(
    sentence: str,
    unit: Unit,
    units: list[Unit],
    index: int,
    speaker: str | None,
    full_names: dict[str, str],
    quote: str,
) -> str | None:
    for text in (quote, sentence):
        found = _speaker_in(text, full_names)
        if found:
            return found
    return speaker
