import { isPunct, type Token } from "./tokens.js";

// Noun phrases read left and right of a cue over tagged tokens: the subject before "said", the
// source after "said" or "according to".

export const NP_ADP = new Set(["of", "for", "from", "with", "in", "at", "to"]);

/** Leftmost index of a noun phrase ending at `end`, or null when there is none. */
export function phraseLeft(tokens: Token[], end: number): number | null {
  let i = end;
  let hasHead = false;
  while (i >= 0) {
    const t = tokens[i] as Token;
    if (t.text === ")") {
      // "the Example Forces (EF)": a bracketed acronym belongs to the phrase.
      while (i >= 0 && (tokens[i] as Token).text !== "(") i--;
      i--;
      continue;
    }
    const glued =
      i > 0 && (t.text === "-" || (tokens[i - 1] as Token).text === "-") && !spaceBefore(tokens, i);
    if (t.pos === "PRON" && i === end) {
      if (!/^(?:he|she|it|they|we|i|you|who|which|that)$/i.test(t.text)) return null;
      return i;
    }
    if (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "NUM") hasHead = true;
    else if (!(glued || isNounPhraseFiller(t, tokens[i + 1]))) break;
    i--;
  }
  const start = i + 1;
  // A phrase may not start with a connector: "and the ministry" starts at "the".
  let s = start;
  while (s <= end && /^(?:and|of|for|from|with|in|at|to|'s|’s|-)$/.test(tokens[s]?.lower ?? "")) s++;
  return hasHead && s <= end ? s : null;
}

function isNounPhraseFiller(t: Token, next: Token | undefined): boolean {
  if (t.pos === "ADJ" || t.pos === "DET" || t.pos === "PART")
    return t.pos !== "PART" || /^['’]s$/.test(t.text);
  if (t.pos === "ADP") return NP_ADP.has(t.lower) && next !== undefined && next.pos !== "PUNCT";
  if (t.pos === "CCONJ") return t.lower === "and";
  return false;
}

export function spaceBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && (tokens[i] as Token).start > prev.end;
}

/**
 * Token range of a noun phrase starting at `from` and running to the next clause break, with a name in
 * apposition ("the spokeswoman of the ministry, Ana Diaz,").
 */
export function nounPhraseRight(tokens: Token[], from: number): [number, number] | null {
  const np = simpleNounPhraseRight(tokens, from);
  if (!np || tokens[np[1] + 1]?.text !== ",") return np;
  const name = simpleNounPhraseRight(tokens, np[1] + 2);
  if (!name || !tokens.slice(name[0], name[1] + 1).every((t) => t.pos === "PROPN" || t.text === "-"))
    return np;
  const after = tokens[name[1] + 1];
  return !after || /^[,.;]$/.test(after.text) ? [np[0], name[1]] : np;
}

function simpleNounPhraseRight(tokens: Token[], from: number): [number, number] | null {
  let i = from;
  let last = -1;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "NUM") last = i;
    else if (t.pos === "PRON" && i === from) return [i, i];
    else if (isPunct(t) && !(t.text === "-" && !spaceBefore(tokens, i))) break;
    else if (!(isNounPhraseFiller(t, tokens[i + 1]) || (i > from && (tokens[i - 1] as Token).text === "-")))
      break;
    i++;
  }
  return last >= from ? [from, last] : null;
}
