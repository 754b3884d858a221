"""How the pain behaves over time: night and constant pain, inflammatory pattern, not improving,
and the person's mood (self-harm)."""

from __future__ import annotations

_LONG = (r"(?:an hour|one hour|1 ?hr|1 ?hour|hours|\d+ hours|\d+ ?hrs|ages|all morning|till lunch|until lunch|midday|"
         r"a long time|"
         r"over an hour|(?:[3-9]\d|[1-9]\d\d)\s*(?:min|mins|minutes))")
_NSAID = (r"(?:ibuprofen|naproxen|anti-?inflammator\w*|nsaids?|diclofenac|celecoxib|etoricoxib|"
          r"advil|nurofen|aleve)")

# Medicines people name when they describe saving them up (a crisis plan, not a dose question).
MEDICINES = (r"(?:tramadol|codeine|co-?codamol|co-?dydramol|oxycodone|oxycontin|morphine|fentanyl|"
             r"paracetamol|acetaminophen|tylenol|ibuprofen|naproxen|gabapentin|pregabalin|diazepam|"
             r"valium|amitriptyline|sleeping (?:pills|tablets)|opioids|opiates|insulin|sertraline|"
             r"antidepressants)")

# Waking for another reason (the loo, a baby, pregnancy) with no pain word is not night pain.
_WAKER = (r"(?:loo|toilet|pee|wee|baby|babies|newborn|toddler|\d+ (?:month|week) old|feeds?|"
          r"feeding|pregnan\w*|snor\w*|dog|cat|noise|neighbou?rs?|shift work)")
_OTHER_WAKING = (r"|^(?!.*\b(?:pain|painful|hurt\w*|ache|aches|aching|agony|sore|throb\w*)\b)"
                 rf".*(?:\b(?:because|cause|cos|due to|it's|its|for|by|need|needing|to)\s+(?:of\s+)?"
                 rf"(?:\w+\s+){{0,3}}{_WAKER}\b|\b{_WAKER}\b[^.]{{0,20}}\bwak(?:es|ing)\b)"
                 # awake looking after someone ("up all night walking her up and down")
                 r"|\bup (?:all|half the|most of the) night (?:with|walking|feeding|nursing|rocking|looking after|"
                 r"settling|holding)\b")

