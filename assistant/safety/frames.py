"""Frames that change what a symptom means: questions, hypotheticals, injections, the past."""

from __future__ import annotations

import re

from assistant.safety.normalize import RELATIVE

# what the writer read or heard about ("I read about numbness and bladder problems on a forum")
_READ_ABOUT_WORDS = r"\b(?:read|reading|heard|seen) (?:about|up on)\b|\bon (?:a|the) forum\b"
_EDUCATION = re.compile(
    r"\bwhat(?:'s| is| are| does| do| causes?| exactly| kind| type| sort)\b|\bdefine\b|\bexplain\b"
    r"|\btell me (?:about|more)\b|\bhow (?:common|serious|likely|rare|dangerous|bad) (?:is|are)\b"
    rf"|{_READ_ABOUT_WORDS}"
    r"|\bhow (?:do|can|would|could|will|does) (?:i|you|one|someone|people|a person|a doctor)"
    r" (?:know|tell|recogni[sz]e|spot|check|test|diagnose)\b|\bwhen (?:should|do|would|to|is)\b"
    r"|\b(?:can|could|does|do|will|would) (?:back pain|sciatica|a (?:slipped|herniated|bulging)"
    r" dis[ck]|dis[ck] problems?|stenosis|this condition) (?:cause|lead to|give you)\b"
    r"|\bwhy (?:do|does|would|did) (?:doctors|gps|physios|nurses|clinicians|they|the doctor|a doctor|"
    r"my doctor|my gp)\b(?: \w+){0,2} ask\b"
    r"|^(?:does|do|is|are|can|could) (?:\w+ ){1,3}(?:mean|a sign of|signs? of|an? red flag|a warning sign)\b"
    r"|\bwhy (?:is|are|do|does|would) (?:\w+ ){0,4}(?:a |an )?(?:warning sign|red flag|sign of"
    r"|worry|worrying|concern\w*|"
    r"dangerous|serious)\b"
    r"|^(?:is|are|does|do|can|could) (?:\w+ ){1,3}(?:the )?(?:reason|cause) (?:for|of)\b"
    r"|^(?:does|do|would|could) having (?:had )?(?:\w+ ){0,4}mean\b"
    r"|\b(?:signs?|symptoms?|warning signs|red flags?|causes?|complications?|outlook|treatments?)"
    r" (?:of|for)\b|\bhow to (?:diagnose|prevent|treat|spot|tell)\b|\bdo you have info"
    r"|\binfo(?:rmation)? (?:on|about)\b|\bi (?:read|heard) (?:that|about|online|somewhere)\b"
    r"|\b(?:someone|somebody|people|everyone|a (?:friend|mate|colleague)|my (?:friend|mate|colleague|boss|coach|"
    r"physio|gp|doctor|trainer))\b(?: \w+){0,3} (?:said|says|told|tell|reckons?|thinks?)\b"
    r"|\bis (?:it|that|this) (?:true|a myth)\b|\bfor (?:a|my) (?:school|uni|college|class|essay)"
    r"|\b(?:is|are) (?:that|this|it|they) (?:the same|different|similar|a (?:type|kind|form|sort))"
    r"\b|\b(?:the )?difference between\b|\bwhat does (?:\w+ ){1,3}mean\b"
    r"|\basked (?:me )?what\b"
    # "is losing bladder control with back pain something to go to A&E for?"
    r"|^(?!.*\b(?:since|today|tonight|yesterday|this (?:morning|afternoon|evening|week)|last night|right now|"
    r"at the moment|started|ago|for (?:\d+|a few|two|three) (?:hours|days|weeks))\b)"
    r"(?:is|are|would|does|do|can|could|should) (?:\w+ ){1,8}(?:something to|a reason to|always serious|an emergency|"
    r"a red flag|a 999|an a&e)\b|\bshould i (?:be )?worr(?:y|ied) about\b|\bdoes (?:that|this|it) count as\b"
    r"|^(?:is|are) (?:that|this|it) (?:the|a"
    r"|an) (?:\w+ ){0,3}(?:thing|one|syndrome)\b")
_REPORT = re.compile(
    r"\b(?:i|i'm|i've|i'd)\s+(?:\w+\s+)?(?:have|had|got|am|was|been|can't|couldn't|keep|kept|feel|"
    r"felt|noticed|lost|wet|peed|weed|started|woke|wake|fell|think|get|gets|getting|having)\b"
    r"|\bi'm (?:\w+ )?(?:numb|weak|losing|leaking|having|getting|feeling)"
    r"|\b(?:when|whenever|if) i\b(?! (?:ever|were|was to)\b)")
