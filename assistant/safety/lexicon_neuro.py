"""Nerve signs: cauda equina, leg weakness, foot drop, numbness (normalised, first-person text)."""

from __future__ import annotations

_BUM = (r"(?:bum|butt|bottom|backside|arse|ass|anus|back passage|rectum|perineum|taint|groin|"
        r"genitals?|genital area|privates?|private (?:parts|area|bits)|crotch|down there|"
        r"saddle(?: area| region)?|(?:my|their|his|her) bits|down below|old fella|todger"
        r"|between (?:my|the) legs|inner thighs?|insides? of (?:my |the |both )?thighs|vagina|vulva|labia|"
        r"clitoris|penis|willy|testicles?|balls|scrotum|nether regions?|undercarriage|"
        r"(?:both )?buttocks|bum cheeks|butt cheeks|sit bones|(?:lady |man |private |nether )bits|"
        r"(?<=my )bits|(?:the (?:bit|area|part|patch|place) )?(?:right )?where i sit)")
_NUMB = (r"(?:numb(?:ness|ed)?|tingl(?:e|es|ing)|pins and needles|no feeling|no sensation|"
         r"lost (?:all )?(?:the )?(?:feeling|sensation)|loss of (?:feeling|sensation)|"
         r"reduced (?:feeling|sensation)|altered (?:feeling|sensation)|dead|asleep|an?a?esthesia|"
         r"frozen|like ice|"
         r"feels? (?:weird|strange|odd|funny|different|wrong|like (?:cotton|rubber|cardboard)))")
_FEEL_NOT = (r"(?:can't|couldn't|don't|didn't|barely|hardly|no longer)\s+(?:really\s+|"
             r"properly\s+)?feel")
# not after a crash, a fall or a blow
NOT_BY_FORCE = (r"^(?!.*\b(?:crash\w*|accident|collision|airbag|fell(?! asleep)|fall(?! asleep)|thrown|hit|knocked)\b)")
# a seat or a position the numbness came from
PRESSURE_SEAT = (r"\b(?:sat|sitting|seat|seated|chair|bench|pew|bleachers?|bike|cycl\w*|ride|riding|saddle|"
                 r"drive|driving|drove|flight|plane|toilet|loo|cross[- ]?legged|legs crossed|kneel\w*|knelt|squat\w*|"
                 r"crouch\w*|wheel|cab|fell asleep|falling asleep|slept (?:on|in)|lying on|lay on|wall|"
                 r"stood up|stand up|standing up|got up)\b")
# the feeling back, or the numbness gone
PRESSURE_BACK = (r"(?:\b(?:feeling|sensation)\s+(?:\w+\s+)?(?:came|comes|come|returned)\s+back|"
                 r"\b(?:feeling|sensation)(?:'s| is| was)? (?:all |totally |completely )?back\b|"
                 r"(?<!n't )(?<!not )\b(?:it's|its|it is|it was|that's|all|they're|they are) (?:all )?fine now\b|"
                 r"\b(?:was|were|all) (?:all )?gone (?:by|after|within|in)\b|"
                 r"\b(?:came|comes) back (?:\w+ ){0,3}(?:as soon as|when|once|after|within|straight)|"
                 # "it's gone a few minutes after I walk round"
                 r"(?<!n't )(?<!not )\bgone (?:\w+ ){0,4}(?:after|once|when|as soon as) (?:i|he|she|we"
                 r"|they) (?:stand|stood|"
                 r"walk\w*|move\w*|get up|got up|get off|got off|stretch\w*)\b|"
                 r"(?<!n't )(?<!not )(?<!never )\b(?:went|goes|wore|wears) (?:away|off)\b|\bback to normal\b"
                 r"|(?<!n't )(?<!not )(?<!never )\bsorted (?:itself|themselves) out\b"
                 # "it was fine once I stood up": a change of position ended it
                 r"|(?<!n't )(?<!not )\b(?:was|were|is|are|went|got) (?:all )?(?:fine|ok|okay|normal|better) "
                 r"(?:again )?"
                 r"(?:once|as soon as|after|when|the minute|the moment) (?:i|he|she|we|they) (?:stood|got up|moved|"
                 r"walked|shifted|stretched|changed position)\b"
                 r"|^\W*(?:it's|its|it is|that's|thats|all) (?:all )?gone(?: now)?\b)")
# Numb from a hard seat or a long ride, and the feeling came back when they got up: not a red flag.
PRESSURE_GONE = NOT_BY_FORCE + rf"(?=.*{PRESSURE_SEAT})(?=.*{PRESSURE_BACK})"
# Straining with constipation (common on codeine) and nothing about control or feeling: not cauda equina.
_CONSTIPATED = (r"^(?=.*\b(?:constipat\w*|bunged up|haven't (?:pooed|been for a poo|had a poo|opened my bowels)|"
                r"like concrete|like (?:rocks|a rock)|rock hard)\b)"
                r"(?!.*\b(?:wet|leak\w*|peed|weed|soil\w*|accident|control|numb\w*|"
                r"can't feel|cannot feel|didn't (?:know|notice|feel)|no feeling)\b)")
