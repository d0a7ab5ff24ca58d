import { DOCUMENT_FLAGS, type DocumentFlag } from "../contract/schema.js";
import { foreignFragment } from "../text/language.js";
import type { Paragraph, RemovalReason } from "./document.js";
import { findGarbling } from "./garbling.js";

/** Removal reasons that describe the article itself (its title, byline, date), not page chrome. */
const NOT_BOILERPLATE = new Set<RemovalReason>([
  "front-matter",
  "title",
  "byline",
  "dateline",
  "credit-line",
  "masthead",
]);

/** What a careful reader would warn about: garbled translation, another language, chrome removed. */
export function documentFlags(
  title: string,
  paragraphs: Paragraph[],
  language: string,
  removed: RemovalReason[],
): DocumentFlag[] {
  const flags = new Set<DocumentFlag>();
  const sentences = paragraphs.flatMap((p) => p.sentences);
  if (
    language === "en" &&
    findGarbling([title, ...paragraphs.map((p) => p.text)], sentences.length).garbled
  ) {
    flags.add("machine-translation");
  }
  if (sentences.some((s) => foreignFragment(s.text, language) !== null)) flags.add("mixed-language");
  if (removed.some((r) => !NOT_BOILERPLATE.has(r))) flags.add("boilerplate-removed");
  return DOCUMENT_FLAGS.filter((f) => flags.has(f));
}
