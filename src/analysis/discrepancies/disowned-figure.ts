import type { Discrepancy } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { sentenceTexts } from "../background.js";
import { subjectBefore } from "../events/phrases.js";
import { type Said, saidClaim } from "./said-claim.js";

// A figure the reports credit to a body which the body says it never gave: "the Red Cross denied that
// the toll had reached 4,200, a figure attributed to it". The figure still travels under its name in
// other reports; the body's denial settles whose it is not (reconciled, the denial cited). Only a
// denial that names the figure and says it was attributed to the denier, or that the denier never
// released it: a body denying a toll it did give is a dispute of the toll, not of its source.

/** "X denied that the toll reached 4,200": the denier before the verb, the figure after it. */
const DENIAL =
  /\b(?:denied|disowned|rejected)\s+(?:that\s+)?(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,6}?(?:toll|figure|number|count|estimate)\b[^.;]{0,60}?\b(\d{1,3}(?:,\d{3})+|\d{3,})\b/i;
/** The figure was put in the denier's mouth: "attributed to it", "never released that number". */
const NOT_ITS_OWN =
  /\battributed to (?:it|them|him|her)\b|\b(?:never|did not|didn't|had not|hadn't)\s+(?:\w+\s+)?(?:release|released|announce|announced|issue|issued|publish|published|give|given|gave)\b/i;

const digits = (n: string) => n.replace(/,/g, "");

export function disownedFigures(documents: Document[]): Discrepancy[] {
  const denials: (Said & { figure: string; body: string })[] = [];
  const credited: Said[] = [];
  for (const doc of documents) {
    const texts = sentenceTexts(doc);
    texts.forEach((text, i) => {
      const m = DENIAL.exec(text);
      const next = texts[i + 1] ?? "";
      if (!m?.[1] || !(NOT_ITS_OWN.test(text) || NOT_ITS_OWN.test(next))) return;
      const body = subjectBefore(text.slice(0, m.index));
      if (body) denials.push({ doc: doc.id, quote: text, figure: m[1], body });
    });
  }
  const [first] = denials;
  if (!first) return [];
  const figure = new RegExp(
    `(?:^|[^\\d,])${digits(first.figure).replace(/\B(?=(\d{3})+$)/g, ",?")}(?![\\d,])`,
  );
  for (const doc of documents)
    for (const text of sentenceTexts(doc))
      if (figure.test(text) && !denials.some((d) => d.quote === text))
        credited.push({ doc: doc.id, quote: text });
  if (credited.length === 0) return [];
  const body = first.body;
  const Body = body.charAt(0).toUpperCase() + body.slice(1);
  return [
    {
      aspect: "attributed figure",
      question: `Did ${body} give the figure of ${first.figure}?`,
      claims: [
        saidClaim(credited, `${first.figure} attributed to ${body}`),
        saidClaim(denials, `denied by ${body}`),
      ],
      status: "reconciled",
      note: `${Body} denied the figure of ${first.figure} attributed to it.`,
      range: null,
      conservative: null,
    },
  ];
}
