import type { Reaction } from "../../contract/schema.js";
import { copyDocument, type Document, type Paragraph } from "../../corpus/document.js";
import { type AliasIndex, buildAliasIndex } from "../../text/aliases.js";
import { lookupPlace } from "../../text/gazetteer.js";
import { findNames } from "../../text/names.js";
import { textsOf } from "../background.js";
import { bestStatement, citationsOf, mergeStatements } from "./merge.js";
import { rankReactions } from "./rank.js";
import { buildRoleBook } from "./role.js";
import { speakerFromMention } from "./speaker.js";
import { SpeakerContext } from "./speaker-context.js";
import { evidenceFor } from "./stance.js";
import { findStatements, type Statement } from "./statements.js";
import { outletKey } from "./who-counts.js";
import { settleDocument, shareAffiliations } from "./within-document.js";

/** Official and institutional statements across the documents, merged and ranked. */
export function findReactions(documents: Document[]): Reaction[] {
  const english = documents.map(englishOnly);
  const aliases = buildAliasIndex(english);
  const roles = buildRoleBook(english, aliases);
  const statements: Statement[] = [];
  for (const doc of english) {
    const ctx: SpeakerContext = new SpeakerContext(doc.id, aliases, roles, (m) => speakerFromMention(m, ctx));
    const sentences = textsOf(doc);
    statements.push(...settleDocument(findStatements(doc, ctx), sentences));
  }
  const translated = new Set(
    documents.filter((d) => d.flags.includes("machine-translation")).map((d) => d.id),
  );
  const outlets = new Set(documents.flatMap((d) => (d.outlet ? [outletKey(d.outlet)] : [])));
  const merged = mergeStatements(shareAffiliations(statements), translated, outlets);
  return rankReactions(merged, mainParties(english, aliases)).map((g) => {
    const best = bestStatement(g);
    // Quoted words that do not show the stance ("refusal to be an arena") give way to the reported clause that does.
    const quote =
      evidenceFor(g.stance, best.quote) === 0 && evidenceFor(g.stance, best.clause) > 0
        ? best.clause
        : best.quote;
    return {
      speaker: g.speaker.name,
      role: g.speaker.role,
      affiliation: g.speaker.affiliation,
      stance: g.stance,
      quote,
      citations: citationsOf(g),
    };
  });
}

// The vocabulary is English: a paragraph left in another language (a machine translation's residue) is
// skipped. A report all in English is read as it is: a copy would be one more shape of report for the
// alias index and the role book to be recompiled for, and would miss what is remembered per report.
function englishOnly(doc: Document): Document {
  const english = (p: Paragraph) => p.language === null || p.language === "en";
  return doc.paragraphs.every(english)
    ? doc
    : copyDocument(doc, doc.derivedFrom, doc.paragraphs.filter(english));
}

/** The organisations the story is about: the three named in the most documents. */
function mainParties(documents: Document[], aliases: AliasIndex): Set<string> {
  const docsByKey = new Map<string, Set<string>>();
  for (const doc of documents) {
    for (const p of doc.paragraphs) {
      for (const s of p.sentences) {
        for (const m of findNames(s.text)) {
          if (m.type === "place" || lookupPlace(m.text) || aliases.typeOf(m.text, doc.id) === "person")
            continue;
          const key = aliases.keyOf(m.text, doc.id);
          docsByKey.set(key, (docsByKey.get(key) ?? new Set()).add(doc.id));
        }
      }
    }
  }
  const ranked = [...docsByKey].sort((a, b) => b[1].size - a[1].size);
  return new Set(ranked.slice(0, 3).map(([k]) => k));
}
