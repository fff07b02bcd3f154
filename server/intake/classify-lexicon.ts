import type { IntakeLabel } from '../../shared/intake/intake.schema';

/** One cue: a phrase pattern and how strongly it points at a label. */
export type Cue = { label: IntakeLabel; re: RegExp; weight: number };

const cues = (label: IntakeLabel, list: [RegExp, number][]): Cue[] =>
  list.map(([re, weight]) => ({ label, re, weight }));

// Weights were set by hand on the training set; each cue counts once per email.
export const LEXICON: Cue[] = [
  ...cues('complaint', [
    [
      /\bformal(?:ly)? complain(?:t)?\b|\bregister (?:my|a) complaint|\blog (?:this|it) as a (?:formal )?complaint|\bas a formal complaint/i,
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
      /\bmis-?led|\bmis-?sold|\bnot (?:been )?told|\bnobody (?:told|mentioned|seems|takes)|\bno one (?:takes|seems|told)/i,
      2,
    ],
    [
      /\btreated like|\bhow i(?:'m| am) being treated|\bpoor service|\bterrible service|\bworst\b|\bnot good enough|\bthird time|\bagain and again|\bembarrassing/i,
      2,
    ],
    [/\bregulator\b|\bFCA\b/i, 1.5],
    [/\b(?:full|an) explanation\b|\bexplain why\b/i, 1],
    [/\byou must be joking|\bfor mugs\b|\bloyalty\b/i, 1.5],
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
  ]),
  ...cues('document_request', [
    [
      /\b(?:send|email|post|provide|forward) (?:me|us|them)?\s*(?:a |the |an )?(?:copy|copies|statements?|letter|certificate|confirmation|breakdown|transfer value)/i,
      3.5,
    ],
    [/\bcopy of\b|\bcopies of\b|\bduplicate statement|\bre-?send (?:me )?(?:the|my)/i, 2.5],
    [
      /\bstatements?\b|\bcertificate\b|\bletter (?:confirming|from)|\bconfirmation of (?:cover|balance|account)|\bproof of\b|\breference letter|\bbank reference/i,
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
    [
      /\bneed (?:a|the|it) (?:for|by)\b|\bfor my tax return|\bfor (?:my|our|their) (?:accountant|auditors?|solicitor|mortgage|visa|tax)|\byear[- ]end accounts|\baudit confirmation/i,
      1.5,
    ],
  ]),
  ...cues('account_maintenance', [
    [
      /\b(?:change|update|amend)\b.{0,25}\b(?:address|email|e-mail|phone|mobile|number|title|name|contact details|signator(?:y|ies)|mandate|account name)/i,
      3,
    ],
    [
      /\bnew (?:home )?address|\bmoved (?:house|home|to)\b|\bchange of (?:address|name|signator|bank)/i,
      2.5,
    ],
    [
      /\bclose (?:my|the|our)\b.{0,25}\b(?:account|isa|saver|card)|\bcancel (?:my|the|our)\b.{0,25}\b(?:policy|card|direct debit|standing order|cover|insurance)|\bsurrender\b/i,
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
    [/\bbake off|\bsocial committee|\bchristmas party|\bcharity|\bfun run|\bsweepstake/i, 3],
  ]),
];
