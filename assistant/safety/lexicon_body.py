"""Whole-body signs: aortic aneurysm, trauma and fracture risk, infection, cancer."""

from __future__ import annotations

_SEVERE = (r"(?:severe|worst|excruciating|agon\w+|unbearable|terrible|intense|crushing|horrendous|"
           r"horrific|10/10|ten out of ten|extreme|screaming)")
_SUDDEN = (r"(?:sudden(?:ly)?|out of nowhere|out of the blue|all of a sudden|came on (?:suddenly|"
           r"fast))")
_CANCER = (r"(?:cancer|tumou?r|myeloma|lymphoma|leuka?emia|melanoma|sarcoma|carcinoma|"
           r"malignan\w*)")
_INJECTED_MEDICINE = (r"\b(?:insulin|b12|ozempic|wegovy|mounjaro|semaglutide|tirzepatide|fertility|"
                      r"ivf|testosterone|hormones?|vitamin|humira|methotrexate|enbrel|heparin|"
                      r"clexane|"
                      r"blood thinners?|adrenaline|epipen)\b")
# Said anywhere in the turn, only words that name an intention (walking or the gym may be the
# writer's routine, not why the weight went)
_DELIBERATE_STATED = (r"(?<!without )(?<!without any )(?<!not )(?<!no )(?<!n't been )(?<!not been )(?<!never )"
                      r"(?<!n't )(?<!nothing )\b(?:on (?:a )?diet|dieting|on purpose|intentional\w*|"
                      r"deliberate\w*|trying to lose|slimming|weight watchers|calorie counting|counting calories|"
                      r"ozempic|wegovy|mounjaro)\b")
# A crack that eased things or did not hurt: a joint cracking, not a break
_JOINT_CRACK = (r"\b(?:looser|loosened|relief|reliev\w*|satisfying|like cracking (?:my )?knuckles|"
                r"(?:felt|feels?) (?:\w+ )?(?:better|good|great|loose)|(?:doesn't|didn't|does not"
                r"|did not) (?:even |actually )?"
                r"hurt (?:at all|now|after)|no pain (?:after|now|at all|afterwards))\b")
# Pain brought on each time by a movement is mechanical, not a tearing aorta (which does not let up)
MOVEMENT_PROVOKED = (r"\b(?:every time|whenever|each time|only when) (?:i |he |she )?(?:\w+ )?(?:bend|move|twist|lift|"
                     r"climb|get|stand|sit|turn|cough|sneeze|reach|roll)\w*\b")
_DELIBERATE = (r"(?<!without )(?<!without any )(?<!not )(?<!no )(?<!been )(?<!not been )(?<!not on a )(?<!not on )"
               r"(?<!n't on a )(?<!n't on )(?<!without a )\b(?:diet\w*|on purpose|intentional\w*|deliberate\w*|"
               r"trying to lose|slimming|weight watchers|calorie\w*|ozempic|wegovy|mounjaro|"
               r"semaglutide|gym|working out|healthy eating|keto|fasting|cutting|happy (?:about|"
               r"with)|"
               r"since i started|walking|swimming|cycling|exercis\w*|running|pregnancy weight|baby weight|"
               r"put (?:it|the weight|them|it all) (?:all )?back on|(?:re)?gained (?:it|the weight|it all) back)\b")

# Injecting that stopped years ago ("clean for 12 years") is no longer a current risk.
_LONG_CLEAN = (r"|\b(?:clean|sober|drug[- ]free|off (?:it|drugs|heroin|the gear)|stopped|quit|"
               r"gave (?:it )?up)\b[^.]{0,25}\b(?:\d+|many|several|a few|few|two|three|four|five|"
               r"ten|twenty)\s+years\b(?![^.]*\b(?:again|relapsed|back on)\b)|\byears clean\b")

_CLAIM = (r"(?:i have|i've got|i've had|i had|i've|i got|diagnosed with|told i have|told me i have|"
          r"they think i have|i think i have|i might have|i may have|treated for|my)")