_NO_AND = r"(?:(?!\band\b|\bbut\b)[^.,]){0,25}?"
_LEG = r"(?:legs?|foot|feet|toes?|thighs?|calf|calves|shins?|ankles?|heels?|knees?)"
_NUMB_CORE = (r"(?:numb\w*|tingl\w*|pins and needles|no feeling|reduced (?:feeling|sensation)|"
              r"altered sensation|loss of sensation|dead feeling|burning|electric)")
_PAIN_LIMITED = (r"\b(?:pain|painful|hurts?|hurting|agony|sore|too much|because|spasm\w*|far|"
                 r"for long|long|properly|straight|upright|without (?:pain|stopping))\b")

# A sentence that names one side only ("down my left leg") is not sciatica in both legs.
_ONE_SIDE = (r"|^(?!.*\b(?:both|each|either|all|other)\b)(?!.*\bleg (?:too|as well)\b(?! much))(?!.*\bleft\b.*\bright\b)"
             r"(?!.*\bright\b.*\bleft\b).*\b(?:left|right|one)\s+(?:leg|side|thigh|calf|buttock|foot)\b")
_NOT_IDIOM = (r"(?!\s+(?:on|for|up straight|straight|upright|the|it|this|him|her|them|being|people|"
              r"still|around|in|very|much|more|too))")