_REFERENCED = re.compile(r"\b(?:my|this|the|these|that|his|her)\s+(?:\w+\s+)?$")
_HYPOTHETICAL = re.compile(
    r"\bwhat (?:if|happens if|would happen (?:\w+ ){0,2}if|happens when|would it mean if)\b"
    r"|\bin theory\b|\btheoretically\b"
    r"|\bif i (?:ever|were to|was to|did|do end up|end up|later)\b|\bif i had\b(?=.*\b(?:would"
    r"|will|does|do)\b)|\bif (?:my|the) (?:\w+ ){1,2}(?:ever|"
    r"were to"
    r"|was to)\b|\bsuppose\b|\bhypothetical"
    r"|\bif (?:you|a person|someone|somebody|people|a patient|anyone) (?:with (?:\w+ ){1,3})?(?:ever |suddenly )?"
    r"(?!(?:can|could|would|will|don't|do|know|ask|see|mean|like|want|please|think|need|are|were)\b)\w+"
    r"|\bwere i to\b|\b(?:a|my|the) (?:main )?character\b|\bin (?:my|a|the) (?:\w+ )?(?:novel|story|book|script|"
    r"screenplay|play|film)\b"
    r"|\bif i (?:start|begin|started|began)\w* (?:getting|to get|having|to have|to feel|feeling|to lose|losing)\b"
    r"|\bis (?:that|this) when (?:i|you|one) (?:should )?(?:worry|go|call|panic|need)\b"
    r"|\bif (?:my|the) (?:\w+ ){0,2}(?:lasted|lasts|went on|goes on|carried on|continues)\b"
    # "If my legs went numb after a fall, should I go to A&E?": a past-tense "if" asking what to do
    r"|^\W*if (?!.*\b(?:still|yesterday|today|tonight|this (?:morning|afternoon|evening|week)|last (?:night|week)|"
    r"right now|at the moment|currently|now|ago)\b)(?:i|my|the) (?:\w+ ){0,2}(?:went|became|got|started|were|was|"
    r"suddenly)\b"
    r"(?=.*\b(?:should|would|do|does|must) (?:i|you|that|it|they|we)\b|.*\bis (?:that|it|this)\b)"
    r"|\bsay (?:both |if )?(?:my|i|the|me)\b(?=.*\b(?:what would|would i|should i|what do i|what should|in advance)\b)"
    r"|\bsay (?:someone|somebody|a person|a patient|a friend|you)\b"
    r"|\bimagine\b|^\W*(?:just )?in case\b|\bin (?:the )?future\b|\bif i (?:developed|develop|ever got)\b"
    r"|\bwill i (?:end up|get|lose|become|need|be)\b"
    r"|\bcould i (?:end up|get|lose|become|develop|be)\b|\bam i (?:going to|at risk|likely)\b"
    r"|\b(?:risk|chance|chances|odds) (?:of|that)\b"
    r"|\b(?:could|can|would|will|might|does|do) (?:this|it|that|back pain|sciatica|a (?:slipped|"
    r"herniated|bulging) dis[ck]) (?:ever )?(?:lead to|turn into|become|end in|progress to)\b"
    r"|\bworr(?:y|ied|ying) (?:about|of) (?:getting|developing|having|ending up|losing|becoming)\b"
    r"|\bworried (?:that )?i (?:might|could|may|will) \b|\bworried (?:it|this) (?:might|could|"
    r"may)\b"
    r"|\b(?:scared|afraid|terrified|frightened) of (?:getting|developing|having|losing|ending up)\b"
    r"|\b(?:prevent|avoid getting|avoid developing)\b|\b(?:watch|look) out for\b"
    r"|\bshould i (?:ever|look|watch)\b|\bsigns? to (?:watch|look)\b|\bin the future\b"
    # "would I need to be seen today if I got a fever?", "how would I know if my foot started dropping?"
    r"|^(?!.*\b(?:since|today|tonight|yesterday|this (?:morning|afternoon|evening|week)|last night|right now|"
    r"at the moment|started|ago)\b)(?:would|should|will|do|does|is|can|could|must) (?:\w+ ){0,8}if "
    r"(?:i|you|someone|my|he|she|they) "
    r"(?:ever |suddenly )?(?:got|get|had|have|started|start|develop\w*|went|go|lost|lose|noticed|felt|were|was"
    r"|became)\b"
    r"|\bhow (?:would|will|do|can|could) (?:i|you|one) (?:know|tell) if\b|\bat what point\b"
    )
# Clause-level conditionals: "say my foot started dropping", safety-net advice ("the GP said to
# come back if it gets worse"); only the clause itself is conditional, not what follows it.
_CONDITIONAL = re.compile(
    r"^(?:(?:so|ok|okay|but|right|well),? )?(?:say|let's say|lets say|assume|assuming|"
    r"hypothetically)\b,?(?= (?:my|i(?!')|if|that|someone|somebody|a patient|a person|you|he|she|one day)\b)"
    r"|\b(?:come|go) back (?:\w+ ){0,2}if\b|\b(?:return|call|ring|phone) (?:\w+ ){0,2}if\b"
    r"|\b(?:said|told me|advised(?: me)?|warned(?: me)?) (?:\w+ ){0,6}if\b")
