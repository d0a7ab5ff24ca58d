// Verbs that introduce what a source asserts, in the forms news copy uses. General English.

const SPEECH_LEMMAS = [
  "say",
  "tell",
  "announce",
  "warn",
  "condemn",
  "deny",
  "tweet",
  "write",
  "add",
  "state",
  "report",
  "claim",
  "insist",
  "confirm",
  "acknowledge",
  "admit",
  "explain",
  "note",
  "argue",
  "accuse",
  "describe",
  "urge",
  "demand",
  "threaten",
  "vow",
  "pledge",
  "promise",
  "reject",
  "dismiss",
  "decline",
  "refuse",
  "reply",
  "respond",
  "assert",
  "allege",
  "maintain",
  "remark",
  "comment",
  "declare",
  "emphasise",
  "emphasize",
  "stress",
  "caution",
  "complain",
  "regret",
  "denounce",
  "criticise",
  "criticize",
  "blame",
  "praise",
  "welcome",
  "appeal",
  "reiterate",
  "post",
  "testify",
  "estimate",
  "predict",
  "call",
  "suggest",
  "indicate",
  "detail",
  "repeat",
  "contend",
  "counter",
  "concede",
  "signal",
  "speak",
  "affirm",
  "attribute",
  "apologise",
  "apologize",
  "ask",
  "defend",
  "justify",
] as const;

const IRREGULAR: Record<string, string[]> = {
  say: ["said", "says", "saying"],
  tell: ["told", "tells", "telling"],
  write: ["wrote", "writes", "written", "writing"],
  deny: ["denied", "denies", "denying"],
  reply: ["replied", "replies", "replying"],
  testify: ["testified", "testifies", "testifying"],
  admit: ["admitted", "admits", "admitting"],
  speak: ["spoke", "spoken", "speaks", "speaking"],
  justify: ["justified", "justifies", "justifying"],
  regret: ["regretted", "regrets", "regretting"],
};

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  const s = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${stem}ed`, `${stem}ing`];
}

/** Every form of a verb of saying: "said", "tells", "warned", "tweeted"... (lower case). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(SPEECH_LEMMAS.flatMap(inflect));

/** Verbs of belief or assessment that attribute a claim without quoting speech. */
export const BELIEF_VERBS: ReadonlySet<string> = new Set(
  ["believe", "think", "assess", "suspect", "fear", "expect", "conclude", "find"].flatMap((v) =>
    v === "think" ? ["think", "thinks", "thought"] : v === "find" ? ["find", "finds", "found"] : inflect(v),
  ),
);

/** Multi-word phrases that put the source after them: "according to the ministry". */
export const SOURCE_PREPOSITIONS: readonly string[] = [
  "according to",
  "as reported by",
  "reported by",
  "citing",
  "cited by",
  "quoting",
  "quoted by",
  "in the words of",
];

export function isReportingVerb(word: string): boolean {
  return REPORTING_VERBS.has(word.toLowerCase());
}
