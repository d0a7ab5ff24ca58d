import type { Discrepancy, DiscrepancyClaim } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { isBackground } from "../../text/dates.js";
import { ATTACK_WORDS } from "../../text/vocabulary/attack-words.js";
import { sentenceTexts } from "../background.js";
import { eventNear } from "../claims/claim-event.js";
import { actorKey } from "../events/merge-events.js";
import { isPronoun, phraseAfter, subjectBefore } from "../events/phrases.js";
import type { StoryContext } from "../story-context.js";

// Who did it, when the reports do not agree: a group claims an attack, a government blames another,
// the one blamed denies it. Each side is shown with who says so; the dispute stays open unless a party
// it names concedes. Only the story's main event counts: disputes over an earlier attack the reports
// recall are background.

type Kind = "claimed" | "blamed" | "denied" | "conceded";

interface Statement {
  kind: Kind;
  /** Who says so. */
  by: string;
  /** Who the statement holds responsible (or not). */
  party: string;
  doc: string;
  quote: string;
}

// Headlines claim in the present: "Rebels claim attack".
const CLAIMED =
  /\b(?:has |have |had )?(?:quickly |later |swiftly )?(?:claim(?:ed|s)? (?:responsibility|credit)|claim(?:ed|s)? (?:the |this |that |Thursday's |Friday's |\w+day's )?(?:attacks?|bombings?|strikes?|raids?|explosions?|blasts?|assault)|said (?:it|they) (?:was|were) behind)\b/i;
const DENIED =
  /\b(?:has |have |had )?(?:denied|denies|rejected|rejects|dismissed)\s+(?:any\s+)?(?:involvement|responsibility|role|(?:being|that it was) behind|carrying out|(?:that\s+)?(?:it|its (?:forces|troops|military|army))\s+(?:was|were)\s+(?:responsible|behind)|(?:the\s+)?(?:accusations?|allegations?|charges?))\b/i;
const CONCEDED =
  /\b(?:has |have |had )?(?:admitted|acknowledged|accepted|took|takes)\s+(?:full\s+)?(?:responsibility|that it (?:carried out|was behind))\b/i;
// "blamed Iran for the attack", and with the attack understood: "blamed Russian forces and said…".
const BLAMED =
  /\b(?:blamed|blames|accused|accuses|held)\s+(.{2,80}?)(?:\s+(?:for|of|responsible|directly|squarely)\b|(?=[,;.]|\s+and\s|$))/i;
const BLAMED_ON =
  /\b(?:(?:blamed|pinned)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?|(?:laid|placed|put|pinned)\s+(?:the\s+)?(?:blame|responsibility)\s+(?:\w+ly\s+)?)on\s+(.{2,80})$/i;
/** "No group has claimed responsibility": no claim, and no statement to set against another. */
const NONE = /\b(?:no|nobody|none|not)\b[^,;]{0,30}$/i;

/** "The group was blamed for…": the subject is the one blamed, and who blames it is not said. */
const PASSIVE = /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$/i;

/** The party held responsible is named ("Iran", "the militia"), never a fragment such as "for some". */
const named = (party: string | null) => (party && /^\p{Lu}|^the\s/u.test(party) ? party : null);

function speaker(before: string): string | null {
  if (NONE.test(before)) return null;
  const subject = subjectBefore(before);
  if (!subject || isPronoun(subject.split(/\s+/).at(-1) ?? "")) return null;
  // "In a later post he accused…": a phrase of place or time left over is not who speaks.
  if (/^(?:In|On|At|After|Before|During|From|With|By)\s/.test(subject)) return null;
  return /^\p{Lu}|^the\s/u.test(subject) ? subject : null;
}

/**
 * A word every statement pattern above needs ("claim", "behind", "denied", "admitted", "blamed",
 * "pinned" …): most sentences have none, and one look spares the five patterns.
 */
const STATEMENT_WORD =
  /claim|behind|deni|reject|dismiss|admit|acknowledg|accept|took|takes|blame|accus|held|pinned|laid|placed|put/i;

function statementsIn(text: string, doc: string): Statement[] {
  if (!STATEMENT_WORD.test(text)) return [];
  const found: Statement[] = [];
  const add = (kind: Kind, by: string | null, party: string | null) => {
    if (by && party) found.push({ kind, by, party, doc, quote: text });
  };
  for (const [kind, re] of [
    ["claimed", CLAIMED],
    ["denied", DENIED],
    ["conceded", CONCEDED],
  ] as const) {
    const m = re.exec(text);
    if (m) {
      const by = speaker(text.slice(0, m.index));
      add(kind, by, by);
    }
  }
  const blamed = BLAMED.exec(text);
  if (blamed && !PASSIVE.test(text.slice(0, blamed.index)))
    add("blamed", speaker(text.slice(0, blamed.index)), named(phraseAfter(blamed[1] ?? "", 6)));
  const on = BLAMED_ON.exec(text);
  if (on && !PASSIVE.test(text.slice(0, on.index)))
    add("blamed", speaker(text.slice(0, on.index)), named(phraseAfter(on[1] ?? "", 6)));
  return found;
}

/**
 * The kinds of event the story's lead event is, as claim-event names kinds: its action's, and its
 * weapons' ("drones, missiles"), since a report may name the attack by either.
 */
function mainKinds(mainAction: string | null, instrument: string | null): Set<string> {
  const kinds = new Set<string>();
  const word = ATTACK_WORDS.find((w) => w.label === mainAction);
  if (!word || word.family === "generic") return kinds;
  kinds.add(word.family === "disaster" ? word.label : word.family);
  for (const weapon of (instrument ?? "").split(/,\s*/)) {
    const kind = eventNear(weapon, 0, Number.POSITIVE_INFINITY);
    if (kind) kinds.add(kind);
  }
  return kinds;
}

const VALUE: Record<Kind, (s: Statement) => string> = {
  claimed: (s) => `claimed by ${s.party}`,
  blamed: (s) => `blamed on ${s.party}`,
  denied: (s) => `denied by ${s.party}`,
  conceded: (s) => `admitted by ${s.party}`,
};

const keyOf = (party: string) => actorKey(party) ?? party.toLowerCase();

/** Words that say what kind of body a party is, not which: "the Red Hand group", "its affiliate". */
const KIND_WORDS = /^(?:the|an?|group|affiliate|movement|militants?|fighters|forces|rebels|organi[sz]ation)$/;
const wordsOf = (party: string) =>
  party
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !KIND_WORDS.test(w));

/** "Red Hand", "the Red Hand group" and "a Red Hand affiliate" are one party. */
function sameParty(a: string, b: string): boolean {
  if (keyOf(a) === keyOf(b)) return true;
  const [short, long] = [wordsOf(a), wordsOf(b)].sort((x, y) => x.length - y.length);
  return (
    short !== undefined && long !== undefined && short.length > 0 && short.every((w) => long.includes(w))
  );
}

export function responsibilityDispute(
  documents: Document[],
  context: StoryContext,
  mainAction: string | null,
  instrument: string | null = null,
): Discrepancy[] {
  const main = mainKinds(mainAction, instrument);
  const statements: Statement[] = [];
  for (const doc of documents) {
    const texts = sentenceTexts(doc);
    // The event a sentence is about: the one it names, else the last one named before it. Read only
    // for the few sentences that make a statement of responsibility.
    const about = (i: number): string | null => {
      for (let j = i; j >= 0; j--) {
        const named = eventNear(texts[j] ?? "", 0, Number.POSITIVE_INFINITY);
        if (named !== null) return named;
      }
      return null;
    };
    texts.forEach((text, i) => {
      const found = statementsIn(text, doc.id);
      if (found.length === 0) return;
      const event = about(i);
      // With a main event of a known kind, statements about another kind are another event's. With
      // none, a statement counts only when it is about some attack or incident, not an answer to one:
      // blame in a story of no incident is politics, not responsibility.
      if (main.size > 0 ? event !== null && !main.has(event) : event === null || event.endsWith("response"))
        return;
      if (isBackground(text, context.dateOf(doc.id), context.storyDay)) return;
      statements.push(...found);
    });
  }
  const asserted = [
    ...new Set(statements.filter((s) => s.kind === "claimed" || s.kind === "blamed").map((s) => s.party)),
  ];
  const denied = new Set(statements.filter((s) => s.kind === "denied").map((s) => s.party));
  const disputed =
    asserted.some((a) => asserted.some((b) => !sameParty(a, b))) ||
    [...denied].some((d) => asserted.some((a) => sameParty(a, d)));
  if (!disputed) return [];
  const concession = statements.find(
    (s) => s.kind === "conceded" && [...denied].some((d) => sameParty(d, s.party)),
  );
  const claims = new Map<string, DiscrepancyClaim>();
  for (const s of statements) {
    const key = `${s.kind}|${keyOf(s.party)}|${keyOf(s.by)}`;
    const claim = claims.get(key) ?? {
      value: VALUE[s.kind](s),
      number: null,
      attributedTo: s.by,
      citations: [],
    };
    if (!claim.citations.some((c) => c.doc === s.doc)) claim.citations.push({ doc: s.doc, quote: s.quote });
    claims.set(key, claim);
  }
  return [
    {
      aspect: "responsibility",
      question: "Who was responsible?",
      claims: [...claims.values()],
      status: concession ? "reconciled" : "open",
      note: concession ? `${concession.party} later admitted responsibility.` : null,
      range: null,
      conservative: null,
    },
  ];
}