SIGNS: tuple[dict[str, object], ...] = (
    {"name": "night_pain", "patterns": (
        r"\b(?:worse|worst|bad|terrible|unbearable|agony)\s+(?:at|during the|in the|through the)\s+"
        r"night\b|\bnight(?:time)? pain\b|\bpain (?:at|during the|through the) night\b",
        r"\b(?:hurts?|hurting|pain(?:ful)?|aches?|aching|sore|throbs?|"
        r"throbbing)\s+(?:\w+\s+)?(?:at|during "
        r"the|in the|through the)\s+night\b",
        r"\b(?:wakes?|waking|woke|wake)\s+(?:me\s+)?(?:up\s+)?(?:at night|in the night|every night|"
        r"during the night|from sleep|most nights|multiple times|several times|"
        r"with (?:the )?pain)\b",
        r"\b(?:pain|it|ache)\s+(?:\w+\s+)?(?:wakes?|woke|keeps waking)\s+me\b",
        r"\bcan't sleep\b[^.]{0,20}\b(?:pain|because|hurts)\b|\bpain\b[^.]{0,20}\bcan't sleep\b",
        r"\b(?:worse|hurts?(?: more)?|pain(?:ful)?|agony)\s+(?:when\s+(?:i'm\s+)?|"
        r"while\s+)?(?:lying "
        r"(?:down|still|flat|in bed)|at rest|resting|in bed)\b",
        r"\beven (?:at rest|when (?:i'm )?resting|lying (?:down|still)|in bed)\b",
        r"\b(?:agony|pain|hurts?|hurting|awful|terrible|unbearable)\s+(?:\w+\s+)?every night\b"),
     "unless": r"^(?!.*\b(?:nothing|never|doesn't|don't|not|no|isn't)\b)"
               r".*\b(?:better|eases?|easier|"
               r"relieves?|helps?) (?:when |while )?(?:i'm )?(?:lying|at rest|resting)" + _OTHER_WAKING
               # aching on waking that is gone once up and about: not pain through the night
               + r"|\b(?:fine|better|eases?|gone|loosens? up|ok|okay) (?:by|after|once"
                 r"|when) (?:breakfast|lunch|a shower|"
               r"i'm up|i get up|i get moving|i'm moving|moving|a walk|walking|a stretch)\b"
               # only when rolling over, or gone with a change of position or off a strange bed: mechanical
               + r"|\bonly (?:when|if) i (?:roll|turn|lie on|sleep on)\w*\b"
               r"|\b(?:shift|change position|turn over|roll over)"
               r"\w* and (?:\w+ )?(?:go|drop|get) back (?:off|to sleep)\b|\bturning over in bed\b"
               r"|\b(?:hotel|new|old|awful|friend's|mate's|spare|sofa) (?:bed|mattress)\b"
               # eased by getting up and moving: the inflammatory pattern, not the unremitting kind
               + r"|\b(?:get|getting|got) up and (?:walk|move|potter|stretch)\w*\b[^.]{0,30}\b(?:sorts|sorted|eases|"
               r"eased|helps|helped|fixes|fixed|better|goes)\b"},
    {"name": "constant_pain", "patterns": (
        r"\b(?:pain|it|ache)(?:'s\s+|\s+is\s+|\s+)(?:constant|there all the time|there 24/7|24/7|"
        r"non-?stop|"
        r"unrelenting|relentless)\b|\bconstant (?:pain|ache|aching)\b",
        r"\b(?:pain|it|ache)\s+never\s+(?:stops|eases|lets up|goes away|goes|settles)\b",
        r"\b(?:never|doesn't|won't|isn't|not)\s+(?:\w+\s+)?(?:stops|stop|eases|ease|lets up|let up|"
        r"goes away|go away|settle|settles)\b[^.]{0,25}\b(?:position|day or night|night or day|"
        r"whatever|matter what|even)\b",
        r"\bno (?:position|way of (?:lying|sitting))\b[^.]{0,20}\b(?:eases|helps|relieves|"
        r"comfortable|"
        r"works|better)\b|\bnothing eases it\b",
        r"\b(?:can't|couldn't)\s+get comfortable\b[^.]{0,20}\b(?:any|no matter|whatever|"
        r"position)\b",
        r"\bno matter (?:how|what|which way|which position|the position)\b[^.]{0,30}\b(?:pain|"
        r"hurts|"
        r"same|comfortable|eases)\b|\b(?:hurts|pain)\b[^.]{0,15}\bno matter (?:how|what|which)\b",
        r"\b(?:all day and all night|day and night|night and day|round the clock)\b",
        r"\b(?:no|doesn't|don't) matter (?:how|which way|what position|where|what way) i (?:lie|sit|"
        r"lay|position|stand)\b",
        r"\b(?:pain|it)(?:'s| is)? there (?:every second|every minute|all the time|constantly|"
        r"24/7)\b",
        r"\b(?:pain|hurts?|aches?|aching|sore)\b[^.]{0,25}\b(?:all the time|constantly|"
        r"non-?stop)\b")},
    {"name": "morning_stiffness", "patterns": (
        rf"\bstiff\w*\b[^.]{{0,40}}\b(?:morning|mornings|wake up|waking|get up|getting up|"
        rf"first thing)"
        rf"\b[^.]{{0,40}}\b{_LONG}",
        rf"\b(?:morning|mornings)\b[^.]{{0,20}}\bstiff\w*\b[^.]{{0,30}}\b{_LONG}",
        rf"\btakes? (?:me |my |him |her |them )?(?:about |around |over |at least |a good |nearly |almost )?{_LONG}"
        rf"(?: \w+){{0,4}} to "
        rf"(?:loosen|get going|get moving|limber|warm up|ease off)\b",
        rf"\bstiff\w*\b[^.]{{0,40}}\b(?:morning|mornings)\b[^.]{{0,60}}\btakes? (?:me )?(?:about |around |over |at least |"
        rf"a good )?{_LONG} (?:of \w+ )?(?:before|to|till|until)\b",
        rf"\bstiff\w*\b[^.]{{0,20}}\b(?:for|lasting|lasts)\s+(?:(?:well |way |much )?over |more than |"
        rf"about |at least )?"
        rf"{_LONG}",
        r"\bmorning stiffness\b")},
    {"name": "better_moving", "patterns": (
        r"\b(?:when|if) i (?:do )?(?:sport|exercise|training|train|move|walk|run|swim)\w* (?:it is"
        r"|it's|it gets|is) better\b"
        r"|\bbetter on (?:the )?days (?:when )?i (?:run|exercise|train|walk|move|swim|cycle|row|play)\b",
        r"\b(?:training|exercis\w*|moving|movement|walking|activity|sport|footy|football|gym|running|a run|swimming)\b"
        r"[^.]{0,25}\bmakes? it (?:\w+ ){0,2}(?:better|easier)\b",
        r"\b(?:better|eases|easier|improves|loosens|helps)\b[^.]{0,15}\b(?:with|after|when i|"
        r"once i|when i'm|once i'm|once i've|when i've|"
        r"if i)\s+(?:\w+\s+){0,3}?(?:exercis\w*|mov\w*|walk\w*|active|activity|get going|warm up|"
        r"gym|workout|training|swim\w*)\b",
        r"\b(?:exercis\w*|moving|movement|walking|activity|gym|training|sport|swimming|running|yoga)\s+(?:really\s+)?(?:helps|"
        r"makes it better|"
        r"eases it|improves it)\b",
        r"\bworse (?:with|after|when i|if i)\s+(?:rest\w*|sit still|keep still|stay still|"
        r"inactiv\w*)\b",
        r"\b(?:rest|resting)\s+(?:doesn't help|makes it worse|makes no difference)\b",
        r"\bnot (?:better|improved) (?:with|by) rest\b")},
    {"name": "early_waking", "patterns": (
        r"\b(?:wakes?|woken|waking|woke)\s+(?:me\s+)?(?:up\s+)?(?:in the )?(?:early hours|"
        r"second half "
        r"of the night|small hours|at [2-6]\s*(?:am|o'clock)|around [2-6]|before dawn)\b",
        r"\bhave to get up (?:and (?:walk|move)|to (?:walk|move))\b|\b(?:second half|"
        r"early hours) of "
        r"the night\b")},
    {"name": "alternating_buttock", "patterns": (
        r"\bone side then (?:the )?other(?: side)?\b[^.]{0,30}|\b(?:buttock"
        r"|bum)s?\b[^.]{0,30}\bone side then (?:the )?other\b",
        r"\b(?:alternat\w+|switch\w*|swap\w*|moves? from one side to the other|flips? sides|"
        r"changes? sides|one side then the other)\b[^.]{0,30}\b(?:buttock|bum|side|cheek|hip)s?\b",
        r"\b(?:buttock|bum|hip) pain\b[^.]{0,20}\b(?:alternat\w+|switch\w*|swaps?|"
        r"side to side)\b")},
    {"name": "nsaid_response", "patterns": (
        rf"\b{_NSAID}\b[^.]{{0,30}}\b(?:works? (?:wonders|brilliantly|really well|great|amazingly|a treat)|"
        r"really helps?|helps? (?:a lot|loads|massively|really well)|makes? a (?:big |huge )?"
        r"difference)\b",),
     "unless": r"\b(?:doesn't|don't|didn't|not|isn't|hasn't|barely|hardly)\b"},
    {"name": "extra_articular", "kind": "history", "patterns": (
        r"\b(?:psoria\w+|uveitis|iritis|crohn'?s|colitis|ibd|inflammatory bowel)\b",
        r"\b(?:red|sore|painful|inflamed) (?:\w+ )?eye\b[^.]{0,40}\b(?:eye hospital|eye clinic|ophthalmolog\w*|"
        r"steroid drops|eye drops)\b")},
    {"name": "spondyloarthritis", "kind": "history", "patterns": (
        r"\b(?:ankylosing spondylitis|axial spondyloarthritis|axspa|spondyloarthritis|"
        r"spondyloarthropathy|sacroiliitis)\b",)},
    {"name": "family_spondyloarthritis", "kind": "history", "owner": "family", "patterns": (
        r"\b(?:ankylosing spondylitis|axial spondyloarthritis|spondyloarthritis|psoria\w+|crohn'?s|"
        r"uveitis)\b",)},
    {"name": "not_improving", "patterns": (
        r"\b(?:not|isn't|hasn't|haven't|no|never)\s+(?:\w+\s+)?(?:getting (?:any )?better|"
        r"improv\w*|"
        r"got (?:any )?better|gotten (?:any )?better|easing|eased|settl\w*|going away|gone away|"
        r"shifting|budging)\b",
        r"\bno (?:better|improvement)\b|\bstill (?:not better|no better|not improving|"
        r"getting worse)\b",
        r"\b(?:zero|little|not much|hardly any|barely any|no real)\s+(?:improvement|progress|"
        r"change|difference)\b",
        r"\b(?:getting|got|gets)\s+(?:worse|progressively worse)\b|\bworse and worse\b",
        r"\bnothing (?:is )?(?:helping|helps|works|has helped|seems to help)\b|"
        r"\btried everything\b"),
     "unless": r"\b(?:numb\w*|tingl\w*|weak\w*)\b[^.]{0,15}\b(?:getting|got|gets)\s+worse"},
    {"name": "recurrent", "patterns": (
        r"\b(?:settles|goes|clears|eases)\b[^.]{0,30}\bthen\b[^.]{0,15}\b(?:it's|it is) back again\b",
        r"\bkeeps? (?:coming back|recurring|returning|happening|flaring)\b|\bkeeps going(?! on (?:about|at))\b"
        r"|\brecurr\w+\b",
        r"\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
        r"|tenth) time (?:this|in a|in the last|"
        r"in the past) (?:year|month|few months|twelve months|12 months)\b"
        r"|\b(?:settles|goes|clears|eases)\b[^.]{0,30}\bthen\b[^.]{0,10}\b(?:goes|comes back"
        r"|it's back|flares)(?: again)?\b",
        r"\bkeep (?:putting|throwing|doing|hurting) my back(?: out| in)?\b"
        r"|\b(?:\d+|three|four|five|six|several|many) times (?:this|a|in the last|in a|"
        r"in the past) "
        r"(?:year|month|few months)\b",
        r"\b(?:goes|went|go|put|puts) (?:out|my back out)\b[^.]{0,20}\b(?:every|each|again|"
        r"regularly|often)\b",
        r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+th|umpteenth)\s+(?:time|bad back|"
        r"episode|flare[- ]?up|bout|attack)\s+(?:this|in|that)\b",
        r"\b(?:each|every) time\b[^.]{0,30}\btakes? (?:weeks|months|ages)\b",
        r"\bon and off for (?:years|months|ages|a long time)\b|\bput my back out again\b",
        r"\bflare[- ]?ups?\b[^.]{0,20}\b(?:again|keep|regularly|often|frequent)\b",
        r"\bevery (?:winter|summer|spring|autumn|year|few months|"
        r"couple of months)\b[^.]{0,30}\b(?:back|"
        r"goes|flares?|put|happens)\b|\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth) (?:year|"
        r"time)"
        r" in a row\b",
        r"\b(?:frequent|regular|repeated)\s+(?:flare\w*|episodes|bouts)\b|\bagain and again\b")},
    {"name": "not_coping", "patterns": (
        r"\b(?:struggl\w*|can't|not|barely)\s+(?:to\s+)?cop(?:e|ing)\b",
        r"\bcan't (?:take|handle|stand|deal with) (?:it|this|the pain)\b",
        r"\b(?:getting|gets|brought|bringing) me down\b|\b(?:ruining|destroying|taking over|"
        r"affecting) my (?:life|work|sleep|mood|mental health)\b",
        r"\b(?:can't|unable to) (?:work|go to work|do my job|look after my (?:kids|children|"
        r"family))\b",
        r"\boff work (?:for|since)\b|\b(?:depressed|depression|desperate|at breaking point)\b"
        r"|\b(?:in tears|crying|cry)\b(?=[^.]{0,40}\b(?:every|all the time|most days|daily|again|constantly|a lot|"
        r"lots|every night|most nights|myself to sleep)\b)|\bkeep (?:crying|bursting into tears)\b"
        r"|\bat (?:the end of )?my (?:wits'?|tether)\b|"
        r"\bdon't know what (?:else )?to do\b")},
    {"name": "long_sciatica", "patterns": (
        r"\b(?:sciatica|leg pain|pain down my leg|nerve pain)\b[^.]{0,30}\b(?:for|since|over|past|"
        r"last)\s+"
        r"(?:weeks|months|ages|a long time|(?:\d+|two|three|four|five|six|several|many|a few|few|"
        r"a couple of|couple of)\s+(?:weeks|months|years))\b|\b(?:weeks|months) of sciatica\b",)},
    {"name": "suicidal_intent", "kind": "mood", "patterns": (
        r"\b(?:\d+|two|three|four|five|six|a few|some|loads of|boxes of) (?:[\w-]+ ){0,2}(?:pills|tablets|meds|"
        r"painkillers|" + MEDICINES + r")\b[^.]{0,20}\b(?:saved|stashed|hidden|put by|put away|stockpiled)\b",
        r"\b(?:going to|want to|will|i'll|plan(?:ning)? to|about to|decided to|ready to|intend to|"
        r"thinking (?:of|about) how to)\s+(?:just\s+)?(?:kill myself|end (?:it|it all|my life|"
        r"things|"
        r"everything)|take my (?:own )?life|commit suicide|top myself|hang myself|overdose|od|"
        r"jump off|jump in front|slit my wrists|shoot myself|not be here tomorrow)\b",
        r"\b(?:kill|killing) myself\b|\bi'm suicidal\b|\b(?:suicide|goodbye) (?:plan|note|"
        r"letter)\b",
        r"\b(?:saved|saving|stockpil\w*|hoard\w*|put aside|putting aside|stock(?:ing|ed)? up(?: on)?)"
        r"\s+(?:up\s+)?(?:\w+\s+){0,3}(?:pills|tablets|rope|gun|meds|medication|painkillers|" + MEDICINES + r")\b",
        # Plans and preparation in plain words (C-SSRS: method, plan, intent, preparatory acts).
        r"\bhow many (?:[\w-]+ ){0,3}(?:it would|it'd|it will|would it|to) take\b"
        r"|\btake enough (?:\w+ ){0,2}(?:to|not to|that)\b|\bnot (?:to )?wake up\b.{0,40}\b(?:got|have|boxes|"
        r"packets|bottles|pills|tablets)\b|\b(?:got|have) (?:\w+ ){0,3}(?:boxes|packets|bottles) "
        r"(?:\w+ ){0,4}(?:to|so i)\b.{0,30}\b(?:not wake|end|die|enough)\b",
        r"\b(?:worked out|figured out|know|picked|chosen) (?:when|where) it's (?:quietest|quiet|empty|best|"
        r"easiest)\b"
        r"|\b(?:know|worked out|picked|chosen|decided) (?:where|how|when) (?:i'm|i am|i'll|i will|i'd|to)"
        r" (?:going to |gonna )?(?:do it|end it|go through with it)\b|\bgo through with it\b"
        r"|\b(?:picked|chosen|found) (?:out )?(?:a|the) (?:spot|place)\b|\b(?:spot"
        r"|place)\b[^.]{0,30}\b(?:picked|chosen) out\b"
        r"|\b(?:won't|will not|wont) (?:be )?need(?:ing)? (?:them|it|these|those|this|any of it"
        r"|my \w+|his \w+|her \w+) "
        r"where (?:i'm|i am|he's|he is|she's|she is) going\b"
        r"|\b(?:worked out|figured out|picked|chosen|decided on|found|know) (?:which|the|a"
        r"|what) (?:bridge|building|cliff|"
        r"spot|place|rope|tree|car park|train|station|roof|method|way to do it|multi-?storey|viaduct|overpass)\b"
        r"|\b(?:written|wrote|writing|left) (?:\w+ ){0,2}(?:letters|notes?) (?:to|for) (?:my|the)\b"
        r"|\b(?:i've|i have|i) (?:written|wrote|finished) (?:the|my|all the|some) (?:letters|goodbye notes?)\b"
        r"|\bthere's (?:a|the) (?:rope|noose|gun) (?:in|under|ready)\b"
        r"|\b(?:pills|tablets)\b[^.]{0,30}\b(?:vodka|whisky|whiskey|booze|gin)\b"
        # a stash, a count put by, a day chosen for when nobody is home, a hose for the car exhaust
        r"|\b(?:a |my )?stash of (?:[\w'-]+ ){0,3}(?:pills|tablets|meds|painkillers|" + MEDICINES + r")\b"
        r"|(?<![£$€])\b(?:about |around |nearly |over )?(?:\d+|twenty|thirty|forty|fifty|sixty|a hundred) "
        r"(?!(?:[\w-]+ ){0,2}(?:quid|pounds|dollars|euros|bucks|grand|k|percent|%|hours|days|weeks|minutes)\b)"
        r"(?:[\w-]+ ){0,2}(?:saved|stashed|hidden|put by|put away|stockpiled)\b"
        r"(?![^.]{0,30}\b(?:towards|for (?:a|the|my) (?:new|holiday|trip|car|house|deposit|mattress"
        r"|chair)|money|cash)\b)"
        r"|\b(?:picked|chosen|set) (?:a |the )?(?:day|date|night|monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday|weekend)\b(?=[^.]{0,40}\b(?:nobody|no one|no-one|alone|empty|out|away)\b)"
        r"|\bhose ?pipe\b(?=.*\b(?:car|exhaust|garage)\b)"
        r"|\b(?:saying|said|texted|sent)\b[^.]{0,25}\bsorry and goodbye\b"
        r"|\bsaying (?:my )?goodbyes?\b|\bgiv(?:e|ing|en) away my (?:things|stuff|belongings)\b",
        r"\b(?:stash|stockpile|hoard) of (?:\w+\s+){0,3}(?:pills|tablets|meds|painkillers)\b",
        # A method with a violent end ("going to drive into the bridge", "throw myself under a train").
        r"\b(?:going to|gonna|will|i'll|about to|plan to|want to|thinking of|tempted to)\s+(?:just\s+)?"
        r"(?:drive|crash|steer|swerve|walk|step|jump|throw myself|run)\s+(?:the car\s+|my car\s+)?"
        r"(?:into|off|in front of|under|onto)\s+(?:the|a|an|some)\s+(?:\w+\s+)?(?:bridge|train|traffic|"
        r"lorry|truck|bus|river|sea|cliff|building|wall|tree|motorway|tracks|platform|roof"
        r"|car park|viaduct|overpass|flyover|"
        r"pier|quay|dam|multi-?storey|edge|canal|lake|reservoir|oncoming|lorries|trucks)\b"
        r"|\bthrow myself (?:off|in front of|under)\b",
        r"\btake (?:all|the whole (?:packet|box|bottle)) (?:of )?my (?:pills|tablets|meds|"
        r"painkillers)\b",
        r"\b(?:going to|gonna|will|i'll|about to|plan to|want to)\s+take (?:them|the lot|it) all\b"
        r"|\bcounted out (?:my|the|all my) (?:tablets|pills|meds)\b|\b(?:tablets|"
        r"pills) counted out\b",
        r"\bwant (?:it all|everything|it|this) (?:to be )?over (?:with )?tonight\b"
        r"|\b(?:tonight|this weekend|tomorrow)(?:'s| is) the night\b",
        r"\b(?:took|taken|take|taking)\s+an?\s+overdose\b|\boverdosed\b|\bend my life\b|"
        r"\bend it all\b",
        r"\b(?:got|have|bought|found|keep)\s+(?:a\s+|the\s+|some\s+|my\s+)?(?:rope|noose|gun|shotgun|rifle|pistol|"
        r"firearm)\b|"
        r"\btake my (?:own )?life\b|\bhow (?:many|much) [\w ]{0,20}(?:to die|to kill me|"
        r"would kill me|"
        r"is lethal|are lethal)\b|\blethal dose\b"),
     "unless": r"\b(?:nearly|almost|could have|could've) killed myself\b"
               r"|\bkilling myself laughing\b"
               r"|\b(?:skipping|climbing|jump|battle|tow|gym) ropes?\b"},
    # Means or a method gathered or asked about; a context sign: with a wish to be dead it is an
    # emergency (C-SSRS: ideation with preparatory behaviour), alone it raises nothing.
    {"name": "crisis_means", "kind": "mood", "patterns": (
        # "how many would be too many?": with a wish to be dead this is a plan (C-SSRS method)
        r"\bhow many (?:[\w-]+ ){0,4}(?:would be|is|are|would count as) too many\b",
        # affairs put in order, belongings handed on, unused tablets kept (C-SSRS preparatory acts)
        r"\b(?:sort\w*|finish\w*|made|make|writ\w*|updat\w*|doing|done) (?:out )?my will\b"
        r"|\bmy will\b[^.]{0,20}\b(?:done|"
        r"sorted|finished|signed)\b",
        r"\b(?:handed|gave|given|giving) (?:me|us|away)\b[^.]{0,15}\b(?:his|her|my) (?:\w+ ){0,2}(?:and|,)",
        r"\b(?:drawer|cupboard|bag|box|shoebox|tin) (?:full )?of (?:\w+ ){0,2}(?:pills|tablets|boxes|packets|meds|"
        r"painkillers|" + MEDICINES + r")\b",
        r"\b(?:bought|buying|kept|keeping|collect\w*|got)\s+(?:\w+\s+){0,3}(?:packs|packets|boxes|bottles|pills|tablets|"
        r"meds|painkillers|" + MEDICINES + r")\b",
        r"\bfrom (?:different|several|separate|various|two|three|four|five) (?:shops|chemists|pharmacies|stores|"
        r"supermarkets|places)\b",
        r"\b(?:most|max\w*) (?:\w+ ){0,2}(?:a person|someone|somebody|you|i|one) (?:can|could) (?:take|swallow)\b"
        r"[^.?]{0,20}\b(?:in one go|at once|all at once|in one sitting|at one time)\b"),
     "unless": r"\bfor (?:my|the|our) (?:kids|children|family|house|holiday|trip|first aid)\b"},
    # A bare decision ("I've decided.", "I've made up my mind"): with a wish to be dead it is intent;
    # alone it is often about something else ("put this down as self care, I've decided").
    {"name": "crisis_decided", "kind": "mood", "patterns": (
        r"\bi(?:'ve| have) decided\W*$|\bi(?:'ve| have) (?:made up my mind|made my mind up|made my decision)\b",)},
    {"name": "suicidal_passive", "kind": "mood", "patterns": (
        r"\b(?:wish|wished|wishing)\s+(?:i\s+)?(?:was|were|could be|'d be|i'd)?\s*(?:dead|gone|"
        r"not here|"
        r"not alive|never born)\b|\bwish i (?:wasn't|weren't) (?:here|alive|around)\b|"
        r"\bwish i could (?:just )?(?:die|disappear|not wake up)\b",
        r"\bdon't\s+want\s+to\s+(?:be here|live|be alive|wake up|exist|go on|carry on)\b",
        r"\b(?:want|wanting) to die\b|\bbetter off (?:dead|without me)\b|\bcan't go on\b",
        r"\b(?:manage|cope|be|do|get on|carry on|go on) (?:just )?(?:fine|better|ok|okay|alright"
        r"|all right) without me\b"
        r"|\bwish(?:ing|ed)? (?:a|the|some) (?:\w+ )?(?:bus|car|truck|lorry|train|tram) would\b",
        r"\b(?:just )?(?:not|stop|stopped) exist(?:ing)?(?: any ?more)?\b|\bnot be here any ?more\b"
        r"|\bwouldn't mind if (?:a|the|some) (?:\w+ )?(?:bus|car|truck|lorry|train|tram)\b"
        r"|\bwouldn't mind (?:not waking up|if i didn't wake up|dying|being dead)\b",
        r"\bnobody (?:will|'ll|would) have to (?:put up with|deal with|worry about|look after|bother with) me\b",
        r"\b(?:easier|better) (?:off )?(?:for everyone )?if i (?:just )?(?:didn't wake up|wasn't here|"
        r"wasn't around|died|was gone|was dead|never woke up)\b",
        r"\bwant (?:it all|everything|it|this) to (?:stop|end) (?:for good|forever|permanently)\b"
        r"|\bwant (?:it all|everything|it|this) to be over\b(?! (?:with|soon|quickly|by))"
        r"|\b(?:i'm|i am|feel like|feel) (?:such )?a burden\b",
        r"\b(?:what's|what is|there's|no)\s+(?:the\s+)?point\s+(?:in\s+|of\s+)?(?:living|life|"
        r"going on|carrying on|being alive|anything)\b|\blife (?:isn't|is not) worth living\b",
        r"\bsuicidal (?:thoughts|feelings|ideas?)\b|\bfeel(?:ing)? suicidal\b|\bself[- ]?harm\w*\b",
        r"\b(?:thoughts?|thinking) (?:of|about) (?:suicide|ending (?:it|my life|things)|dying)\b",
        r"\b(?:want|wanting|urge) to (?:hurt|harm|cut) myself\b|\b(?:hurt|harm|"
        r"cut)\w* myself on purpose\b",
        r"\b(?:think|thinking|thought|thoughts?)\s+(?:\w+\s+)?(?:of|about)\s+(?:hurting|harming|"
        r"cutting|ending) (?:myself|my life|it)\b",
        r"\b(?:i'd|i would|would) (?:much )?rather (?:be dead|die|not be here|not be alive|"
        r"not wake up)\b",
        r"\bnot wanting to (?:be here|live|be alive|wake up|exist|go on|carry on)\b")},
)