# A real event told as a "what if" ("what if i've already wet myself?") is a report.
_ALREADY = re.compile(r"\bi(?:'ve| have)? already\b|\balready (?:happened|had|been)\b"
                      r"|\b(?:it's|it is|its) (?:actually |really )?(?:me|about me|for me)\b"
                      r"|\basking (?:because|cos|as) (?:it is|it does|it has|i am|i do|i have)\b"
                      r"|\bnot (?:really |actually )?(?:hypothetical|hypothetically)\b|\bi mean me\b"
                      r"|\blike mine (?:has|does|is|did|keeps)\b"
                      r"|\bthe (?:someone|somebody|person|friend|patient) (?:is|was"
                      r"|in question is) (?:actually |really )?me\b"
                      r"|\basking for\W+(?:\w+\W+){0,2}me\b|\bok(?:ay)? fine,? (?:it's )?me\b"
                      r"|\b(?:that's|thats|that is) (?:basically |kind of |sort of |pretty much "
                      r"|exactly |literally )?me\b"
                      r"|\b(?:like,? )?say,? me\b|\bbecause mine (?:has|does|is|did)\b"
                      r"|\basking (?:about|for) (?:myself|me)\b"
                      # "yeah that's kind of happening", "it did happen, 10 mins ago", "it happened twice today"
                      r"|(?<!nothing like )(?<!none of )\b(?:it|that|this)(?:'s| is| has| did| was)? "
                      r"(?:(?!not\b|never\b|n't\b)\w+ ){0,2}happen(?:ing|ed|s)?\b"
                      r"(?=[^.?!]*\b(?:to me|today|now|tonight|yesterday|this morning|since|ago|twice"
                      r"|again|just|right now)\b"
                      r"|\s*[.!,;]|\W*$)"
                      r"|\b(?:this|that|it) is (?:\w+ )?what (?:just )?happened\b|\bit did happen\b"
                      r"|\bthere(?:'s| is) no (?:friend|someone|character|story)\b|\b(?:it's"
                      r"|it is) not (?:a|for a) (?:story|friend)\b"
                      r"|\b(?:that's|thats|that is|which is) (?:\w+ ){0,3}what(?:'s| is| has| has been"
                      r"|'s been)? (?:\w+ )?"
                      r"happen\w*\b|\b(?:it's|it is) happening (?:right )?now\b"
                      r"|\bi(?:'ve| have) been \w+ing\b.*\b(?:since|for)\b")
_ROLES = r"(?:system|assistant|developer|admin|root)"  # who injected text pretends to be
_ROLE = re.compile(rf"^\W*{_ROLES}\s*(?:prompt|message|override|"
                   r"note)?\s*:")
_BRACKETED_ROLE = re.compile(
    rf"(?:\[+|<+|\{{+|\(+)\s*(?:{_ROLES}|note to (?:the )?(?:ai|bot|model)|"
    r"instruction)\b[^\]>})]*(?:\]+|>+|\}+|\)+)", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|my|me|myself)\b")
_INJECTION = re.compile(
    r"\b(?:system|assistant|developer|admin|root|user)\s*(?:prompt|message|override|note)?\s*:"
    r"|\b(?:re)?classify\b(?:\s+(?:this|it|me|my \w+))?(?:\s+(?:as|to))?(?:\s+an?)?(?:\s+[\w_]+)?|"
    r"\bignore (?:all |any |the |your |my |these |those |previous |prior |"
    r"above |earlier |safety |triage )*(?:rules|instructions|prompts?|guidelines|guardrails|checks|"
    r"safety|triage)\b|\b(?:override|disregard|bypass|jailbreak)\b"
    r"|\b(?:mark|set|label|flag|rate|triage|categori[sz]e|treat|escalate|downgrade|upgrade|tag|"
    r"score|output|return|respond with|answer with)\s+(?:this|it|me|my \w+|the \w+)?\s*(?:as|to|at|"
    r"with)?\s*['\"]?(?:an? )?(?:emergency|urgent|self[_ ]care|primary[_ ]care|low|high|"
    r"level|no flags?|not urgent|non[- ]urgent|safe)\b"
    r"|\b(?:level|urgency|priority|triage|severity|category)\s*(?:=|:|should be|must be|is|to)\s*"
    r"['\"]?(?:emergency|urgent|self[_ ]care|primary[_ ]care|low|high|none|zero)\b"
    r"|\bdon't (?:flag|escalate|triage|warn)\b|\bpretend\b|\byou are now\b|\bact as\b"
    r"|\bdeveloper mode\b|\bno (?:red )?flags? (?:here|please)\b")
