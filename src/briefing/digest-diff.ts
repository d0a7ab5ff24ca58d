import type { Digest, DigestChange } from "../contract/digest-schema.js";
import type {
  Briefing,
  BriefingEvent,
  Citation,
  Discrepancy,
  DiscrepancyClaim,
  Reaction,
} from "../contract/schema.js";
import { briefingCitations } from "../contract/sections.js";

// What a digest leads with: what the current briefing says that the previous digest did not.
// Items are matched by what they are about (normalised names and text), never by position, so a
// re-analysed corpus that orders things differently does not look new.

/** The order a reader needs them: figures that moved first, new reports last. */
const KIND_ORDER: DigestChange["kind"][] = [
  "revised-figure",
  "new-discrepancy",
  "changed-discrepancy",
  "new-event",
  "new-reaction",
  "new-report",
];

export function diffBriefings(previous: Briefing, current: Briefing): DigestChange[] {
  const revised = revisedFigures(previous.discrepancies, current.discrepancies);
  const changes = [
    ...revised.changes,
    ...discrepancyChanges(previous.discrepancies, current.discrepancies, revised.explained),
    ...newEvents(previous.events, current.events),
    ...newReactions(previous.reactions, current.reactions),
    ...newReports(previous, current),
  ];
  return changes.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/** A digest of `briefing`; `previous` is the last digest of the same subscription (null for the first). */
export function composeDigest(
  subscriptionId: string,
  briefing: Briefing,
  previous: Pick<Digest, "generatedAt" | "briefing"> | null,
): Digest {
  return {
    schema: "digest/v1",
    subscriptionId,
    topic: briefing.topic,
    generatedAt: briefing.generatedAt,
    since: previous?.generatedAt ?? null,
    changes: previous ? diffBriefings(previous.briefing, briefing) : [],
    briefing,
  };
}

const normalise = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const eventKey = (e: BriefingEvent) => [e.actor, e.action, e.target].map(normalise).join("|");
const reactionKey = (r: Reaction) => `${normalise(r.speaker)}|${normalise(r.quote)}`;
const discrepancyKey = (d: Discrepancy) => `${normalise(d.aspect)}|${normalise(d.question)}`;
const claimSource = (c: DiscrepancyClaim) =>
  c.attributedTo ? normalise(c.attributedTo) : `doc:${c.citations.map((x) => x.doc).join(",")}`;
const label = (d: Discrepancy) => d.question || d.aspect;
const who = (c: DiscrepancyClaim) => c.attributedTo ?? c.citations.map((x) => x.doc).join(", ");
const firstCitations = (claims: DiscrepancyClaim[]): Citation[] =>
  claims.flatMap((c) => c.citations.slice(0, 1));

function newEvents(previous: BriefingEvent[], current: BriefingEvent[]): DigestChange[] {
  const seen = new Set(previous.map(eventKey));
  return current
    .filter((e) => !e.background && !seen.has(eventKey(e)))
    .map((e) => ({
      kind: "new-event",
      text: [`${e.actor} ${e.action} ${e.target}`, e.location && `in ${e.location}`, e.when]
        .filter(Boolean)
        .join(", "),
      citations: e.citations,
    }));
}

function newReactions(previous: Reaction[], current: Reaction[]): DigestChange[] {
  const seen = new Set(previous.map(reactionKey));
  return current
    .filter((r) => !seen.has(reactionKey(r)))
    .map((r) => ({
      kind: "new-reaction",
      text: `${[r.speaker, r.role].filter(Boolean).join(", ")} (${r.stance}): "${r.quote}"`,
      citations: r.citations,
    }));
}

function newReports(previous: Briefing, current: Briefing): DigestChange[] {
  const seenDocs = new Set(previous.documents.map((d) => d.id));
  const seenOutlets = new Set(previous.documents.flatMap((d) => (d.outlet ? [normalise(d.outlet)] : [])));
  const cited = briefingCitations(current);
  return current.documents
    .filter((d) => !seenDocs.has(d.id))
    .map((d) => {
      const firstOutlet = d.outlet !== null && !seenOutlets.has(normalise(d.outlet));
      if (d.outlet) seenOutlets.add(normalise(d.outlet));
      const from = d.outlet ? ` from ${d.outlet}${firstOutlet ? " (a new outlet)" : ""}` : "";
      const copy = d.derivedFrom ? ` (a copy of ${d.derivedFrom})` : "";
      const quote = cited.find((c) => c.doc === d.id);
      return {
        kind: "new-report",
        text: `New report${from}: ${d.title}${copy}`,
        citations: quote ? [quote] : [],
      };
    });
}

/** Same source, same aspect, a figure it did not give before: "X casualties figure revised from 5 to 7". */
function revisedFigures(previous: Discrepancy[], current: Discrepancy[]) {
  const before = new Map<string, { numbers: Set<number>; claims: DiscrepancyClaim[] }>();
  for (const d of previous) {
    for (const c of d.claims) {
      if (c.attributedTo === null || c.number === null) continue;
      const key = `${normalise(d.aspect)}|${normalise(c.attributedTo)}`;
      const entry = before.get(key) ?? { numbers: new Set<number>(), claims: [] };
      entry.numbers.add(c.number);
      entry.claims.push(c);
      before.set(key, entry);
    }
  }
  const changes: DigestChange[] = [];
  /** Claims these changes account for, so the discrepancy is not reported changed a second time. */
  const explained = new Set<DiscrepancyClaim>();
  const reported = new Set<string>();
  for (const d of current) {
    for (const c of d.claims) {
      if (c.attributedTo === null || c.number === null) continue;
      const key = `${normalise(d.aspect)}|${normalise(c.attributedTo)}`;
      const earlier = before.get(key);
      if (!earlier || earlier.numbers.has(c.number)) continue;
      explained.add(c);
      if (reported.has(`${key}|${c.number}`)) continue;
      reported.add(`${key}|${c.number}`);
      const old = [...earlier.numbers].sort((a, b) => a - b);
      changes.push({
        kind: "revised-figure",
        text:
          old.length === 1
            ? `${c.attributedTo}: ${d.aspect} figure revised from ${old[0]} to ${c.number}`
            : `${c.attributedTo}: ${d.aspect} figure revised to ${c.number} (earlier figures: ${old.join(", ")})`,
        citations: [...c.citations, ...firstCitations(earlier.claims)],
      });
    }
  }
  return { changes, explained };
}

function discrepancyChanges(
  previous: Discrepancy[],
  current: Discrepancy[],
  explained: Set<DiscrepancyClaim>,
): DigestChange[] {
  const byKey = new Map(previous.map((d) => [discrepancyKey(d), d]));
  const byAspect = new Map<string, Discrepancy[]>();
  for (const d of previous)
    byAspect.set(normalise(d.aspect), [...(byAspect.get(normalise(d.aspect)) ?? []), d]);
  const changes: DigestChange[] = [];
  for (const d of current) {
    const sameAspect = byAspect.get(normalise(d.aspect)) ?? [];
    // The question's wording may move with the evidence; a lone discrepancy on the aspect is the same one.
    const before = byKey.get(discrepancyKey(d)) ?? (sameAspect.length === 1 ? sameAspect[0] : undefined);
    if (!before) {
      changes.push({
        kind: "new-discrepancy",
        text: `Sources disagree: ${label(d)} — ${d.claims.map((c) => `${who(c)}: ${c.value}`).join("; ")}`,
        citations: firstCitations(d.claims),
      });
      continue;
    }
    const change = describeChange(before, d, explained);
    if (change) changes.push(change);
  }
  return changes;
}

function describeChange(
  before: Discrepancy,
  now: Discrepancy,
  explained: Set<DiscrepancyClaim>,
): DigestChange | null {
  const known = new Set(before.claims.map((c) => `${claimSource(c)}|${normalise(c.value)}`));
  const added = now.claims.filter(
    (c) => !explained.has(c) && !known.has(`${claimSource(c)}|${normalise(c.value)}`),
  );
  const parts: string[] = [];
  if (before.status !== now.status) {
    parts.push(now.status === "reconciled" ? "now reconciled" : "open again");
    if (now.note) parts.push(now.note);
  }
  if (added.length > 0) parts.push(`new: ${added.map((c) => `${who(c)}: ${c.value}`).join("; ")}`);
  if (parts.length === 0) return null;
  const range =
    now.range && before.range && (now.range.min !== before.range.min || now.range.max !== before.range.max)
      ? ` (range now ${now.range.min}–${now.range.max}, was ${before.range.min}–${before.range.max})`
      : "";
  return {
    kind: "changed-discrepancy",
    text: `${label(now)}: ${parts.join("; ")}${range}`,
    citations: firstCitations(added.length > 0 ? added : now.claims),
  };
}
