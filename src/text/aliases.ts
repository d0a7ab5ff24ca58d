import type { Document } from "../corpus/document.js";
import { type GazetteerEntry, lookupPlace } from "./gazetteer.js";
import { bareName, nameKey } from "./name-key.js";
import { findNames, type NameMention, type NameType } from "./names.js";
import { ORGANISATION_WORDS } from "./vocabulary/organisations.js";
import { PERSON_TITLES } from "./vocabulary/titles.js";
import { spacedWords } from "./word-count.js";

/** The names of a set of documents with their spellings, surnames and acronyms merged. */
export interface AliasIndex {
  /** The display name of the entity a name refers to ("Smith" → "Jane Smith"); the name itself if unknown. */
  canonical(name: string, docId?: string): string;
  /** Every spelling seen for the entity `name` refers to, the canonical one first. */
  aliasesOf(name: string, docId?: string): string[];
  /** The entity's type as voted by its typed mentions. */
  typeOf(name: string, docId?: string): NameType;
  /** A stable key for the entity (equal for all of its aliases). */
  keyOf(name: string, docId?: string): string;
}

interface Group {
  forms: Map<string, number>;
  types: Map<NameType, number>;
  tokens: number;
  place: string | null;
}

/** Builds the alias index of the documents' names: one pass over every sentence. */
export function buildAliasIndex(documents: Document[]): AliasIndex {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root) as string;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => {
    parent.set(find(a), find(b));
  };
  const groups = new Map<string, Group>();
  const surnamesByDoc = new Map<string, Map<string, Set<string>>>();
  const surnamesAll = new Map<string, Set<string>>();
  const localKeys = new Map<string, NameMention[]>();

  for (const doc of documents) {
    const mentions = mentionsIn(doc);
    localKeys.set(doc.id, mentions);
    const surnames = new Map<string, Set<string>>();
    surnamesByDoc.set(doc.id, surnames);
    for (const m of mentions) {
      const place = lookupPlace(m.text);
      const key = entityKey(m.text, place);
      if (!parent.has(key)) parent.set(key, key);
      const g = groups.get(key) ?? { forms: new Map(), types: new Map(), tokens: 0, place: null };
      g.forms.set(m.text, (g.forms.get(m.text) ?? 0) + 1);
      g.types.set(m.type, (g.types.get(m.type) ?? 0) + 1);
      g.tokens = Math.max(g.tokens, spacedWords(m.text));
      g.place = place?.kind === "country" ? place.name : g.place;
      groups.set(key, g);
      if (m.acronym) {
        const ak = entityKey(m.acronym);
        if (!parent.has(ak)) parent.set(ak, ak);
        union(ak, key);
      }
      for (const short of shortForms(m, place)) {
        for (const map of [surnames, surnamesAll]) map.set(short, (map.get(short) ?? new Set()).add(key));
      }
    }
  }
  // A lone surname joins the one full name it matches in its article, else in the whole corpus.
  for (const doc of documents) {
    for (const m of localKeys.get(doc.id) ?? []) {
      if (m.text.includes(" ") || m.type === "place") continue;
      const full = uniqueFull(surnamesByDoc.get(doc.id)?.get(m.key)) ?? uniqueFull(surnamesAll.get(m.key));
      if (full) union(entityKey(m.text), full);
    }
  }

  const members = new Map<string, string[]>();
  for (const key of groups.keys()) {
    const root = find(key);
    const keys = members.get(root);
    if (keys) keys.push(key);
    else members.set(root, [key]);
  }
  const display = new Map<string, { name: string; aliases: string[]; type: NameType }>();
  for (const [root, keys] of members) {
    const gs = keys.map((k) => groups.get(k) as Group);
    display.set(root, summarise(gs));
  }

  // Analysers ask about the same names over and over: answer each (name, document) once.
  const memo = new Map<string, Map<string, string | null>>();
  const rootOf = (written: string, docId?: string): string | null => {
    let inDoc = memo.get(docId ?? "");
    if (!inDoc) {
      inDoc = new Map();
      memo.set(docId ?? "", inDoc);
    }
    let root = inDoc.get(written);
    if (root === undefined) {
      root = resolve(written, docId);
      inDoc.set(written, root);
    }
    return root;
  };
  const resolve = (written: string, docId?: string): string | null => {
    const name = withoutTitle(written);
    const key = entityKey(name);
    if (groups.has(key)) return find(key);
    const full =
      uniqueFull(docId ? surnamesByDoc.get(docId)?.get(key) : undefined) ?? uniqueFull(surnamesAll.get(key));
    return full ? find(full) : null;
  };
  return {
    canonical: (name, docId) => {
      const root = rootOf(name, docId);
      return root ? (display.get(root)?.name ?? name) : bareName(name);
    },
    aliasesOf: (name, docId) => {
      const root = rootOf(name, docId);
      return root ? (display.get(root)?.aliases ?? [name]) : [bareName(name)];
    },
    typeOf: (name, docId) => {
      const root = rootOf(name, docId);
      return root ? (display.get(root)?.type ?? "unknown") : "unknown";
    },
    keyOf: (name, docId) => rootOf(name, docId) ?? entityKey(name),
  };
}