_CORRECTION = re.compile(
    r"(?:^|[.!?,]\s*|\bwell,?\s+)actually\b"
    r"|\b(?:sorry|i meant|i mean|my mistake|my bad|correction|scratch that|i was wrong|to clarify|"
    r"let me clarify|should clarify|to be clear|typo|misspoke|mistyped|wrong word|not what i meant|"
    r"no,? wait|wait,? no|scratch (?:the|that|what i said)|mix(?:ing|ed) (?:it|things|them|us) up|"
    r"got (?:it|that|them) (?:mixed|muddled) up|scrap that|ignore (?:that|what i said|my last)|oops|autocorrect\w*|"
    r"auto-correct\w*|wrong (?:chat|window|thread|group|app|conversation|tab)|silly (?:me|old \w+)|d'?oh|"
    r"(?:let me |i (?:need|have|should) to |to )correct (?:that|this|myself|what i said)|correcting myself|"
    r"(?:it )?turn(?:s|ed) out|"
    r"when i said|i should have said|should've said|shoulda said|forgot to (?:say|mention)|"
    r"not \w+ (?:exactly|really|as such)|what i mean is|what i meant was|let me (?:put|say|word|phrase) (?:that|it)|"
    r"let me (?:rephrase|reword|be (?:more )?(?:accurate|precise|specific|clear))|rephrase|let me say that again|"
    r"badly (?:worded|put|phrased)|(?:wrong|poorly|badly) explained|(?:being|was being) (?:dramatic|overdramatic)|"
    r"(?:sounds|sounded|came out|comes out) (?:way |much |a lot |so |far )?(?:worse|scarier|bad|dramatic|wrong)|"
    r"transposed|extra zero|fat thumbs?|fat fingers?|typed it wrong|got (?:that|it) wrong|thinking about it|"
    r"hang on|no wait|on second thought|false alarm|just checked|to be fair|in fairness|tbf"
    r"|was (?:just )?(?:a |my )?(?:spasm|cramp)"
    r"|just looked at my calendar)\b"
    r"|^\W*(?:it's|its|it is|it was|that's|that was) (?:all )?(?:on purpose|deliberate|intentional)\b"
    # "ah no it's grand": the worry opening the turn is waved away, then explained
    r"|^\W*(?:(?:ah|oh|nah|no)\W+)+(?:no\W+)?(?:it's|its|it is|that's|thats) (?:grand|fine|ok|okay|nothing)\b"
    r"|\bnot ['\"]\w+['\"]"
    # "not me!!", "not mine" opening the turn: what came before was someone else's
    r"|^\W*(?:no\W+|nah\W+)?not (?:me|mine)\b"
    # "argh no the temperature was the baby's": a sign given to someone else, possessively
    r"|\b(?:was|were|is|are) (?:the |my |our |his |her )?(?:baby|toddler|son|daughter|husband|wife|partner|mum|mom|"
    r"dad|brother|sister|friend|kid|child|boyfriend|girlfriend|flatmate|dog)'s\b"
    # an explanation opening the turn ("On purpose, Slimming World"; "That's from the diet")
    r"|^\W*(?:on purpose|deliberately|intentionally)\b"
    r"|^\W*(?:that's|that is|it's|it is|it was) (?:from|because of|down to|due to) (?:the|my|a) (?:\w+ )?(?:diet|gym|"
    r"training|running|slimming|calorie)")
_DISOWN = re.compile(
    r"\bnot me\b|\bnot mine\b|\bi meant (?:my|our)\b|\bi(?:'ve| have)? never had\b"
    r"|\bi (?:don't|didn't|do not) have (?:it|that|one)\b|\bnot (?:about )?myself\b"
    r"|\b(?:was|were|is|are) (?:the |my |our |his |her )?(?:baby|toddler|son|daughter|husband|wife|partner|mum|mom|"
    r"dad|brother|sister|friend|kid|child|boyfriend|girlfriend|flatmate|dog)'s\b"
    r"|^(?!.*\b(?:too|as well|also|both)\b)\W*(?:sorry|no|oops|argh|ugh"
    r"|wait)\W+(?:\w+\W+){0,2}(?:my|our) (?:mum|mom|mam|mother|dad|father|husband|wife|"
    r"partner|son|daughter|brother|sister|nan|gran|grandad|grandma|friend|boyfriend|girlfriend)\b"
    r"(?=.*\b(?:has|had|is|was|does|did)\b)")
_RESOLVED = re.compile(
    r"\bnothing (?:like (?:that|it) )?since\b|"
    r"\b(?:fine|ok|okay|good|gone|better|normal|clear) (?:now|again|ever since|since)\b|\ball (?:good|clear|fine)\b"
    r"|\bback to normal\b|\b(?:went|gone|go|goes) away\b|\bcleared(?: up)?\b|\bresolved\b|\blong gone\b"
    r"|\b(?:it|that|this|which) went (?:after|within|in) (?:a |an |\w+ )?(?:few |couple of )?(?:days?|hours?|weeks?)\b"
    r"|\bsettled(?: down)?\b|\bpassed(?! out)\b|\bdisappeared\b"
    r"|\b(?:been )?(?:fine|ok|okay|good|great|perfect) for (?:ages|years|months|a long time|a while)\b"
    r"|\b(?:fine|better|ok|okay|recovered|gone) (?:after|within|in) (?:a |an |\w+ )?(?:few "
    r"|couple of )?(?:days?|weeks?)\b"
    r"|(?<!back )\b(?:has|have|had|is|are|it's|they're) (?:all )?gone(?= now| away| completely|\W*$)"
    r"|\bgot better\b|\brecovered\b|\bwor[en] off\b|\b(?:it|that|this|they)(?:'s| has|"
    r" have)? stopped\b"
    r"|\bnumb from (?:sitting|the bleachers)\b|\ball sorted\b|\b(?:antibiotics|tablets|meds|that"
    r"|it) sorted (?:it|that|them)\b")
