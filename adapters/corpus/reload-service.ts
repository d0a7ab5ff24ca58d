import type { CorpusService, Document } from "../../src/index.js";

// A re-read folder is applied to the running service as changes: only the stories an added, edited
// or removed article belongs to are analysed again.

const fingerprint = (d: Document) =>
  JSON.stringify([d.title, d.outlet, d.published, d.derivedFrom, d.flags, d.paragraphs.map((p) => p.text)]);

export function applyReload(
  service: CorpusService,
  documents: Document[],
): { changed: number; removed: number } {
  const held = new Map(service.documents().map((d) => [d.id, fingerprint(d)]));
  const fresh = new Set(documents.map((d) => d.id));
  const changed = documents.filter((d) => held.get(d.id) !== fingerprint(d));
  const removed = [...held.keys()].filter((id) => !fresh.has(id));
  if (removed.length > 0) service.remove(removed);
  if (changed.length > 0) service.upsert(changed);
  return { changed: changed.length, removed: removed.length };
}