# Cold from a broken boiler explains shivers or chills (the sign's exception, and a correction's)
COLD_HOME = r"\b(?:heating|boiler)(?:'s| is| was| has)? (?:broken|off|bust|packed in|gone)\b"

SIGNS: tuple[dict[str, object], ...] = (
    {"name": "tearing_pain", "patterns": (
        r"\b(?:tearing|ripping|shredding)\s+(?:\w+\s+)?(?:pain|sensation|feeling|agony)\b",
        r"\b(?:pain|it)\b[^.]{0,15}\b(?:tearing|ripping)\b",
        r"\b(?:feels?|felt) like (?:something|my back|my insides|i'm being|i was being|my chest|they're|it's)\s+"
        r"(?:is\s+|was\s+)?(?:tearing|ripping|torn|ripped|tore|being torn|being ripped)\b"),
     # a rip felt in one side of the back during a lift is a strained muscle
     "unless": r"\b(?:muscle|ligament|hamstring|tendon|meniscus|acl|cartilage)\b"
               r"|^(?=.*\b(?:deadlift\w*|squat\w*|lifting|lifted|gym)\b)(?=.*\b(?:left|right|one) side\b)|"
               + MOVEMENT_PROVOKED},
    {"name": "faint", "patterns": (
        r"\b(?:nearly|almost|just about|about to|going to|i'll|i will|i might)\s+(?:passed|pass|fainted|faint|blacked|"
        r"black|collapsed|keeled)\b",
        r"\b(?:passed|blacked)\s+out\b|\bfainted\b|\bfainting\b|\bi (?:just )?collapsed\b",
        r"\bkeeled over\b",
        r"\b(?:feel|feeling|felt|going|went|gone)\s+(?:\w+\s+(?:and\s+)?)?(?:faint|light-?headed|"
        r"woozy)\b"),
     # a faint with its own everyday cause, apart from the back pain
     "unless": r"\b(?:gave|giving|give|donat\w+) blood\b|\bblood (?:test|donation)\b|\bhadn't eaten\b"
               r"|\bskipped (?:breakfast|lunch|dinner|a meal)\b|\b(?:totally|completely) (?:separate|unrelated)\b"},
    {"name": "shock", "patterns": (
        r"\b(?:cold |clammy |drenched in )?sweat(?:y|ing)\b(?! at night| in bed)",
        r"\bclammy\b|\bracing heart\b|\bdizz\w+\b|\b(?:pale|grey) and\b",
        r"\b(?:heart|pulse)\s+(?:is\s+|was\s+)?(?:racing|pounding|going (?:fast|crazy|mad)|"
        r"thumping|"
        r"fluttering|beating (?:fast|really fast))\b")},
    {"name": "pulsating_lump", "patterns": (
        r"\b(?:puls\w+|throbb\w*|beating|pounding)\b[^.]{0,25}\b(?:lump|mass|swelling|belly|tummy|"
        r"stomach|abdomen|navel|belly button)\b",
        r"\b(?:lump|mass|swelling)\b[^.]{0,25}\b(?:puls\w+|throbb\w*|beat\w*)\b",
        r"\bfeel (?:my )?(?:heartbeat|pulse|heart beat) in my (?:belly|tummy|stomach|abdomen)\b",
        r"\b(?:belly|tummy|stomach|abdomen)\b[^.]{0,15}\b(?:puls\w+|throbb\w*|beating)\b")},
    {"name": "sudden_severe", "patterns": (
        rf"\b{_SUDDEN}\b[^.]{{0,30}}\b{_SEVERE}\b", rf"\b{_SEVERE}\b[^.]{{0,25}}\b{_SUDDEN}\b",
        r"\bworst pain (?:of my life|i've ever|ever)\b")},
    {"name": "sudden_onset", "patterns": (rf"\b{_SUDDEN}\b",)},
    # an infection elsewhere lately (REDFLAGS: diabetes or recent infection): a context sign
    {"name": "recent_infection", "patterns": (
        r"\b(?:abscess\w*|cellulitis|infected (?:wound|cut|leg|foot|tooth|toe|ulcer)|kidney infection|pneumonia|sepsis|"
        r"blood infection|chest infection)\b",)},
    # pain in the thoracic spine (REDFLAGS, malignancy): a context sign, weighed with age and course
    {"name": "thoracic_pain", "patterns": (
        r"\b(?:between|across|under|in between) (?:my |the |his |her )?shoulder ?blades\b|\b(?:round|around) my ribs\b"
        r"|\bmid(?:dle)?[- ]back\b|\bthoracic\b",)},
    {"name": "severe_pain", "patterns": (rf"\b{_SEVERE}\b",)},
    {"name": "abdominal_pain", "patterns": (
        r"\b(?:tummy|belly|stomach|abdom\w+)\b[^.]{0,15}\b(?:pain|ache|hurts|agony|cramp)",
        r"\b(?:pain|ache|hurts?|agony)\b[^.]{0,25}\b(?:tummy|belly|stomach|abdomen|groin)\b",
        r"\b(?:going|goes|gone|spread\w*|radiat\w*|shoot\w*|moving|moved|travel\w*)\s+(?:down\s+|"
        r"round\s+)?(?:in)?to (?:my |the )?(?:groin|tummy|belly|stomach)\b")},
    {"name": "aneurysm_known", "kind": "history", "patterns": (
        r"\b(?:i have|i've got|i've had|i had|diagnosed with|known|my)\s+(?:an?\s+)?(?:small\s+|"
        r"abdominal\s+|aortic\s+)*(?:aneurysm|aaa|triple a)\b",
        r"\baneurysm\b[^.]{0,20}\b(?:monitored|surveillance|scan every|being watched)\b")},
    {"name": "major_trauma_event", "patterns": (
        r"\bknocked (?:off|from) (?:a |the |my |his |her |their )?(?:bike|bicycle|motorbike|motorcycle|moped|scooter|"
        r"horse)\b(?=[^.]{0,40}\b(?:car|van|lorry|truck|bus|vehicle|driver|taxi)\b)",
        r"\b(?:came|come|thrown|fell|fallen) off (?:a |the |my |his |her |their )?(?:motorbike|motorcycle|"
        r"horse|quad|ladder|roof|moped|motorbike|scaffold\w*|scaff)\b",
        r"\b(?:fell|fallen|falling|fall|came off|come off|thrown off|thrown from|jumped|slipped|"
        r"tumbled)\s+(?:off|from|down|out of|through)\s+(?:a |the |my |our |some )?(?:\w+\s+)?"
        r"(?:ladder|roof|height|horse|motorbike|motorcycle|scaffold\w*|balcony|"
        r"(?:flight of )?stairs|"
        r"staircase|"
        r"steps|tree|wall|building|cliff|trampoline|window|loft|bunk|tractor|truck|lorry|platform|"
        r"(?:\d+|two|three|several|a few|few)\s+(?:feet|foot|ft|metres|meters|m|storeys|stories|"
        r"floors))\b",
        r"\b(?:came|come|fell|fallen|dropped|jumped|slipped|tumbled"
        r"|came off)\b[^.]{0,40}\b(?:about |over |nearly |around |"
        r"maybe |like )?(?:\d+(?:\.\d+)?|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s*(?:feet"
        r"|foot|ft|metres|meters|m)\b"
        r"|\b(?:fell|fall|fallen|falling|came off|come off)\b[^.]{0,10}\bfrom (?:the )?(?:second"
        r"|third|fourth|top|2nd|3rd|4th) "
        r"(?:floor|storey|story|lift)\b"
        r"|\b(?:came|come|fell|fallen|dropped|jumped|slipped|tumbled|came off)\b[^.]{0,40}\b(?:about |over |nearly |"
        r"around )?(?:two|three|four|2|3|4) (?:storeys|stories|floors)\b",
        r"\b(?:fell|fallen|fall|dropped)\s+(?:about\s+|over\s+|nearly\s+|around\s+)?(?:\d+|two|"
        r"three|four|"
        r"five|six|several|a few)\s*(?:feet|foot|ft|metres|meters|m|storeys|stories|floors)\b",
        r"\b(?:car|road|traffic|motorbike|motorcycle|bike|cycling|bicycle|skiing|snowboarding|"
        r"rugby|"
        r"riding|quad|scooter|moped|bus|train|motor vehicle)\s+(?:crash|accident|collision|smash|"
        r"wreck|pile-?up)\b",
        r"\b(?:crashed|wrecked|rolled|flipped|totalled)\s+(?:my|the|our|a)\s+(?:car|bike|motorbike|"
        r"van|truck)\b"
        r"|\b(?:car|truck|van|lorry|pickup|ute|jeep|suv|tractor|quad|atv)\b[^.]{0,30}\b(?:rolled(?! (?:back|forward|"
        r"down the))|flipped|overturned|went (?:in|into|off) (?:a |the )?(?:ditch|road|embankment"
        r"|river)|left the road)\b"
        r"|\brear[- ]ended\b|\bt[- ]?boned\b|\bhead[- ]on (?:crash|collision|smash|with)\b"
        r"|\bhit (?:\w+ )?head[- ]on\b|\bcar (?:hit|ran into|ploughed into) me\b",
        r"\b(?:hit|knocked (?:down|over)|run over|struck)\s+by\s+(?:a\s+)?(?:car|bus|truck|van|"
        r"lorry|"
        r"vehicle|motorbike|train)\b|\bdived into (?:a|the) shallow\b",
        r"\b(?:crash\w*|accident|collision|came off|come off|thrown off|fell off|knocked off|"
        r"hit)\b[^.]{0,30}\b(?:at|doing|going)\s+(?:about\s+|over\s+|around\s+)?(?:[2-9]\d|1\d\d)\s*"
        r"(?:mph|km/?h|kph|miles an hour)\b"
        r"|\b(?:crash\w*|accident|collision|came off|come off|thrown off)\b[^.]{0,30}\bat (?:high )?"
        r"speed\b"
        r"|\b(?:crash\w*|collision|went into|ran into|ploughed into|hit)\b[^.]{0,40}\b(?:doing|going)\s+(?:about\s+|"
        r"over\s+|around\s+|nearly\s+)?(?:[3-9]\d|1\d\d)\b"
        r"|\b(?:was|been|were|i'm|i am) in (?:a|an) (?:\w+ )?(?:car |road |motorway "
        r"|head-on )?(?:crash|collision|pile-?up|smash)\b"
        r"|\b(?:came|come|thrown|fell) off\b[^.]{0,20}\b(?:at (?:a |full )?(?:gallop|canter|speed)"
        r"|galloping|cantering)\b"
        r"|\bfull gallop\b"),
     # a simile ("feel like I've been hit by a bus") or a near miss ("nearly went flying") is not an injury
     "unless": r"\b(?:nearly|almost) (?:went flying|fell|came off|went over|went down|slipped)\b"
               r"|\b(?:feel|feels|felt|feeling) like (?:i've been |i was |i got |i've "
               r"|been )?(?:hit|run over|knocked down|"
               r"flattened) by\b|\blike (?:i've been |i was |i got )?(?:hit|run over) by a (?:bus|truck|train|lorry)\b"},
    {"name": "minor_trauma", "patterns": (
        r"\b(?:sneez\w*|cough\w*|lift\w*|carr(?:y|ied|ying)|sat down (?:hard|heavily|awkwardly)|"
        r"sitting down (?:hard|heavily)|bent (?:over|down)|bending|twist\w*|slipped|tripped|"
        r"stumbled|fell|fall|fallen|falling|landed (?:on|hard)|bump\w*|jolt\w*|pothole|"
        r"missed (?:a|the) (?:\w+ )?step|jarred|pick(?:ed)? (?:up|something)|picking up|bent to \w+|turned over in bed|"
        r"had a fall|went down on (?:my|the)|landed on my (?:arse|bum|backside|bottom|back)|"
        r"slipped on (?:the )?ice|(?:dropped|flopped|plonked|thumped|slumped|plopped) (?:down )?(?:heavily|hard)|"
        r"sat (?:down )?(?:a bit |quite |too |really |very )?(?:heavily|heavy|hard))\b",
        r"\b(?:pick\w*|lift\w*|hoist\w*|heav\w*)\s+(?:\w+\s+){1,3}up\b"),
     "unless": r"\b(?:fall|fell|falling) asleep\b|\b(?:last|this|in the) fall\b"},
    {"name": "crack_felt", "patterns": (
        r"\b(?:felt|heard|there was)\s+(?:a\s+|something\s+)?(?:crack|snap|crunch)\b",
        r"\bsomething (?:cracked|snapped|went crack|went snap)\b|\bwent (?:crack|snap)\b"),
     "unless": r"\bcrack(?:ed|ing|s)? my (?:own )?back\b",
     "unless_anywhere": _JOINT_CRACK},
    {"name": "fracture_named", "patterns": (
        r"\b(?:broke|broken|fractured|cracked|crushed)\s+(?:a |my |the )?(?:\w+\s+)?(?:back|spine|"
        r"vertebra\w*|bone in my back|coccyx|tailbone)\b",
        rf"\b{_CLAIM}\s+(?:a\s+)?(?:spinal|vertebral|compression|crush|wedge)\s+fractures?\b")},
    {"name": "osteoporosis", "kind": "history", "patterns": (
        r"\bosteop(?:orosis|orotic|enia|enic)\b|\b(?:thin|brittle|weak|fragile|soft|"
        r"thinning)\s+bones\b",
        r"\bbones (?:are|have gone|have got|are getting) (?:\w+ )?(?:like chalk|like paper|like glass|brittle|thin|"
        r"fragile|crumbly|paper[- ]thin)\b",
        r"\blow bone (?:density|mass)\b|\bbone (?:thinning|loss)\b",
        r"\b(?:alendronate|alendronic|fosamax|risedronate|denosumab|prolia|zoledronic)\b")},
    {"name": "steroids_long_term", "kind": "history", "patterns": (
        r"\b(?:long[- ]term|years of|months of|daily|regular|high[- ]dose|on)\s+(?:oral\s+)?"
        r"(?:steroids?|prednisolone|prednisone|dexamethasone|hydrocortisone)\b",
        r"\b(?:prednisolone|prednisone|dexamethasone)\b|\bsteroid tablets\b|\btaking steroids\b",
        r"\bsteroids?\b[^.]{0,25}\b(?:for (?:years|months|ages|a long time|\d+ (?:years|months))|"
        r"every day|daily|long[- ]term)\b"),
     "unless": r"\b(?:inhaler|cream|spray|nasal|eye drops|injections?|shots?|jab|epidural)\b"
               # a short course ("five days of prednisolone for an asthma flare") is not long-term
               r"|\b(?:\d+|three|five|seven|ten|fourteen|a)[- ](?:day|week)s?\b(?:[- ]long)? (?:course|of)\b"
               r"|\bfor (?:\d+|a few|three|five|seven|ten) days\b|\bfor (?:a|one|two) weeks?\b|\bshort course\b"
               r"|\bone[- ]off\b"},
    {"name": "fever", "patterns": (
        r"\b(?:my )?body (?:is |feels |felt |was )?(?:very |so |really )?hot\b"
        r"|\bi was shaking (?:last night|all night|in bed|in the night)\b",
        r"\bfever\w*\b|\b(?:a |high |raised |running a |got a )temperature\b|\brunning (?:hot|a temp)\b"
        r"|\b(?:3[89]|40) and a bit\b",
        r"\btemperature (?:of|is|was|has been|keeps|went|spiked)\b|\bburning up\b|\bhot and cold\b",
        r"\b(?:3[89]|40)(?:\.\d)?\s*(?:°|degrees|c\b)|\b10[0-4](?:\.\d)?\s*(?:°|degrees|f\b)"
        r"|\b(?:3[89]|40)\.\d\b(?!\s*(?:kg|kilos?|hours?|hrs?|weeks?|days?|%|mm|cm|mph|km|miles|minutes|mins|seconds|"
        r"secs|years?|lbs?|st\b|stone|pounds|mg|ml|inch\w*))",
        # a body temperature read out ("just did and it's 38.8")
        r"\b(?:it's|it is|was|reads?|read|says|showed|shows|at|of|running|running a)\s+(?:3[89]"
        r"|40)\.\d\b(?!\s*(?:k\b|kg|kilos?|"
        r"hours?|hrs|%|mm|cm|weeks?|years?|mph|miles|km|pounds|lbs))",
        r"\b(?:chills|shivers|shivering|shivery|rigou?rs|shaking uncontrollably|the shakes)\b"
        r"|\bshaking (?:fits|attacks|episodes|spells)\b|\bteeth (?:were )?chattering\b",
        r"\bflu[- ]like\b|\bhot (?:to the touch|and sweaty)\b|\bhot and shivery\b",
        r"\bshak(?:ing|y)\b[^.]{0,15}\b(?:sweat\w*|shiver\w*|cold|hot|feverish)\b"),
     "unless": r"\bhay fever\b|\bglandular fever\b|\bthe (?:fever|temperature) (?:thing|bit|part|business)\b"
               # hot from a heat pad, a bath or the weather, not feverish
               r"|\b(?:feel|felt|feeling|am|was|i'm) (?:\w+ )?(?:hot|warm)\b(?=[^.]{0,60}\b(?:heat pad|heating pad|"
               r"hot water bottle|electric blanket|bath|shower|sauna|heatwave|radiator|fire|duvets?|blankets?|sun|gym|"
               r"workout)\b)"
               r"|\b(?:room|outside|water|weather|oven) temperature\b"
               # cold from a broken boiler, "by shivers I mean the muscle is jumping"
               r"|\bjust (?:cold|chilly)\b"
               r"|\bby (?:shivers|shivery|shivering|chills|shakes|shaking) i mean\b|" + COLD_HOME
               + r"|^(?=.*\b(?:thermometer|temp\w*)\b[^.]{0,30}\b(?:3[56][.,]\d|9[78](?:[.,]\d)?)\b)"
               r"(?!.*\b(?:3[89]|40)(?:[.,]\d)?\b)(?!.*\b(?:paracetamol|ibuprofen|calpol|tylenol|advil|nurofen|panadol|"
               r"acetaminophen|chills|shiver\w*|shak\w*|sweat\w*)\b)"},
    {"name": "night_sweats", "patterns": (
        r"\bnight sweats?\b|\bsweats\b",
        r"\bsweat\w*\b[^.]{0,20}\b(?:at night|in bed|the sheets|overnight|all night|in my sleep)\b",
        r"\b(?:drenched|soaked|soaking)\b[^.]{0,25}\b(?:sheets|bed|pyjamas|pajamas|sweat|"
        r"at night)\b",
        r"\bwake (?:up )?(?:drenched|soaked|sweating)\b"),
     "unless": r"\b(?:because|as|since) (?:my|the) (?:room|bedroom|house|duvet|heating|flat)\b"
               r"|\bthe heating (?:was|is|on)\b|\b(?:two|2|three|thick|heavy|extra) (?:duvets|blankets)\b"
               r"|\belectric blanket\b|\b(?:hot yoga|sauna|bikram|workout|spin class)\b"
               r"|\bhot "
               r"(?:room|weather|night|flush\w*)\b|\bmenopaus\w*\b|\bheatwave\b|\bgym\b|"
               r"\bexercis\w*"},
    {"name": "iv_drugs", "kind": "history", "patterns": (
        r"\bi (?:(?:do|still|also|sometimes) )?(?:use\W+)?inject\b|\binject(?:ing|ed"
        r"|s)?\s+(?:drugs|heroin|meth|speed|crack|cocaine|coke|gear|"
        r"smack|fentanyl|opioids|into my veins?)\b|\b(?:iv|intravenous) drug\w*\b",
        r"\bshoot(?:ing)? up\b|\bshoot(?:ing)? (?:gear|heroin|smack|h|meth|speed|crack|coke)\b"
        r"|\bbang(?:ing|ed)? (?:up|gear)\b|"
        r"\b(?:use|using|on|do|doing) (?:the )?gear\b|\bneedle (?:user|use|sharing)\b"
        r"|\bshare needles\b|\buse needles\b",
        r"\b(?:on|using|use|taking|take|do) (?:smack|heroin|crack)\b",
        r"\bheroin\b|\btrack marks\b|\bpwid\b|\bfentanyl\b"),
     "unless": _INJECTED_MEDICINE + _LONG_CLEAN},
    {"name": "immunosuppressed", "kind": "history", "patterns": (
        r"\b(?:organ |kidney |liver |heart |lung |bone marrow |stem cell )?transplant\b",
        r"\bchemo(?:therapy)?\b|\bimmuno-?(?:suppress\w*|compromised|deficien\w*)\b",
        r"\b(?:weak|weakened|low|poor|compromised|suppressed)\s+immune\b",
        r"\bimmune system (?:is )?(?:weak|low|compromised|suppressed)\b|\bbiologics?\b",
        r"\b(?:humira|adalimumab|enbrel|etanercept|infliximab|remicade|methotrexate|rituximab|"
        r"tacrolimus|ciclosporin|cyclosporine|azathioprine|mycophenolate|tofacitinib)\b",
        r"\bhiv\b|\baids\b|\bcd4\b|\bon dialysis\b|\banti-?rejection\b")},
    {"name": "spinal_procedure", "patterns": (
        r"\b(?:back|spinal|spine|disc|lumbar|epidural|facet|nerve root|sciatica)\s+(?:surgery|"
        r"operation|op|injection|injections|procedure|fusion|block|decompression)\b",
        r"\b(?:epidural|lumbar puncture|spinal tap|discectomy|microdiscectomy|laminectomy|"
        r"vertebroplasty|kyphoplasty|nerve block|facet (?:joint )?injection|spinal anaesthetic|"
        r"spinal anesthetic|rhizotomy|radiofrequency ablation)\b"),
     "requires": r"\b(?:had|have had|i've had|recent\w*|just|after|since|post|ago|"
                 r"last (?:week|month)|"
                 r"following)\b"},
    {"name": "infection_named", "patterns": (
        rf"\b{_CLAIM}\s+(?:an?\s+)?(?:(?:spinal|spine|disc|bone|epidural)\s+(?:infection|abscess)|"
        r"discitis|diskitis|osteomyelitis|sepsis|kidney infection|pyelonephritis|"
        r"tuberculosis)\b",)},
    {"name": "dysuria", "patterns": (
        r"\b(?:make|making|do|doing|pass|passing) (?:pee|wee|urine|water)\b[^.]{0,20}\b(?:pain\w*|burn\w*|fire|"
        r"hurts?|sting\w*)\b",
        r"\b(?:burn\w*|sting\w*|hurts?|painful|pain|sore)\b[^.]{0,12}\b(?:when|while|to|"
        r"as)\s+(?:i\s+)?"
        r"(?:pee|wee|peeing|weeing|pass (?:urine|water))\b|\bpainful (?:urination|peeing|weeing)\b",
        r"^(?:and |but )?(?:it|that|this)(?: really| also)? (?:burns|stings|is burning|is stinging)\b",
        r"\b(?:uti|urine infection|water infection|urinary tract infection|cystitis|"
        r"bladder infection)\b",
        r"\b(?:cloudy|smelly|dark) (?:pee|wee|urine)\b|\bblood in my (?:pee|wee|urine)\b"),
     "requires": r"\b(?:pee\w*|wee\w*|urin\w*|uti|cystitis|water|infection)\b"},
    {"name": "diabetes", "kind": "history",
     "patterns": (r"\bdiabet\w*\b|\binsulin\b|\bmetformin\b",)},
    {"name": "smoker", "kind": "history", "patterns": (
        r"\bi smoke\b|\bsmoker\b|\b(?:\d+|a pack|packs?) (?:a day|cigarettes|fags)\b|\bi vape\b",)},
    {"name": "cancer_history", "kind": "history", "patterns": (
        rf"\b(?:had|have|has|history of|treated for|survivor|survived|in remission|diagnosed with|beat|"
        rf"recovering from|finished treatment for|previous|past|former|got|i've got|have got|"
        rf"being treated for)\b[^.]{{0,40}}"
        rf"\b{_CANCER}\b",
        r"\b(?:breast|prostate|lung|bowel|kidney|renal|thyroid|colon|skin|ovarian|cervical|bladder|"
        r"stomach|pancreatic|liver|testicular|blood)\s+cancer\b",
        rf"\b{_CANCER}\s+(?:survivor|patient|history|in remission|treatment)\b|\bmy {_CANCER}\b",
        r"\bchemo(?:therapy)?\b|\b(?:radiotherapy|radiation therapy|mastectomy|lumpectomy|"
        r"oncologist|"
        r"tamoxifen|letrozole|anastrozole|zoladex|prostatectomy)\b"),
     "unless": r"\bcancer scare\b|\bbenign\b|\bnot cancer\b|\b(?:no|never had|don't have|haven't had|not had)\s+"
               r"(?:any\s+)?(?:personal\s+)?(?:history of\s+)?(?:cancer|tumou?rs?)\b|\b(?:worried"
               r"|scared|afraid|fear\w*|"
               r"terrified|think)\b[^.]{0,20}\bcancer\b|\b(?:could|might|may) (?:it|this|that) be\b"
               r"|\b(?:google\w*|dr google|the internet|online|a website|tiktok)\b[^.]{0,20}\b(?:says?|said|thinks?)\b"
               r"|\bdo i have\b|\bis (?:it|this) cancer\b|\bcancer awareness\b|\bcancer (?:tests?|"
               r"screening|"
               r"checks?)\b|\b(?:tested|checked|screened) for cancer\b"},
    {"name": "metastases", "kind": "history", "patterns": (
        r"\bmetasta\w+\b|\bmets\b|\bbone mets\b|\bspinal cord compression\b|\bmscc\b",
        r"\bsecondar(?:y|ies)\b[^.]{0,15}\b(?:bones?|spine|cancer)\b",
        r"\b(?:cancer|it)\s+(?:has\s+)?spread\w*\s+to\s+(?:my\s+)?(?:bones?|spine|back)\b")},
    {"name": "weight_loss", "patterns": (
        r"\b(?:lost|losing|dropped|dropping|shed|down)\s+(?:a (?:lot|bit|ton|load|heap) of\s+|"
        r"so much\s+|"
        r"loads of\s+|lots of\s+|some\s+|\w+\s+)?(?:weight|(?:\d+|a few|few|several|a|half a|one|"
        r"two|three|four|five|ten)\s*(?:kg|kgs|kilos?|pounds|lbs?|stones?|st))\b",
        r"\bweight loss\b|\bwasting away\b|\bskin and bones\b|\bgetting (?:really |so |very )?"
        r"(?:thin|skinny)\b",
        r"\b(?:clothes|trousers|jeans|belt|skirt|dress|shirts?|tops?)\b[^.]{0,20}\b(?:falling off|"
        r"hanging off|falling down|too big|loose|baggy|notch|tighter)\b",
        r"\bweight\b[^.]{0,15}\b(?:dropping|falling|coming|melting) off\b|\b(?:dropping|"
        r"falling) off me\b",
        r"\b(?:\d+|a|two|three|half a)\s*(?:kg|kgs|kilos?|pounds|lbs?|stones?|st)\s+lighter\b"),
     "unless": _DELIBERATE, "unless_anywhere": _DELIBERATE_STATED},
)