_NOT_RESOLVED = re.compile(
    r"\b(?:not|never|n't|hasn't|haven't|won't|didn't|doesn't|isn't|wasn't|aren't|"
    r"no)\s+(?:\w+\s+)?$")
_RESOLUTION_ONLY = re.compile(
    r"^(?!.*\b(?:better|easier|worse) (?:after|when|with|if|once|while)\b)"
    r"(?:(?:and|but|though|although|now)\s+)?(?:it|that|this|they|all|everything|both|the \w+|"
    r"numbness|fever|tingling|weakness)?(?:'s|'re| is| are| was| has| have| had| went| got)?"
    r"\s*(?:all\s+|totally\s+|completely\s+|fully\s+)?(?:fine|ok|okay|good|gone|better|normal|clear|cleared up|"
    r"went away|gone away|back to normal|resolved|settled|passed|goes away|wears off|recovered"
    r"|sorted)\b(?: now| again| since|"
    r" after\b.*|"
    r" by\b.*| quickly| in \w+ \w+)?\W*$"
    r"|^(?:(?:and|but|though|now)\s+)?(?:i'm|i feel|i've been)\s+(?:all\s+)?(?:fine|ok|okay|good|"
    r"better|back to normal|recovered)\s+(?:now|again|since)\b\W*$")

_LONG_AGO = re.compile(
    r"\b(?:last|this past) (?:winter|summer|spring|autumn|fall|year|christmas|easter)\b"
    r"|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|several|"
    r"many|some) years? ago\b|\b(?:[6-9]|\d\d|six|seven|eight|nine|ten|eleven|twelve|several|many) "
    r"months ago\b|\byears (?:back|ago)\b|\bas a (?:kid|child|teen|teenager)\b"
    r"|\bwhen i was (?:younger|a kid|little|young|a child|a teenager|at school|\d+)\b"
    r"|\bin my (?:teens|twenties|20s|thirties|30s|forties|40s)\b"
    r"|\b(?:back )?in (?:19|20)\d\d\b|\bused to\b|\bonce had\b|\bin the past\b"
    r"|\bback in (?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|"
    r"the summer|the autumn|the winter)\b")
_ONGOING = re.compile(
    r"\b(?:started|starting|began|begun|(?<!problems )(?<!issues )(?<!trouble )(?<!fine )(?<!well )"
    r"(?<!normal )(?<!ok )(?<!okay )(?<!good )(?<!ever )(?<!gone )since|came on|come on"
    r"|for the (?:past|last)|still|ongoing|"
    r"on and off|every|keeps?|(?<!fine )(?<!ok )(?<!okay )(?<!well )(?<!good )(?<!normal )ever since|now|"
    r"again|getting worse|worse)\b")
_PRESSURE = re.compile(
    r"\b(?:from|after|because of) (?:sitting|the (?:bleachers|bench|toilet|loo|saddle|bike)|"
    r"a long (?:drive|flight|car ride|sit)|cycling|riding|my bike|kneeling|squatting|crouching)|\bbleachers\b"
    r"|\bfell asleep\b|\bslept on (?:it|my)\b|\bsat on (?:it|my|a)\b")
PET = (r"\b(?:my|our|the|his|her)\s+(?:dog|dogs|puppy|pup|cat|kitten|horse|pony|pet|rabbit|bunny|"
       r"hamster|guinea pig|ferret|parrot|budgie|tortoise|dachshund|labrador|spaniel|terrier|"
       r"greyhound)(?:'s)?\s+(?:(?!(?:and|but|i|my|me|so|then|when|while)\b)\w+\s+){0,3}?(?:back|"
       r"spine|legs?|hips?|dis[ck]|paralysed|limping|"
       r"yelp\w*|collapsed|dragging|wobbly|pain|hurts?|sore|slipped)\b"
       r"|\b(?:for|about) (?:my|our) (?:dog|cat|puppy|horse|pet)\b")
_PET = re.compile(PET)
_PATIENT_CUE = re.compile(
    r"\b(?:back|spine|pain|painful|hurts?|hurt|ache|aches|sciatica|legs?|fell|fall|fallen|can't|"
    r"numb|weak|fever|temperature|wee|pee|wet|soiled|incontinent|bladder|bum|foot|feet|walk|stand|injur\w*)\b")
_PATIENT_AGE = re.compile(r",\s*\d{2}\s*,|\(\d{2}\)|\bis \d{2}\b|'s \d{2}\b|\b\d{2} years old\b|"
                          r"\baged? \d{2}\b")
_HISTORY_TALK = re.compile(r"\b(?:had|has had|died|passed away|cancer|osteopor\w+|diabet\w+|"
                           r"history)\b")
_SELF_REPORT = re.compile(
    r"\bmy (?:lower |upper )?(?:back|spine|legs?|sciatica|bum|hips?)\b|\bi(?:'ve| have)? (?:got |"
    r"hurt |"
    r"pulled |did |put )?(?:\w+ )?(?:back|sciatica)\b|\bi(?:'m| am) \d{2}\b")
