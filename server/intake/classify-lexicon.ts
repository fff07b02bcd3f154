import type { IntakeLabel } from '../../shared/intake/intake.schema';

/** One cue: a phrase pattern and how strongly it points at a label. */
export type Cue = { label: IntakeLabel; re: RegExp; weight: number };

const cues = (label: IntakeLabel, list: [RegExp, number][]): Cue[] =>
  list.map(([re, weight]) => ({ label, re, weight }));

// Weights were set by hand on the training set; each cue counts once per email.
export const LEXICON: Cue[] = [
  ...cues('complaint', [
    [
      /\bformal(?:ly)? complain(?:t)?\b|\bi (?:want|wish|would like|need) to (?:make a )?complain|\bregister (?:my|a) complaint|\blog (?:this|it) as a (?:formal )?complaint|\bas a formal complaint/i,
      6,
    ],
    [/\bcomplain(?:t|ts|ing)?\b/i, 3],
    [/\bombudsman\b|\bFOS\b/i, 3],
    [
      /\bunacceptable|disgrace(?:ful)?|appall(?:ed|ing)|pathetic|shocking|ridiculous|outrageous|disgusted|atrocious|shambles|incompeten/i,
      2.5,
    ],
    [
      /\bcompensat(?:e|ion)\b|\bput (?:this|it|things) right\b|\bgoodwill (?:gesture|payment)/i,
      2.5,
    ],
    [
      /\bswitch(?:ing)? banks?\b|\bgo(?:ing)? elsewhere|\bmove (?:my|our) (?:business|accounts?|banking)|\btaking my business|\bclose (?:all )?my accounts? and/i,
      2,
    ],
    [/\bfed up|\bsick of|\bfurious|\bangry|\blivid|\bupset|\bdisappointed|\bfrustrat/i, 2],
    [
      /\bmis-?led|\bmis-?sold|\bnot (?:been )?told|\bnobody\b[^.\n]{0,20}\b(?:told|mentioned|seems|takes|cares|explained)|\bno one\b[^.\n]{0,20}\b(?:takes|seems|told|cares|explained)|\bhow am i (?:meant|supposed) to\b/i,
      2,
    ],
    [
      /\btreated like|\bhow i(?:'m| am) being treated|\bpoor service|\bterrible service|\bbad service|\bworst\b|\bnot good enough|\bthird time|\bagain and again|\bembarrassing/i,
      2,
    ],
    [/\bregulator\b|\bFCA\b/i, 1.5],
    [
      /\bdissatisf|\b(?:unhappy|not happy) (?:with|about)|\bnot acceptable\b|\brude\b|\bapology\b|\bapologi[sz]e\b|\bcalled (?:me|my \w+) a liar|\bcosting (?:us|me)\b/i,
      2.5,
    ],
    [
      /\bwast(?:ed|ing)\b[^.\n]{0,30}\b(?:hours?|days?|weeks?|time|life|on hold)\b|\bon hold for\b/i,
      2,
    ],
    [/\banother (?:week|month|fee|charge|excuse|mistake|'?system error)/i, 1.5],
    [/\b(?:full|an) explanation\b|\bexplain why\b/i, 1],
    [/\byou must be joking|\bfor mugs\b|\bloyalty\b/i, 1.5],
    // How people say it without the word "complaint": being fobbed off, lied to, let down, ignored.
    [
      /\bfobbed off|\bhad enough\b|\bbeyond a joke|\buseless\b|\bdreadful|\bappalling|\bhumiliat|\bcheated\b|\bconned\b|\bmisleading|\blied to\b|\bliars?\b|\binsult(?:ing|ed)\b|\bcruel\b|\bpatronis|\bdismissive|\bunfair(?:ly)?\b|\bnot (?:satisfied|happy)\b|\bvery not satisfied|\bout of pocket|\bdaylight robbery|\bwhat (?:exactly )?is the point|\bdo you (?:actually|even) (?:check|read|care)|\bhow (?:can|dare) you\b/i,
      2.5,
    ],
    [
      /\b(?:hung|put the phone) (?:up|down) on me|\bcut (?:me )?off\b|\bspoken to like|\blaughed at me|\bno way to (?:run|treat)|\bkept waiting|\b(?:never|nobody|no[- ]one) (?:rang|called|phoned|replied|got back|came|turned up)|\bpromised (?:a|me a) call ?back|\bheard nothing|\bhad no (?:reply|response|explanation)|\bstill waiting\b|\bgoing round in circles|\b(?:three|four|five|\d) times (?:now|already|this (?:week|month))|\b(?:three|four|five|\d) (?:phone calls|emails|letters)\b/i,
      2,
    ],
    [
      /\bescalat(?:e|ed)\b|\b(?:investigated|treated|looked into) (?:formally|as a complaint)|\bdispute (?:this|the|your) decision|\breclamation\b|\bdon'?t accept (?:it|your|this)|\bfinal response\b|\bserious breach|\bexpect (?:an apology|better|a (?:written )?response)|\bwant (?:an apology|compensat|this (?:escalated|resolved|looked into))/i,
      2.5,
    ],
  ]),
  ...cues('payment_investigation', [
    [
      /\bnot (?:been )?(?:received|credited|arrived|appeared)|\bhas(?:n't| not) (?:arrived|been (?:received|credited)|appeared|reached)|\bnever (?:arrived|received|credited|reached)|\bnothing has arrived|\bstill (?:not|hasn't)|\bdidn't (?:go out|arrive)|\bdid not (?:go out|arrive)|\bnot (?:gone|gone out)/i,
      3.5,
    ],
    [
      /\brecall\b|\bsent (?:money |it |the payment )?to the wrong|\bwrong (?:account|beneficiary|sort code|payee)|\bstop (?:it|the payment)|\bget (?:it|the money) back/i,
      4,
    ],
    [
      /\btrace\b|\btracing\b|\binvestigat(?:e|ion)|\bchase (?:the|our)|\bfind out (?:why|where)|\bwhere (?:is|has) (?:my|the|our) (?:money|payment|refund|transfer)/i,
      2,
    ],
    [/\bpayments?\b|\btransfers?\b|\bremittance|\breceipt of\b/i, 1],
    [
      /\b(?:has(?:n't| not)|hasn'?t|not|never|nothing'?s?) (?:come|gone|shown|turned) (?:in|up|through)|\b(?:still )?(?:isn'?t|is not|not) in (?:my|his|her|their|the|our) (?:account|balance)|\b(?:she|he|they) (?:has |have )?(?:not|never|still not) (?:receive|got|had)|\bsays? (?:nothing'?s|it (?:has|hasn'?t)|they (?:haven'?t|have not|can'?t find))|\bhad nothing\b|\bcan'?t find it\b|\bwhere(?:'s| is| has) (?:it|the money|my money)|\bwhat happen(?:ed)?\b/i,
      3,
    ],
    [
      /\bnever (?:heard of|made|bought|ordered|authori[sz]ed)|\bdidn'?t (?:buy|make|order|authori[sz]e)|\bdon'?t know what (?:this|it) is|\bstill (?:showing|shows) as pending|\bno (?:money|cash) came out|\btaken but\b|\bclaim (?:it|the money) back|\bcame back to you|\b(?:bounced|returned) (?:back|payment)|\bsent (?:it|money) to (?:the )?(?:wrong|someone else)/i,
      3,
    ],
    [
      /\bshould have (?:arrived|been (?:paid|credited|received))|\b(?:it's|it is|is) not (?:in|on) (?:my|the|our) account|\bnot (?:reach|reached|come through)\b|\bhe not receive|\bshe not receive/i,
      3,
    ],
    [/\bsalary\b|\bwages\b|\bpension payment|\bbenefits? payment/i, 1],
    [
      /\bstanding order|\bdirect debit|\bCHAPS\b|\bBACS\b|\bSWIFT\b|\bSEPA\b|\bfaster payment|\bMT103|\bUETR|\bpacs\.008|\bwire\b/i,
      1.5,
    ],
    [
      /\bintermediary|\bcorrespondent|\bnostro|\bunmatched|\bsub-custodian|\bpaying agent|\bbeneficiary bank/i,
      2,
    ],
    [
      /\bpending (?:payments?|transactions?)|\bdeclined\b.{0,60}\b(?:taken|debited|charged)|\btaken twice|\bdebited twice|\bdouble[- ]charged|\bcharged twice for/i,
      2.5,
    ],
    [
      /\bproceeds\b|\bsettlement\b|\brefund (?:of|from)\b.{0,60}\b(?:not|still)|\bmissing (?:payment|funds|money)|\bcredited to (?:the )?(?:wrong|master)/i,
      2,
    ],
    [
      /\bunrecognised|\bdon't recognise|\bdo not recognise|\bchargeback|\bdispute (?:a|the|this) (?:transaction|payment)/i,
      2,
    ],
  ]),
  ...cues('operational_correction', [
    [/\b(?:please |could you |can you )?correct(?:ed|ing|ion)?\b/i, 2.5],
    [/\byou(?:'ve| have) (?:paid|credited|applied|put|taken|charged)\b/i, 3],
    [/\binstead of\b/i, 1],
    [
      /\bincorrect(?:ly)?\b|\bwrong(?:ly)?\b|\berror\b|\bmistaken(?:ly)?\b|\bmistake\b|\bin error\b/i,
      1.5,
    ],
    [
      /\bkey(?:ed|ing) error|\bkeyed as|\btypo\b|\bmis-?spel|\bmis-?keyed|\brecorded as|\bshows? (?:the|my|a|as)\b.{0,40}\b(?:instead of|should be|correct)/i,
      2.5,
    ],
    [
      /\breissue|\bre-issue|\bre-run|\brerun|\bbackdate|\bamend(?:ed|ment)?\b|\bupdate the (?:book cost|record|system)/i,
      2,
    ],
    [
      /\brefund (?:the|these|this|those|both|two)\b.{0,20}\b(?:fee|charge)s?|\bfee\b.{0,80}\brefund|\bcharges?\b.{0,40}\brefund|\bcharged (?:the )?.{0,20}\btwice|\bapplied twice|\bduplicat(?:e|ed)\b|\breversal\b|\breverse (?:the|it)/i,
      3,
    ],
    [
      /\bshould(?:n't| not)? have been|\bnot applied|\bhasn't been (?:added|applied)|\bwas(?:n't| not) applied/i,
      2,
    ],
    [/\bfee\b|\bcharge\b|\binterest (?:rate|figure)|\brate\b/i, 0.5],
    [
      /\b(?:remove|take off) the (?:\w+ )?marker|\bmarker\b.{0,40}\b(?:in error|wrong|by mistake)|\bspel+t wrong|\bspelled wrong|\bwrong spelling|\bwrongly spelt|\bshould (?:be|say|read|show)\b|\bis wrong\b|\bare wrong\b|\bcounted twice|\b(?:shown|showing|treated) as (?:a |an )?(?:withdrawal|deposit|debit|credit|clearing|payment)\b|\bgone (?:onto|against|to) (?:my|the) .{0,30}instead|\bput it right\b|\brecalculate|\bmerge (?:them|my|the)|\bnot been (?:paid|added|applied|credited)|\b(?:hasn'?t|has not|wasn'?t|was not) (?:been )?(?:added|paid|included)\b|\btake (?:it|that|the fee|the charge) off\b|\bswapped\b|\bcan it be (?:fixed|corrected|changed)/i,
      2.5,
    ],
  ]),
  ...cues('document_request', [
    [
      /\b(?:send|email|post|provide|forward) (?:me|us|them)?\s*(?:a |the |an )?(?:copy|copies|statements?|letter|certificate|confirmation|breakdown|transfer value)/i,
      3.5,
    ],
    [/\bcopy of\b|\bcopies of\b|\bduplicate statement|\bre-?send (?:me )?(?:the|my)/i, 2.5],
    [
      /\b(?:send|email|e-mail|post|provide|forward|issue)\b (?:me |us |them )?(?:with )?(?:a |an |the |our |my |their )?(?:[\w-]+ ){0,3}(?:history|experience|report|documents?|summary|valuation|schedule)\b|\b(?:can|could|may) (?:i|we) (?:get|have|request|obtain)\b[^.?\n]{0,30}\b(?:letter|copy|statements?|certificate|confirmation|reference)\b|\bletter (?:that|which) (?:says|confirms|shows)/i,
      3,
    ],
    [
      /\bstatements?\b|\bcertificate\b|\bletter (?:confirming|from)|\bconfirmation of (?:the )?(?:cover|balances?|accounts?)|\bas auditors\b|\baudit(?:or)? confirmation|\bbank confirmation|\bproof of\b|\breference letter|\bbank reference/i,
      1.5,
    ],
    [
      /\bclosing statement|\bredemption statement|\binterest certificate|\btax certificate|\b1042-?S\b|\bP60\b|\bcertificate of (?:balance|interest)|\btransfer value|\bcontract notes?\b|\bvaluation report|\bpolicy schedule|\bsubject access|\bDSAR\b/i,
      2.5,
    ],
    [
      /\bretrieve|\barchive|\boriginals?\b|\brecords?\b|\bsource of (?:funds|wealth)|\bevidence of\b|\bcompletion statement/i,
      1.5,
    ],
    // Letters, proofs and figures people need for someone else (a lender, a court, a new insurer).
    [
      /\bproof of (?:my |our )?(?:cover|insurance|no claims|address|income|funds|account|payment)|\b(?:paper|letter|document|something) (?:from|showing|that show|confirming)|\bredemption figure|\bsettlement figure|\bclaims history|\bcall recordings?\b|\brecording of (?:the|my|our) call|\bterms and conditions\b|\b(?:send|email|post) (?:it|them) (?:to me )?again|\b(?:pull|get) (?:the|copies)|\bstatements? going back|\bstatements? from (?:19|20)\d\d\b/i,
      2.5,
    ],
    [
      /\bneed (?:a|the|it) (?:for|by)\b|\bfor my tax return|\bfor (?:my|our|their) (?:accountant|auditors?|solicitor|mortgage|visa|tax)|\byear[- ]end accounts|\baudit confirmation/i,
      1.5,
    ],
  ]),
  ...cues('account_maintenance', [
    [
      /\b(?:chang(?:e|ed|ing)|updat(?:e|ed|ing)|amend(?:ed|ing)?)\b.{0,25}\b(?:ad+res+|email|e-mail|phone|telephone|mobile|number|title|(?:sur|maiden )?name|contact details|signator(?:y|ies)|mandate|account name)/i,
      3,
    ],
    [
      /\bnew (?:phone|telephone|mobile|e-?mail)(?: number| address)?\b|\b(?:i|we)(?:'ve| have)? moved\b|\bmoved (?:last|out|recently)\b/i,
      2,
    ],
    [
      /\badd(?:ing)?\b[^.\n]{0,40}\bas (?:an? )?(?:additional |joint |new )?(?:signatory|account holder|named driver|authori[sz]ed user|joint holder)|\badditional signator|\bmandate (?:amendment|change)/i,
      3,
    ],
    [
      /\bmarketing (?:letters|mail|post|emails?|calls|offers)|\bstop sending me\b|\btake me off\b|\bpaper statements\b|\bback to paper\b|\breset (?:my |the |it|the )?pin\b|\bpin (?:reset|locked|blocked)|\b(?:change|changed|forgot(?:ten)?) (?:my |the )?pin\b/i,
      3,
    ],
    [
      /\b(?:move|change|switch|alter)\b[^.\n]{0,40}\b(?:payment|collection|due|debit) date|\bfrom the \d{1,2}(?:st|nd|rd|th) to the \d{1,2}(?:st|nd|rd|th)\b/i,
      2.5,
    ],
    [
      /\bset up (?:a |an )?(?:new )?(?:standing order|direct debit|payee|beneficiary)|\bcancel (?:a|the|my|our) (?:standing order|direct debit)/i,
      3,
    ],
    [
      /\bnew (?:home )?address|\bmoved (?:house|home|to)\b|\bchange of (?:address|name|signator|bank)/i,
      2.5,
    ],
    [
      /\bclose (?:my|the|our|his|her|their)\b.{0,25}\b(?:account|isa|saver|card)|\bcancel (?:my |the |our )?(?:\w+ )?(?:policy|cover|insurance)\b|\bcancel (?:my|the|our)\b.{0,25}\b(?:policy|card|direct debit|standing order|cover|insurance)|\bsurrender\b/i,
      3,
    ],
    [
      /\bjoint account|\badd(?:ing)? (?:my )?(?:husband|wife|partner|son|daughter|a signatory|signatories)|\bremove\b.{0,30}\bsignator|\btrusted contact|\bpower of attorney|\bthird[- ]party mandate|\bnominate\b/i,
      3,
    ],
    [
      /\bpaperless|\bstatement frequency|\bmarketing preferences|\breinvest|\bnickname|\bnotifications?\b|\bopt (?:out|in)\b/i,
      3,
    ],
    [
      /\bblock (?:my|the) (?:card|account)|\bfreeze (?:my|the) (?:card|account)|\b(?:phone|card|wallet|purse) (?:was|has been|got) (?:stolen|lost)|\blost (?:my )?(?:card|phone|wallet)|\bstolen\b/i,
      3.5,
    ],
    [
      /\bas a (?:signatory|named driver)|\binto my new (?:bank )?account|\bpay (?:it|them) into my new account|\bnew (?:bank )?account details|\bchange (?:of )?bank details|\breplacement (?:debit )?cards?|\bnew cards?\b/i,
      2.5,
    ],
    [/\bplease (?:update|switch|change|set up|add)\b/i, 1],
    [
      /\b(?:lock|unlock|unblock|reactivate|reopen|re-open)\b.{0,30}\b(?:account|online banking|app|card|me)\b|\blocked out\b|\breset (?:my |the )?password|\bforgot(?:ten)? (?:my )?(?:password|login|username)|\b(?:lower|reduce|decrease|cap)\b.{0,40}\blimits?\b|\b(?:raise|increase|change)\b.{0,20}\b(?:daily|contactless|spending|atm|cash|withdrawal|online)\b.{0,25}\blimits?\b|\b(?:turn|switch) (?:off|on)\b.{0,30}\b(?:alerts?|notifications?|texts?)|\b(?:alerts?|texts?) off\b/i,
      3,
    ],
    [
      /\blarge print|\bbraille|\b(?:letters|statements|correspondence)\b.{0,40}\b(?:every|each|monthly|quarterly|in (?:french|welsh|english|large)|by email|by post)|\bstatements? every\b|\b(?:stop|no more) (?:phoning|calling|ringing|texting) me|\bcancel (?:it|this card) and send|\bsend (?:me )?a (?:new|replacement) (?:one|card)|\b(?:remove|cancel|take off) (?:the |my )?(?:arranged )?overdraft|\bturn (?:it|my \w+ account) into a joint|\bnominated account|\bopen (?:a |an )?(?:second|new|another|additional|joint)\b.{0,20}\baccount|\bupdate (?:my |the )?(?:occupation|employment (?:status|details)|nationality|tax residency)|\b(?:come out|be taken|be collected|go out) on the \d{1,2}(?:st|nd|rd|th)\b|\bpay (?:the |my )?interest (?:in)?to\b|\binterest (?:to be )?paid (?:monthly|annually|quarterly|into|to)\b|\b(?:be able to )?(?:talk|speak) to you about my accounts?|\bmanage my (?:account|savings|money) for me|\b(?:to|agreed to|wants to) come off (?:our|the|my) (?:joint )?account|\btake (?:\w+ )?off\b.{0,20}\bsignator|\b(?:put|take) \w+ (?:on|off) as (?:a )?signatory/i,
      3,
    ],
  ]),
  ...cues('internal_approval', [
    [
      /\bseeking approval|\brequest(?:ing)? approval|\bfor (?:your )?approval|\bgrateful for approval|\bapprove\b|\bapproval\b|\bsign[- ]off\b|\bsanction\b|\bauthority to (?:quote|proceed|accept|release)/i,
      3.5,
    ],
    [/\bwaive(?:r|d)?\b|\bconcession|\bexception\b|\bone-off\b|\boverride|\bdeviation/i, 2.5],
    [
      /\bpricing\b|\bmargin\b|\bbps\b|\bbasis points|\bloading\b|\bappetite\b|\bpolicy requires|\bour policy says|\boutside (?:our )?(?:policy|appetite|standard)/i,
      2,
    ],
    [
      /\bwrite[- ]off|\blimit increase|\bincrease the limit|\bextension to\b|\brequesting a\b|\bcan (?:i|we) accept|\bcould we accept|\bcan i have authority/i,
      2.5,
    ],
    [
      /\breferral\b|\bcredit (?:team|committee)|\bthe client is\b|\bour client\b|\bthe customer\b|\bcustomer (?:mr|mrs|ms|miss|dr)\b/i,
      1,
    ],
  ]),
  ...cues('no_case', [
    [
      /\bout of (?:the )?office|\bannual leave|\bautomatic reply|\bauto-?reply|\bon leave\b|\breturning (?:on )?(?:monday|tuesday|wednesday|thursday|friday)|\blimited access to (?:my )?email/i,
      6,
    ],
    [
      /\bunsubscribe|\bnewsletter|\bdigest\b|\bedition\b|\bupdate preferences|\bwebinar|\bsign up\b|\bregister now/i,
      4,
    ],
    [
      /\bplease ignore|\bdisregard|\bno (?:further )?action (?:needed|required)|\ball sorted now|\bsorry for wasting/i,
      5,
    ],
    [
      /\bnoted\b|\bthanks? (?:so much |very much )?for (?:your|the|sorting|getting|all)|\bmuch appreciated|\bthat's great|\bthank you so much/i,
      2.5,
    ],
    [
      /\b(?:see you|looking forward|works for me|is perfect|suits (?:me|us)|coffee|lunch|catch[- ]up|diary|invite|calendar)/i,
      2,
    ],
    [
      /\bdear beneficiary|\byou have been (?:awarded|selected)|\bprocessing fee|\blottery\b|\bclaim your (?:prize|funds|winnings)/i,
      5,
    ],
    [/\bbake off|\bsocial committee|\bchristmas party|\bcharity|\bfun run|\bsweepstake/i, 3],
    [
      /^(?:accepted|declined|tentative|cancell?ed):|\bhas (?:accepted|declined) this invitation|\bmeeting has been cancel+ed|\bundeliverable\b|\bdelivery has failed|\bcould not be delivered|\bmail delivery (?:failed|subsystem|software)|\bmailbox unavailable/im,
      6,
    ],
    [
      /\bfor (?:your )?information\b|\bFYI\b|\bheads[- ]up\b|\bno action (?:is )?(?:needed|required)\b|\bconsider the matter closed|\bhappy with the outcome|\bhas turned up\b|\b(?<!(?:not|n't|never) )got it\b|\ball (?:working|looks (?:right|good)|good) now|\b(?<!(?:not|n't|never) )received (?:both|the|it|them)\b|\bRSVP\b|\byou(?:'re| are) invited|\bcongratulations\b|\bwill wait to hear|\b(?:don'?t|do not) need anything (?:else|more)|\bthanks again\b|\b(?<!(?:not|n't|never|hasn't|has not) )(?:came|arrived|turned up) (?:today|this morning|yesterday)\b|\bit'?s (?:arrived|come through)\b(?! yet)/i,
      3,
    ],
  ]),
];
