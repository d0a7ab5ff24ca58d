import { mapped } from "../lists.js";
import { rememberedPerText } from "../text/remembered.js";
import { squaredNorm, terms, type Vector, vectorOf } from "../text/similarity.js";
import { perDocumentAlone } from "./document-memo.js";

/** A report's whole text as a bag of words (each term counted once per use) and its squared norm. */
export interface BodyVector {
  vector: Vector;
  norm: number;
}

// The summary's features and the headline both weigh sentences and titles against whole reports:
// each report's words are counted once for both, not once per analyser. A story's reports are read
// together, so a thousand documents hold the largest story; shared, so nothing may change them.
const KEEP = 1_000;

export const bodyVector = perDocumentAlone(
  (doc): BodyVector => vectorOfText(mapped(doc.paragraphs, (p) => p.text).join(" ")),
  KEEP,
);

/** Copies carry their original's text word for word: its words are counted once. */
const vectorOfText = rememberedPerText((text): BodyVector => {
  const vector = vectorOf(terms(text));
  return { vector, norm: squaredNorm(vector) };
}, KEEP);