_ILLNESS_HISTORY = re.compile(
    r"\b(?:had|has had|died|passed away|battled|survived|diagnosed)\b[^.]{0,25}\b(?:cancer|"
    r"tumou?r|myeloma|lymphoma|leuka?emia|aneurysm|spondylitis|osteopor\w+)\b"
    r"(?![^.]*\b(?:now|today|yesterday|this week|hurts|can't|numb|weak|fell)\b)"
    r"|\b(?:died|passed away|passed on)\b")  # someone who died is family history, never the patient
_FOR_OTHER = re.compile(rf"\b(?:for|on behalf of|about|worried about) (?:my|our) ({RELATIVE})\b")


_READ_ABOUT = re.compile(_READ_ABOUT_WORDS)


def is_read_about(clause: str) -> bool:
    """A clause about what the writer read or heard ("I read about numbness and bladder problems on a forum")."""
    return bool(_READ_ABOUT.search(clause)) and not _REPORT.search(clause)


def is_education(sentence: str) -> bool:
    """A general question ("what is cauda equina?") rather than a report about oneself."""
    return bool(_EDUCATION.search(sentence)) and not _REPORT.search(sentence)


def is_referenced(sentence: str, start: int) -> bool:
    """The symptom at `start` is one the writer owns ("the numbness", "my leg")."""
    return bool(_REFERENCED.search(sentence[:start]))


def is_hypothetical(sentence: str) -> bool:
    return bool(_HYPOTHETICAL.search(sentence)) and not _ALREADY.search(sentence)


def owns_hypothetical(message: str) -> bool:
    """Somewhere in the turn the writer says the "hypothetical" is theirs ("asking because it is")."""
    return bool(_ALREADY.search(message))


def is_conditional(clause: str) -> bool:
    """A clause that only imagines or relays advice ("say my leg went weak", "come back if")."""
    return bool(_CONDITIONAL.search(clause)) and not _ALREADY.search(clause)


def blank_injections(text: str) -> str:
    """Remove text that tries to set the triage level: a bracketed role note ("[developer note:
    ...]") goes whole, and so does an unbracketed role-prefixed sentence unless it also speaks in
    the first person, whose symptoms are read after the injection is blanked (never lost)."""
    text = _BRACKETED_ROLE.sub(" ", text).strip()
    if _ROLE.match(text) and not _FIRST_PERSON.search(text):
        return ""
    return _INJECTION.sub(" ", text).strip(" ,:")


_THIRD_PERSON = re.compile(r"^(?!.*\b(?:i|i've|i'm|i'd|me|my)\b).*\b(?:he|she|they|he's|she's|they've)\b"
                           # "the fever is my toddler's"
                           r"|\b(?:is|was|were|are) (?:the |my |our )?\w+'s\W*$")
_NOT_ME = re.compile(r"^(?!.*\b(?:too|as well|also|both of us)\b).*\bnot (?:me|mine|myself)\b")


def is_disowned_here(clause: str, sentence: str) -> bool:
    """A clause about him or her in a sentence that says "not me" ("he had the fever, not me")."""
    return bool(_THIRD_PERSON.search(clause)) and bool(_NOT_ME.search(sentence))


def is_disowning(text: str) -> bool:
    """The writer says something belongs to someone else, not them ("my DAD had it, not me")."""
    return bool(_DISOWN.search(text))


def is_correction(text: str) -> bool:
    return bool(_CORRECTION.search(text))


# A correction that says the earlier symptom is over or was never the writer's ("they came back as
# soon as I stood up", "wee's totally normal", "he had the fever, not me"), as opposed to a
# hedge that only plays it down ("I'm sure it's fine", "prob nothing").
_NOW_NORMAL = re.compile(
    r"\b(?:fine|ok|okay|normal|good|warmed up|came back|back to normal)\s+(?:now|again|since|all day|ever since)\b"
    r"|\b(?:totally|completely|perfectly|absolutely|all|100%?)\s+(?:normal|fine)\b"
    r"|\b(?:went|gone|wore off|wears off|came back|passed)\s+(?:away\s+)?(?:as soon as|when|once|after|within|"
    r"in (?:a|seconds|minutes)|straight away|right away)\b"
    r"|\bnot me\b|\bi(?:'ve| have) had no\b|\bno (?:temperature|fever|numbness|weakness) at all\b"
    r"|\bnothing like that (?:now|since|any ?more|these days)\b|(?:\b(?:is|are|feels?|felt|been)"
    r"|'s) (?:totally |completely |"
    r"perfectly )?normal\b|\bnever had\b|\bfeel (?:totally |completely )?fine in myself\b"
    # "oh no it's fine, it was my water bottle", "I'm dry, I can feel everything", "weeing normal"
    r"|^\W*(?:(?:oh|ah|no|nah|sorry|lol)\W+)*(?:it's|it is|its|all|everything's|everything is) (?:totally |all )?"
    r"(?:fine|ok|okay|good|grand)\b|\bi can feel (?:everything|it all|it fine)\b|\bi'm (?:totally |completely )?dry\b"
    r"|\b(?:weeing|peeing|wees|pees|waterworks|bladder(?: is)?|bowels?(?: is| are)?) (?:totally |completely |all )?"
    r"(?:normal|fine|ok|okay)\b|\bdidn't (?:actually |really )?(?:leak|wet|pee|wee)\b"
    r"|\b(?:it was|that was|it's|that's) (?:the|my|our|a|his|her) (?:\w+ )?(?:dog|cat|puppy|baby|toddler|bottle|drink|"
    r"cup|"
    r"tea|coffee|mop|bucket|rain|puddle|bath|shower|pool|kids?|hand|hands|fingers|slipper|shoe|trainers?|boots?|"
    r"sole|blister|flip-?flops?)\b|\bwrong (?:chat|window|thread|group|app|conversation|person|tab)\b")