/**
 * The names of every sentence of a report, by plain loops (nested flatMaps took several times as long),
 * kept out of `buildAliasIndex` so that V8 recompiles a small function, not the whole index, when the
 * loops meet a new shape of report.
 */
function mentionsIn(doc: Document): NameMention[] {
  const mentions: NameMention[] = [];
  for (const p of doc.paragraphs) for (const s of p.sentences) mentions.push(...findNames(s.text));
  return mentions;
}

/**
 * The short forms a full name is referred to by later in an article: a person's surname ("Smith"), an
 * organisation's head word ("the Observatory").
 */
function shortForms(m: NameMention, place: GazetteerEntry | null): string[] {
  // One array, filled in place: empty and filled lists of one allocation site share a shape, so the
  // loop over them in the index builder is not recompiled for each.
  const forms: string[] = [];
  const words = m.text.split(/\s+/);
  if (words.length < 2 || m.type === "place" || (place && m.type !== "person")) return forms;
  if (m.type === "person") {
    forms.push(nameKey(words.at(-1) as string));
    return forms;
  }
  // "the Observatory" for its full name; "Acme" for "Acme Shipping" unless Acme is a place or people.
  if (m.type === "organisation") {
    for (const w of words) if (ORGANISATION_WORDS.has(w.toLowerCase())) forms.push(nameKey(w));
  }
  const first = words[0] as string;
  if (!lookupPlace(first) && !ORGANISATION_WORDS.has(first.toLowerCase())) forms.push(nameKey(first));
  return forms;
}

/** "Ms Smith", "Gen. Okoye" → the name without its title. */
function withoutTitle(name: string): string {
  const words = bareName(name).split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && PERSON_TITLES.has((words[i] as string).toLowerCase().replace(/\.$/, "")))
    i++;
  return words.slice(i).join(" ");
}

/**
 * Places and institutions key on their gazetteer name, so "U.S." and "United States" meet. `place` is
 * `lookupPlace(name)` when the caller has it already.
 */
function entityKey(name: string, place = lookupPlace(name)): string {
  return place && place.kind !== "demonym" ? `@${nameKey(place.name)}` : nameKey(bareName(name));
}

function uniqueFull(keys: Set<string> | undefined): string | null {
  return keys && keys.size === 1 ? ([...keys][0] as string) : null;
}

function summarise(groups: Group[]): { name: string; aliases: string[]; type: NameType } {
  const forms = new Map<string, number>();
  const types = new Map<NameType, number>();
  let place: string | null = null;
  for (const g of groups) {
    for (const [f, n] of g.forms) forms.set(f, (forms.get(f) ?? 0) + n);
    for (const [t, n] of g.types) types.set(t, (types.get(t) ?? 0) + n);
    place = place ?? g.place;
  }
  // The fullest spelling names the entity; among equals, the most frequent.
  const ranked = [...forms]
    .sort((a, b) => spacedWords(b[0]) - spacedWords(a[0]) || b[1] - a[1])
    .map(([f]) => f);
  const name = place ?? (ranked[0] as string);
  const aliases = [name, ...ranked.filter((f) => f !== name)];
  const typed = [...types].filter(([t]) => t !== "unknown").sort((a, b) => b[1] - a[1]);
  return { name, aliases, type: typed[0]?.[0] ?? "unknown" };
}