SIGNS: tuple[dict[str, object], ...] = (
    {"name": "saddle_numbness", "patterns": (
        rf"\b(?:numb\w*|dead)\b[^.]{{0,30}}\band so (?:has|is|does) (?:my |the )?(?:whole |entire )?{_BUM}\b",
        r"\bwip\w*\b[^.]{0,40}\b(?:someone|somebody) else's\b",
        rf"\b(?:didn't|doesn't|don't|did not|does not)\s+(?:even\s+)?(?:react|flinch|notice|respond|feel)\b[^.]{{0,30}}"
        rf"\b(?:between (?:my|her|his|the) legs|{_BUM})\b",
        rf"\b{_NUMB}\b{_NO_AND}\b(?:in|around|on|of|down|across|at|round)?\s*(?:my |the )?{_BUM}\b",
        rf"\b{_BUM}\b{_NO_AND}\b(?:is|are|feels?|felt|went|gone|has gone|have gone|going|been|"
        rf"keeps?|getting|got)?\s*(?:all |a bit |really |totally |completely |kind of |sort of |"
        rf"so |quite |very |gone )?{_NUMB}",
        rf"\b{_FEEL_NOT}\b(?:(?!\band\b)[^.]){{0,40}}\b(?:wip(?:e|es|ed|ing)|toilet (?:paper|roll|seat)|"
        rf"{_BUM})\b",
        r"\bwip(?:e|es|ed|ing)\b[^.]{0,30}\b(?:numb\w*|can't feel|don't feel|no feeling|feel nothing|"
        r"(?:feels?|felt) (?:weird|strange|odd|funny|different|numb|like nothing|dead"
        r"|like (?:it was |it's )?someone else's)"
        r"|nothing there)",
        r"(?<!if )(?<!whether )\b(?:i have|i've got|diagnosed with|i think i (?:have|'ve got)|"
        r"i might have|i may have|could (?:this|it) be|might (?:this|it) be|is (?:this|it)|"
        r"sounds like)\s+(?:a\s+)?(?:cauda equina|ces)\b"),
     # one buttock is sciatica, not the saddle, unless wiping feels wrong there
     "unless": r"^(?!.*\bwip\w*).*\b(?:left|right|one) (?:buttock|bum cheek|butt cheek|side of my bum)\b"
               r"|^(?!.*\bwip\w*).*\b(?:left|right|one) leg\b[^.]{0,30}\bfrom (?:my |the )?(?:bum"
               r"|buttock|backside|hip)\b|"
               + PRESSURE_GONE},
    {"name": "bladder_change", "patterns": (
        r"\b(?:haven't|not|hasn't) had a (?:slash|piss|pee|wee|leak|whizz|tinkle)\b"
        r"|\b(?:busting|desperate|bursting)\b[^.]{0,30}\bnothing (?:comes|came|will come|coming) out\b"
        r"|\b(?:press|push|pressing|pushing) on (?:my )?(?:belly|tummy|stomach|bladder"
        r"|lower tummy) to (?:get|make|start)\b",
        r"\b(?:not|isn't|doesn't seem|didn't seem|don't seem|wasn't"
        r"|without being) (?:\w+ )?aware (?:that )?(?:i've|i'm|i|"
        r"she's|he's) (?:gone|wet|been|done it|leaked)\b|\bhaven't (?:pu'd|passed urine|pu)\b|\b\?\s*retention\b",
        r"\b(?:can't|couldn't|don't|didn't|can not|barely|hardly)\s+(?:really\s+|properly\s+)?(?:feel|tell)\s+"
        r"(?:the (?:stream|flow)|(?:myself|it) (?:pee|wee|peeing|weeing|coming out|come out)"
        r"|when i'm (?:peeing|weeing)|"
        r"if i'm (?:peeing|weeing))\b|\bhad to look (?:down )?to (?:check|see)\b",
        r"\b(?:finding|found|find|notic\w+) my (?:boxers|pants|underwear|knickers|briefs|trousers|jeans|shorts|"
        r"undies|jocks) (?:\w+ )?(?:damp|wet|soaked)\b|\bmy (?:boxers|pants|underwear|knickers|briefs|trousers|"
        r"jeans|shorts|undies|jocks) (?:are|were|is|was|keep|keeps|being) (?:\w+ )?(?:damp|wet|soaked)\b",
        r"\b(?:peed|weed|wet|pee|wee|peeing|weeing|wetting|wetted|leaked|leaking|leak|soaked)\s+"
        r"(?:myself|my (?:pants|trousers|knickers|underwear|jeans|bed|self|shorts))\b",
        r"\b(?:lost|losing|lose|loss of)\s+(?:any\s+|all\s+)?(?:control\s+(?:of|"
        r"over)\s+)?(?:my\s+)?"
        r"(?:bladder|pee|wee|urine)\b",
        r"\b(?:no|poor|zero|without)\s+(?:(?:any|real)\s+)?(?:control (?:of|"
        r"over) (?:my )?(?:bladder|pee|"
        r"wee|urine)|(?:bladder|pee|wee|urine) control)\b",
        r"(?<!stress )\bincontinen(?:ce|t)\b(?! pads? for years)",
        r"\b(?:have to|having to|had to|got to|need to|needing to|must)\s+(?:really\s+)?"
        r"(?:push|strain|force|squeeze)\w*\s+(?:\w+\s+)?(?:to\s+)?(?:pee|wee|go|start|get)",
        r"\b(?:bear|bearing|push|pushing|strain\w*) down (?:\w+ ){0,2}to (?:get (?:anything|any|it)|pee|wee|start)\b"
        r"|\b(?:didn't|don't|doesn't|no longer|haven't|never) (?:\w+ )?(?:get|got|have|had|feel"
        r"|felt) the (?:usual |normal )?"
        r"(?:feeling|urge|sensation) (?:of |that i )?(?:needing|need|needed|want\w*) to (?:go|pee|wee)\b",
        r"\b(?:can't|couldn't|unable to|not able to|struggl\w* to|struggling|hard to|difficult to|"
        r"trouble|difficulty|problems?|issues?)\s+(?:to\s+|with\s+|when\s+)?(?:\w+\s+)?(?:pee|"
        r"peeing|"
        r"wee|weeing|pass(?:ing)? (?:urine|water)|empty(?:ing)? my bladder|start(?:ing)? (?:to |my |a )?"
        r"(?:pee|wee|the flow|peeing|weeing|stream)|stop(?:ping)? (?:my )?(?:peeing|weeing|the flow|pee|wee))\b",
        r"\b(?:haven't|hasn't|not|didn't)\s+(?:been able to\s+)?(?:peed|weed|pee|wee|had a (?:pee|"
        r"wee)"
        r"|passed (?:urine|water)|been for a (?:pee|wee))\s+(?:since|for|all|in)\b",
        r"\b(?:can't|don't|didn't|couldn't|no longer)\s+(?:\w+\s+)?(?:feel|tell|know|sense|"
        r"notice)\w*"
        r"\s+(?:when|if|that)\s+(?:i\s+)?(?:need|have|want|am|i'm|i've)?\s*(?:to\s+|a\s+)?(?:pee|"
        r"wee|"
        r"peeing|weeing|full|go|the toilet)\b",
        r"\b(?:leak\w*|dribbl\w*)\s+(?:\w+\s+)?(?:pee|wee|urine)\b|\b(?:pee|wee|"
        r"urine)\s+(?:keeps\s+)?"
        r"(?:leak\w*|dribbl\w*)\b",
        r"\b(?:peed|weed|pee|wee|peeing|weeing|leak\w*)\b[^.]{0,25}\b(?:without|didn't|not)\s+"
        r"(?:even\s+)?(?:notic|realis|realiz|feel|know)",
        r"\bbladder\b[^.]{0,20}\b(?:numb\w*|not working|won't empty|doesn't empty|isn't emptying|"
        r"feels? (?:full|weird|different|strange|numb)|changed|gone funny|problems?|issues?|"
        r"weird|retention|control)\b",
        r"\b(?:bladder|urinary)\s+(?:problems?|issues?|retention|changes?|dysfunction|incontinence|"
        r"weakness|trouble|leak\w*)\b",
        r"\b(?:can't|couldn't)\s+(?:hold|control)\s+(?:it in|my (?:bladder|pee|wee|urine)|(?:my )?"
        r"(?:pee|wee))\b",
        r"\baccidents? in (?:my|the) (?:pants|trousers|knickers|bed)\b",
        r"\b(?:had to have|needed|put in|got)\s+a\s+catheter\b",
        r"\b(?:ages|forever|a long time)\s+to\s+(?:get\s+)?(?:any\s+|the\s+|my\s+)?(?:wee|pee)\b"
        r"|\bto get (?:any|the|my) (?:wee|pee) (?:out|to come|going|started)\b",
        r"\b(?:trousers|pants|knickers|underwear|jeans|bed|sheets)\s+(?:were|was|are|is|got|keeps? "
        r"being)?\s*(?:all\s+|soaking\s+|a bit\s+)?(?:wet|damp)\b|\b(?:wet|damp) (?:trousers|pants|"
        r"knickers|underwear|the bed)\b",
        r"\b(?:haven't|hasn't|not|didn't)\s+(?:needed|wanted|felt the need|had the urge|"
        r"had any urge)\s+"
        r"(?:to\s+|for\s+)?(?:a\s+)?(?:wee|pee)\b",
        r"\b(?:wee|pee|urine)\s+(?:won't|doesn't|isn't|will not)\s+(?:come|start|flow)\b",
        r"\b(?:dribbl\w*|leak\w*|wee\w*|pee\w*)\b[^.]{0,15}\b(?:in|into) (?:my )?(?:pants|trousers|knickers|underwear|"
        r"boxers|jeans)\b",
        # "haven't needed to go since this morning ... when I try hardly anything happens"
        r"\bwhen i try\b[^.]{0,20}\b(?:hardly|barely|nothing|not much)\b[^.]{0,15}\b(?:happens|comes|comes out)\b"
        r"|\b(?:haven't|hasn't|not) (?:needed|wanted|had the urge) to go\b(?=.*\b(?:drunk|drinking|drank|fluids)\b)"),
     "unless": r"\bbladder control (?:is |has been |feels |seems )?(?:fine|normal|ok|okay|good|all good|perfect)\b|"
               r"\b(?:full|normal|good) (?:bladder )?control\b|"
               r"\b(?:when|if) i (?:sneeze|cough|laugh|jump|run)\b.*\b(?:always|for years|years ago|since "
               r"(?:having |i had |my )?(?:\w+ )?(?:kids|baby|babies|children|pregnancy|birth|childbirth))"
               r"|\bbladder infection\b"
               # a shy bladder at urinals, dribbling after a wee for years: long-standing, not new
               r"|\b(?:urinals?|shy bladder|paruresis|public toilets?|hot water bottle|water bottle|spilt|spilled)\b|"
               r"\bno (?:problems?|issues?|trouble|difficulty|dramas?) (?:with |when |passing "
               r"|going )?(?:my |the )?(?:pee\w*|"
               r"wee\w*|urin\w*|water|bladder|waterworks|toilet|loo|dunny|going to the toilet)\b"
               r"|\bafter-? ?dribbl\w*|\bdribbl\w* after (?:i |you )?"
               r"(?:pee|wee|finish)\w*|" + _CONSTIPATED},
    {"name": "bowel_change", "patterns": (
        r"\b(?:can't|couldn't|don't|didn't)\s+(?:\w+\s+)?tell (?:if|whether|when) (?:i'd|i had|i've|i|they'd|"
        r"he'd|she'd) (?:\w+ )?(?:farted|passed wind|pooed|pooped|followed through|soiled|gone|been)\b"
        r"|\bfarted or followed through\b",
        r"\b(?:pooed|pood|soiled|messed|shat|shit|pooing|soiling)\s+(?:myself|my (?:pants|trousers|"
        r"knickers|underwear|bed))\b",
        r"\b(?:lost|losing|lose|loss of)\s+(?:any\s+)?(?:control\s+(?:of|over)\s+)?(?:my\s+)?"
        r"(?:bowels?|poo|stools?|back passage)\b",
        r"\b(?:no|poor|zero|without)\s+(?:(?:any|real)\s+)?(?:control (?:of|"
        r"over) (?:my )?(?:bowels?|poo)"
        r"|(?:bowel|poo) control)\b",
        r"\b(?:bowel|faecal|fecal)\s+(?:incontinence|control|accidents?|leak\w*|problems?|issues?|"
        r"changes?|numb\w*|dysfunction)\b",
        r"\b(?:can't|don't|didn't|couldn't)\s+(?:\w+\s+)?(?:feel|tell|know|notice)\w*\s+(?:when|if)"
        r"\s+(?:i\s+)?(?:need|have|am|i'm)?\s*(?:to\s+)?(?:poo|pooing|open my bowels|"
        r"pass (?:a )?stool)",
        r"\b(?:can't|couldn't)\s+(?:hold|control)\s+(?:my )?(?:poo|bowels?)\b",
        r"\b(?:not|no|don't|doesn't|didn't|can't|couldn't) (?:feel|know|notice)\w*\b[^.]{0,25}\b(?:number two|poo\w*|"
        r"bowels?|open my bowels)\b"
        r"|\b(?:make|made|making|makes) (?:a )?mess (?:in|of) (?:my )?(?:trousers|pants|underwear|knickers|bed)\b"),
     "unless": _CONSTIPATED},
    {"name": "sexual_change", "patterns": (
        r"\b(?:can't|couldn't|unable to|trouble|problems?|difficulty)\s+(?:\w+\s+)?(?:get(?:ting)?|"
        r"keep(?:ing)?|maintain\w*|have|having)\s+(?:an?\s+)?(?:erection|hard[- ]?on|it up)\b",
        r"\b(?:erection|erectile)\s+(?:problems?|issues?|dysfunction|gone|stopped|changes?)\b",
        r"\b(?:sex|intercourse|orgasm)\b[^.]{0,25}\b(?:numb\w*|can't feel|feels? (?:different|numb|"
        r"nothing|weird))",
        r"\bcan't (?:feel|reach|have) (?:an? )?orgasm")},
    {"name": "bilateral_sciatica", "patterns": (
        r"\b(?:going|gone|started|spread\w*|shooting|down|into)\b[^.]{0,30}\b(?:my )?(?:other|left"
        r"|right) leg (?:too|as well)\b(?! much)",
        r"\b(?:pain|sciatica|shoot\w*|burning|aching|ache|tingl\w*|numb\w*|pins and needles|"
        r"electric\w*|shocks?|cramp\w*|going|gone|goes|moved|spread\w*|travel\w*|radiat\w*)\b[^.]{0,25}\b(?:down|"
        r"in|into|through|along|to)\s+(?:the (?:backs?|fronts?|sides?|outsides?|insides?) of\s+)?(?:both|my two|"
        r"each of my)\s+(?:of\s+)?(?:my\s+)?(?:legs?|sides?|thighs|calves|buttocks)\b",
        r"\bboth (?:of my )?(?:legs|thighs|calves)\b[^.]{0,20}\b(?:hurt\w*|ache|aching|pain|"
        r"shoot\w*|"
        r"tingl\w*|numb\w*|burn\w*|sciatica|pins)",
        r"\bnumb\w*\b[^.]{0,10}\bfrom the (?:waist|hips?|belly button) down\b|\bfrom the (?:waist"
        r"|hips?) down\b[^.]{0,15}"
        r"\b(?:numb\w*|dead|no feeling|tingl\w*)|"
        r"\bsciatica\b[^.]{0,15}\b(?:both legs|both sides|each leg|bilateral)\b|"
        r"\bbilateral sciatica\b",
        r"\bmy legs\s+(?:are|both|have|keep|feel)?\s*(?:\w+\s+)?(?:tingl\w*|numb\w*|"
        r"pins and needles|"
        r"going numb|gone numb)"),
     "unless": r"\b(?:alternat\w+|switch\w*|swaps?|one side then the other|side to side)\b"
               # both legs aching after a leg workout (no numbness or shooting pain) is muscle soreness
               r"|^(?!.*\b(?:numb\w*|tingl\w*|shoot\w*|electric|pins)\b).*\b(?:leg day|squats?|lunges|deadlifts?|"
               r"workout|doms|marathon)\b"
               + _ONE_SIDE},
    {"name": "legs_weak", "patterns": (
        r"\b(?:both|my)\s+legs\b(?:(?!\band\b|n't\b|\bnot\b|\bnever\b)[^.,]){0,30}?\b(?:weak\w*"
        r"|like jelly|jelly|wobbl\w*|"
        r"gave way|giving way|give way|gives way|buckl\w*|collaps\w*|useless|dead|floppy|fold\w*|"
        r"(?:won't|wouldn't|would not|didn't) (?:work|hold|move|support|carry)|don't work|stopped working|not working|"
        r"aren't working|can't (?:hold|support|carry) me|went from under me|gone)\b",
        r"\bweak(?:ness)?\b[^.]{0,15}\b(?:in|of)\s+(?:both\s+|my\s+)?(?:legs|both)\b",
        r"^(?:and |now |but )?(?:my |both |the |both my )?legs (?:have |are |have gone |gone "
        r"|going |went |feel |feeling )?"
        r"(?:all |really |so )?(?:weak\w*|like jelly|to jelly)\b",
        r"\bbilateral (?:leg|legs|lower limb) weakness\b|\b(?:can't|cannot|couldn't|can barely|can hardly) (?:really )?"
        r"(?:get|lift|raise) (?:either|both) (?:one|foot|feet|leg|legs)\b"
        r"|\bneither leg (?:will|would|can|could) (?:hold|support|take)\b",
        r"\b(?:legs?|foot|feet)\b[^.]{0,20}\b(?:getting|becoming|gone|grown)\s+(?:weaker|"
        r"more weak)",
        r"\b(?:legs?|foot|feet)\b[^.]{0,20}\bweak\w*\b[^.]{0,30}\b(?:by the hour|every hour|"
        r"hour by hour|quickly|fast|rapidly|in hours|over hours|since this morning|overnight|"
        r"spreading|getting worse|worse)\b",
        r"\bweak\w*\b[^.]{0,12}\blegs?\b[^.]{0,30}\b(?:by the hour|every hour|hour by hour|"
        r"quickly|fast|rapidly|in hours|over hours|since this morning|overnight|getting worse)\b",
        r"\bparalys(?:ed|is)\b",
        r"\b(?:can't|couldn't|unable to)\s+(?:move|lift|feel)\s+(?:both|either|my)\s+(?:legs|"
        r"feet)\b",
        r"\bdragging (?:both|my) (?:legs|feet)\b|\bkeep (?:falling|collapsing)\b",
        r"^(?:now |and )?they (?:won't|don't|can't|will not) (?:move|work|hold me|support me)\b"
        r"|^(?:now |and |but )?they (?:both )?(?:feel|are|are getting|feel really|are really|have gone) weak\w*\b",
        r"^(?:now |and |but )?they(?:'re| are)?\s+(?:just\s+)?(?:keep\s+)?(?:giving way|give way|"
        r"gave way|buckl\w*|collaps\w*|giving out|gave out)\b",
        # one leg and then the other ("my left leg and now my right keep buckling")
        r"\b(?:left|right) (?:leg|one) and (?:now |then |also |today )?(?:my |the )?(?:right|left)(?: one| leg)?\b"
        r"[^.]{0,25}\b(?:weak\w*|buckl\w*|gave way|giving way|give way|gives way|giving out|gave out|collaps\w*|"
        r"won't (?:hold|take) me)",
        r"^(?:and |but )?(?:now|then|also|today) (?:my |the )?(?:right|left|other)(?: one| leg)?(?: too| as well)? "
        r"(?:keeps? |has |have |is |are |started |starting |going |gone )?(?:\w+ )?(?:buckl\w*|giving way|gave way|"
        r"give way|giving out|gave out|collaps\w*|weak\w*)",
        r"\b(?:both|my)\s+legs\b[^.]{0,20}\bheavy\b[^.]{0,40}\b(?:wobbl\w*|unsteady|walk\w*|wading|mud|lead|stairs|feet)\b"
        r"|\b(?:both|my)\s+legs\b[^.]{0,50}\b(?:heavy and useless|useless and heavy"
        r"|belong to (?:somebody|someone) else)\b"
        r"|\b(?:thighs|legs|knees)\b[^.]{0,20}\b(?:wouldn't|won't|couldn't|can't|don't) (?:push|lift|hold|get) me\b"
        r"(?=.*\b(?:both|each|either)\b|.*\bdrag(?:ged)? myself\b)"
        r"|^(?:and |now |but )?(?:they|both|they both|both of them)\b[^.]{0,20}\b(?:heavy|like lead)\b[^.]{0,30}"
        r"\b(?:walk\w*|wading|mud|stairs)\b",
        r"\b(?:the |my )?(?:right|left|other) (?:one|leg)(?:'s| has| is)? (?:now |also )?(?:started |starting |gone |"
        r"going |getting )+(?:\w+ )?(?:heavy|weak\w*|buckl\w*|giving way"
        r"|giving out)\b[^.]{0,10}\b(?:too|as well|also)\b"),
     "unless": r"\bsleep paralysis\b|\bleg day\b|\bafter (?:the gym|a workout|working out|running|"
               r"a run|exercise|exercising|squats|training|a long (?:walk|run|hike|day))\b"
               # fear of ending up paralysed is not paralysis ("horror stories about people ending up paralysed")
               r"|\b(?:stories|online|articles?|people|read|reading|heard|afraid|scared|terrified|worried|worry|fear\w*|"
               r"end up|ending up)\b[^.]{0,40}\bparalys\w*"
               # furniture giving way ("the CHAIR legs gave way")
               r"|\b(?:chair|table|stool|bed|sofa|couch|ladder|bench|desk|deckchair|trestle)(?:'s)? legs?\b"},
    {"name": "cant_walk", "patterns": (
        r"\b(?:i|i'm|me)\s+(?:\w+\s+)?(?:can't|couldn't|unable to|not able to|no longer able to)\s+"
        r"(?:walk|stand|stand up|get up|weight[- ]bear|bear weight)\b" + _NOT_IDIOM,
        r"^(?:suddenly |now |today )?(?:can't|couldn't|unable to|not able to)\s+(?:walk|stand)\b"
        + _NOT_IDIOM,
        r"\b(?:can't|couldn't|unable to)\s+get (?:up |out )?(?:of|off|from) (?:my |the "
        r"|a )?(?:chair|seat|sofa|couch|toilet|loo)"
        r"\b[^.]{0,10}\b(?:by myself|on my own|without help|unaided)\b"),
     "unless": _PAIN_LIMITED},
    {"name": "leg_weak", "patterns": (
        r"\b(?:my |the |one |left |right )(?:left |right )?leg\b(?:(?!\band\b)[^.,]){0,20}?\b"
        r"(?:weak\w*|gave way|giving way|give way|gives way|buckl\w*|collaps\w*|useless|"
        r"won't (?:work|hold|move|support)|doesn't work|isn't working|stopped working|not working|"
        r"floppy|like jelly|won't do (?:what|as) i (?:tell|want|ask)|won't listen|doesn't listen|"
        r"won't do anything|won't lift|can't lift)",
        r"\bweak(?:ness)?\b[^.]{0,15}\b(?:in|of)\s+(?:my\s+)?(?:left |right |one )?(?:leg|foot|"
        r"ankle|"
        r"thigh|calf)\b",
        r"\bweak (?:left |right )?(?:leg|foot|ankle|thigh)\b|\b(?:leg|foot|ankle) weakness\b",
        r"\bleg\s+(?:feels?|felt|is|are|was|were|went|goes|gone|has gone|keeps?|getting|going|"
        r"giving)\s+"
        r"(?:\w+\s+)?(?:weak\w*|out|way)\b",
        r"\bleg\b[^.]{0,15}\bgetting weaker\b",
        r"^(?:and )?(?:it is|it's|it feels|it has gone|it's gone) (?:very |so |really )?weak\b",
        r"\bleg\b[^.]{0,60}\b(?:can't|cannot|can barely|can hardly|barely|hardly|struggl\w* to)\s+(?:lift|move|raise|"
        r"bend|straighten)\s+(?:it|that leg|the leg)\b",
        r"^(?:now |and )?it (?:won't|doesn't|can't|will not|isn't) (?:hold me|support me|"
        r"take my weight|holding me)\b")},
    {"name": "weakness_worsening", "patterns": (
        r"\b(?:weak\w*|gave way|giving way|giving out)\b[^.]{0,35}\b(?:by the hour|every hour|"
        r"hour by hour|rapidly|quickly|in hours|over (?:a few |the last few |the )?hours|"
        r"since (?:this morning|i (?:got|woke) up)|overnight)\b",
        r"\b(?:by the hour|hour by hour|since (?:this morning|i (?:got|woke) up)|overnight)\b[^.]{0,35}"
        r"\bweak\w*",
        r"\bweaker and weaker\b|\bweaker (?:by|every) (?:the )?(?:hour|minute)\b",
        r"^(?:and |now )?(?:it|it's|its|this|that)\b[^.]{0,20}\b(?:worse|weaker)\b[^.]{0,15}"
        r"\b(?:by the hour|hour by hour|every hour|in hours|over (?:a few )?hours)\b")},
    {"name": "foot_drop", "patterns": (
        r"\bfoot\b[^.]{0,40}\b(?:can't|cannot|can not) (?:lift|raise|pick) (?:it|my foot|the foot)(?: up)?\b",
        r"\bfoot ?drop\b|\bdrop ?foot\b",
        r"\bfoot\b[^.]{0,15}\b(?:slap\w*|flop\w*|drag\w*|dropp\w*|floppy|scuff\w*)\b",
        r"\b(?:foot|toes)\b[^.]{0,10}\b(?:won't|doesn't|can't|isn't|don't) (?:lift|come up|go up|"
        r"raise|"
        r"pull up)\b",
        r"\b(?:catch\w*|trip\w* (?:over|on)|stub\w*|scuff\w*|drag\w*)\s+(?:on\s+)?my\s+(?:toes|"
        r"foot)\b",
        r"\btoes?\b[^.]{0,10}\b(?:catch\w*|drag\w*|scuff\w*)\b",
        r"\b(?:can't|couldn't|unable to|struggl\w* to|hard to)\s+(?:\w+\s+)?(?:lift|raise|pull up|"
        r"point|flex|bend up|walk on|stand on)\s+(?:my\s+)?(?:left |right )?(?:foot|toes|big toe|"
        r"heels?|"
        r"tiptoes?|ankle)\b")},
    {"name": "spreading_numbness", "patterns": (
        r"\b(?:numb\w*|tingl\w*|pins and needles)\b[^.]{0,25}\b(?:spreading|spread|creeping|"
        r"moving (?:up|down)|getting worse|worsening|growing|going (?:up|further|higher)|"
        r"travell?ing up|more and more)\b",
        r"\b(?:spreading|worsening|increasing|growing|creeping)\s+(?:numb\w*|tingl\w*|pins)\b",
        r"\b(?:first|at first) (?:only |just )?(?:the |my |in my )?(?:foot|toes?)\b[^.]{0,40}\b(?:now|then)\b[^.]{0,25}"
        r"\b(?:up to|to|into) (?:the |my )?(?:knee|thigh|calf|shin|hip)\b",
        # "was in my foot but now it's gone all the way up to my thigh and it's numb"
        r"^(?=.*\b(?:numb\w*|tingl\w*|pins|no feeling)\b).*\b(?:gone|spread|moved|crept|travelled|traveled|now)\b"
        r"[^.]{0,15}\b(?:all the way |right )?up (?:to|into) (?:my |the )?(?:thigh|knee|hip|calf|shin|groin)\b",
        r"\bnumb\w*\b[^.]{0,30}\b(?:getting|grown|growing|got) (?:bigger|larger|wider)\b",
        r"\bcan't feel (?:my )?(?:left |right )?(?:foot|leg|toes|shin|calf)\b",
        r"\b(?:it's|it is|now|and) (?:going|moving|spreading|creeping|travell?ing) (?:up|down|into|"
        r"further)\b",
        r"\b(?:was|started) (?:just |only )?(?:in )?(?:the|my) (?:foot|feet|toes|ankle|heel)\b[^.]{0,15}\bnow\b"
        r"[^.]{0,20}\b(?:up to|reached|into|in|spread to|going up to|past) (?:my |the )?(?:knee"
        r"|calf|shin|thigh|hip)s?\b",
        r"^(?:and |but )?now (?:it's|its|it is|it has|it's gone|it has gone|the numbness is) (?:\w+ )?(?:up to|reached|"
        r"into|spread to|going up to|past) (?:my |the )?(?:knee|calf|shin|thigh|hip)s?\b",
        # a band of numbness round the trunk: a level on the spinal cord
        r"\b(?:band|belt|strip|line|ring) of (?:numb\w*|tingl\w*|pins and needles"
        r"|no feeling)\b[^.]{0,30}\b(?:round|around|"
        r"across) (?:my |the |his |her )?(?:tummy|belly|stomach|chest|waist|middle|body|ribs|trunk)\b",
        r"\b(?:numb\w*|tingl\w*) (?:band|belt|strip|ring)\b"),
     "requires": r"\b(?:numb\w*|tingl\w*|pins and needles|can't feel|no feeling)\b"},
    {"name": "leg_numb", "patterns": (
        r"\b(?:both hands|hands|arms?)\b[^.]{0,25}\b(?:tingl\w*|numb\w*|pins and needles)",
        rf"\b{_LEG}\b[^.]{{0,12}}\bi (?:cannot|can't|can not) (?:really |properly )?feel\b",
        rf"\b{_LEG}\b[^.]{{0,6}}\b(?:cannot|can't|can not) (?:really |properly )?feel (?:it|them|anything)\b",
        rf"\b{_NUMB_CORE}\b[^.]{{0,20}}\b(?:in|down|into|on|through)\s+(?:my\s+)?(?:left |right |"
        rf"lower |upper )?{_LEG}\b",
        rf"\b{_LEG}(?:'s)?\s+(?:is|are|feels?|keeps?|goes|gone|going|has gone)?\s*(?:\w+\s+){{0,2}}"
        r"(?:numb\w*|tingl\w*|pins and needles|dead|asleep|sleeping)",
        r"\bnumb (?:leg|foot|feet|toes|thigh)\b|\bdead leg\b")},
    {"name": "leg_pain", "patterns": (
        r"\bsciatica\b|\bsciatic\b",
        rf"\b(?:pain|ache|aching|shooting|throbbing|cramp\w*|nerve pain|hurts?)\b[^.]{{0,20}}"
        rf"\b(?:down|in|into)\s+(?:my\s+)?(?:left |right |both )?{_LEG}\b",
        r"\b(?:legs?|thigh|calf)\s+(?:pain|hurts|aches)\b")},
)