_PLAYED_DOWN = re.compile(r"\b(?:i'm sure|probably|prob|i think it's|just being|don't want|not going|won't go|"
                          r"paranoid|overreacting|worrying|fuss)\b")


# "I meant my RIGHT foot": the symptom moved, it did not go.
_MOVED = re.compile(r"\b(?:meant|mean|it's|it is|actually) (?:my |the |his |her )?(?:left|right|other)\b"
                    r"|\bwrong (?:side|leg|foot|arm|hand)\b"
                    # "it's only the left cheek, the rest feels normal": less of the saddle, still there
                    # ("only the right leg" instead of both legs does take the other leg back)
                    r"|\b(?:only|just|mainly|mostly) (?:on )?(?:my |the |his |her |one )?"
                    r"(?:left|right|one|other|inner) "
                    r"(?:cheek|buttock|bum cheek|bum|side of (?:my |the )?(?:bum|bottom|groin)|inner thigh|half)\b")


def explains_away(text: str) -> bool:
    """A correction that says the symptom it corrects is gone or someone else's, not a hedge and
    not the same symptom on the other side."""
    return (is_correction(text) and (bool(_NOW_NORMAL.search(text)) or is_exertion_soreness(text))
            and not _PLAYED_DOWN.search(text) and not _MOVED.search(text))


def is_resolved(clause: str) -> bool:
    """The clause says the symptom went away ("fine now", "cleared up"), not that it won't."""
    return any(not _NOT_RESOLVED.search(clause[: m.start()]) for m in _RESOLVED.finditer(clause))


_REFERS_BACK = re.compile(r"^(?:and |but |though )?(?:it|that|this|which|they)\b")


def resolves_before(following: str) -> bool:
    """The next clause says the one before it went ("..., but that went after a few days")."""
    return bool(_REFERS_BACK.match(following.strip())) and is_resolved(following)


def is_resolution_only(clause: str) -> bool:
    """A short clause like "and it's fine now" that resolves the clause before it."""
    return bool(_RESOLUTION_ONLY.match(clause.strip()))


_BEFORE_THAT = re.compile(r"\bbefore (?:that|then|the op|the operation|the surgery|surgery|my op)\b")


def is_long_ago(clause: str, following: str = "", sentence: str = "") -> bool:
    """A symptom placed well in the past with no sign it continues ("had a fever last winter"), or
    before something the sentence places well in the past ("op 10 years ago, foot dropping before that")."""
    long_ago = bool(_LONG_AGO.search(clause)) or (bool(_BEFORE_THAT.search(clause)) and bool(_LONG_AGO.search(sentence)))
    return long_ago and not _ONGOING.search(clause + " " + following)


_PRESSURE_FEELING = re.compile(r"\b(?:numb\w*|tingl\w*|dead|no feeling|can't feel|asleep|pins and needles|"
                               r"went to sleep)\b")


def is_pressure_numbness(clause: str) -> bool:
    """Numbness explained by pressure and described in the past ("was numb from the bleachers")."""
    return (bool(_PRESSURE.search(clause)) and bool(re.search(r"\b(?:was|went|were|had)\b", clause))
            and bool(_PRESSURE_FEELING.search(clause))  # "I've had pain, worse after sitting" is not numbness
            and not re.search(r"\bwip\w*", clause))  # "when I wiped after the loo it felt weird" is not pressure


_STILL_THERE = re.compile(
    r"\b(?:doesn't|does not|won't|didn't|hasn't|haven't|isn't|not|never)\s+(?:\w+\s+)?(?:go(?:ne|ing)? away|"
    r"wear(?:ing)? off|worn off|c[ao]me back|coming back|get(?:ting)? better|improv\w*)\b"
    r"|\bstill\b|\bfor (?:\w+ )?(?:days|weeks)\b|\bsince (?:yesterday|last|this|the weekend)\b")
# the numbness returning ("it's gone now but came back this morning")
_RETURNS = re.compile(r"\bbut (?:it |then it |it's )?(?:came|comes|has come) back\b|\b(?:keeps?|kept) coming back\b"
                      r"|\bback again\b")
_NUMB_WORD = re.compile(r"\b(?:numb\w*|tingl\w*|dead|no feeling|can't feel)\b")


def numbness_returns(text: str) -> bool:
    """"it's gone now but came back this morning": numbness that went and came back."""
    return bool(_RETURNS.search(text))


def numbness_persists(clause: str, following: str) -> bool:
    """Numbness put down to sitting that has not gone ("numb from sitting and it doesn't go away
    when I stand up"): the pressure explanation does not make it safe."""
    return bool(_NUMB_WORD.search(clause)) and bool(_STILL_THERE.search(f"{clause} {following}"))


_EXERTION = re.compile(
    r"\b(?:leg day|squats?|lunges|deadlifts?|workout|work out|worked out|gym|spin class|class|hike|hiking|hiked|"
    r"hillwalk\w*|climb\w*|munro|ben nevis|mountain|marathon|ran|run|running|jog\w*|football|rugby|match|tennis|"
    r"danc\w*|heels|skiing|training|bootcamp|crossfit|pilates|yoga|cycling|tough mudder|5k|10k|ultra|triathlon|"
    r"hit legs|snowdon|horseshoe|hills?|fell ?walk\w*|scrambl\w*|peak|summit|trek\w*|walked up|munros?|\d+ ?k|"
    r"(?:long|big|hard|the|a) (?:\d+\w* )?walk)\b")
_SORENESS = re.compile(r"\b(?:sore|soreness|ache|aches|aching|achy|stiff|doms|tired|tight|knackered|wrecked|"
                       r"burn\w*|hurts?|hurting|penguin|cowboy|jelly|wobbly)\b")
_NOT_SORENESS = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins and needles|wip\w*|bladder|bowels?|wee|pee|poo|leak\w*|wet|saddle|down below|"
    r"down there|can't feel|no feeling|gave way|giving way|give way|collaps\w*|fell|falling|buckl\w*|"
    r"can't stand|cannot stand|worse by|getting weaker|weaker|dragging|foot drop|floppy|hold\w*"
    r"|went (?:straight )?down|"
    r"can't get up|couldn't get up|unable|neither leg|won't work|don't work|stopped working|paralys\w*|worse|"
    r"can't walk|cannot walk|couldn't walk)\b")


def is_exertion_soreness(text: str) -> bool:
    """Legs sore after unaccustomed exercise ("did Ben Nevis yesterday, legs like jelly"), with no
    nerve, bladder or giving-way words: muscle soreness, not weakness of both legs."""
    said = _DENIED_WORDS.sub(" ", text)  # "no numbness or tingling" does not count against it
    return bool(_EXERTION.search(text)) and bool(_SORENESS.search(text)) and not _NOT_SORENESS.search(said)


_DENIED_WORDS = re.compile(r"\b(?:no|not|without|never|nae|nothing)\s+(?:\w+\s+(?:or|and|nor)\s+)?\w+")


def is_about_pet(clause: str) -> bool:
    return bool(_PET.search(clause))


def patient_named(text: str, person: str | None) -> bool:
    """The clause presents `person` as the one with the back problem ("my dad, 72, fell"), not
    as family history ("my uncle had cancer that went to his spine")."""
    if person is None or person == "family" or _ILLNESS_HISTORY.search(text):
        return False
    if _PATIENT_CUE.search(text) or _FOR_OTHER.search(text):
        return True
    return bool(_PATIENT_AGE.search(text)) and not _HISTORY_TALK.search(text)


def is_pronoun_report(text: str) -> bool:
    """A clause about "he" or "she" with a symptom word ("now her back hurts")."""
    if _ILLNESS_HISTORY.search(text):
        return False
    # "him" is only ever the object ("I've been carrying him round"): the writer's own report
    return bool(re.search(r"\b(?:he|she|his|her)\b", text)) and bool(_PATIENT_CUE.search(text))


def is_self_report(text: str) -> bool:
    """The writer talks about their own back ("my back hurts", "i'm 40")."""
    return bool(_SELF_REPORT.search(text))


_RESOLUTION_SENTENCE = re.compile(
    r"^(?:and |but |now |anyway |luckily |thankfully )?(?:it|that|this|they|all|everything|the \w+)"
    r"(?:'s|'ve| has| have| was| were| is| are| all)?\s*(?:all |completely |totally |fully )?"
    r"(?:wore off|worn off|went away|gone away|gone|cleared up|cleared|settled(?: down)?|got better|"
    r"been fine|fine|normal|sorted(?: out)?|back to normal|resolved|passed|disappeared|recovered)\b"
    r"(?!.*\b(?:but|except|apart from|until|till|still|again|worse|not)\b)"
    # "they were fine when I sat down at lunch" is how things were before, not that they went
    r"(?!.*\b(?:when i (?:sat|got|went|woke|left|started|set)|earlier|before|this morning|at lunch|at breakfast|"
    r"yesterday)\b)"
    r"|^(?:and |but )?(?:i'm |i've been |i am |i have been )?(?:all )?(?:fine|fully recovered|recovered|"
    r"back to normal|ok|okay|well) (?:ever )?since\b")


def is_resolution_sentence(sentence: str) -> bool:
    """A sentence that only says what came before went away ("It wore off after an hour and
    everything's normal now", "That all cleared up months ago", "all fine since")."""
    return bool(_RESOLUTION_SENTENCE.match(sentence.strip()))
