import { open, readdir, rename, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import {
  type ArticleHead,
  type ArticleRecord,
  articleId,
  readArticleHead,
  renderArticleFile,
} from "./article-file.js";

// The ingested articles of a corpus folder, known by the front matter of their files: the folder
// itself is the record of what was taken, so a restart, the bot and `npm run ingest` all agree on
// what is already there. An article is one file, found again by its feed item, its canonical
// address or its text.

/**
 * added: a new file; updated: its text or headline replaced; unchanged: already there (from this
 * source or another); duplicate: the same text is already there under another address.
 */
export type SaveAction = "added" | "updated" | "unchanged" | "duplicate";

export interface SaveOutcome {
  action: SaveAction;
  /** The file's id (its name without .md); for a duplicate, the article it repeats. */
  id: string;
}

export interface ArticleShelf {
  readonly dir: string;
  /** The article a feed item was saved as, with the item version it was saved at. */
  findItem(source: string, itemKey: string): { id: string; version: string | null } | null;
  /** Articles taken from this source (a feed's address). */
  count(source: string): number;
  save(record: ArticleRecord, itemKey?: string): Promise<SaveOutcome>;
}

/** Enough of a file to hold its front matter. */
const HEAD_BYTES = 4096;

export async function openArticleShelf(dir: string): Promise<ArticleShelf> {
  const heads = new Map<string, ArticleHead>();
  for (const name of await readdir(dir)) {
    if (name.startsWith(".") || extname(name) !== ".md") continue;
    const head = await readHead(join(dir, name));
    if (head) heads.set(name.slice(0, -3), head);
  }
  const byUrl = new Map<string, string>();
  const byLink = new Map<string, string>();
  const byContent = new Map<string, string>();
  const items = new Map<string, { id: string; version: string | null }>();
  const bySource = new Map<string, Set<string>>();
  const index = (id: string, head: ArticleHead, itemKey?: string) => {
    heads.set(id, head);
    if (head.url) byUrl.set(head.url, id);
    if (head.link) byLink.set(head.link, id);
    if (head.content) byContent.set(head.content, id);
    const key = itemKey ?? head.guid ?? head.link;
    if (head.source && key) items.set(`${head.source}\n${key}`, { id, version: head.version ?? null });
    if (head.source) bySource.set(head.source, (bySource.get(head.source) ?? new Set()).add(id));
  };
  for (const [id, head] of heads) index(id, head);
  let saving: Promise<unknown> = Promise.resolve();

  return {
    dir,
    findItem: (source, itemKey) => items.get(`${source}\n${itemKey}`) ?? null,
    count: (source) => bySource.get(source)?.size ?? 0,
    // One save at a time: two feeds carrying the same story must not both add it.
    save(record, itemKey) {
      const next = saving.then(() => save(record, itemKey));
      saving = next.catch(() => undefined);
      return next;
    },
  };

  async function save(record: ArticleRecord, itemKey?: string): Promise<SaveOutcome> {
    const text = renderArticleFile(record);
    const head = readArticleHead(text) ?? {};
    const known =
      (itemKey ? items.get(`${record.source}\n${itemKey}`)?.id : undefined) ??
      (record.url ? byUrl.get(record.url) : undefined) ??
      (record.link ? byLink.get(record.link) : undefined);
    const before = known ? heads.get(known) : undefined;
    if (known && before && before.source !== record.source) {
      // Taken already from another feed or by hand: one article, wherever it is listed.
      if (itemKey) items.set(`${record.source}\n${itemKey}`, { id: known, version: record.version ?? null });
      return { action: "unchanged", id: known };
    }
    if (known) {
      if (JSON.stringify(before) === JSON.stringify(head)) return { action: "unchanged", id: known };
      // Written even when only the item's version moved, so a restart does not fetch the page again.
      await writeAtomically(join(dir, `${known}.md`), text);
      index(known, head, itemKey);
      const same = before?.content === head.content && before?.title === head.title;
      return { action: same ? "unchanged" : "updated", id: known };
    }
    const twin = head.content ? byContent.get(head.content) : undefined;
    if (twin) {
      // Remembered for this run, so the next poll does not fetch the page again.
      if (itemKey) items.set(`${record.source}\n${itemKey}`, { id: twin, version: record.version ?? null });
      return { action: "duplicate", id: twin };
    }
    const base = articleId(record.url ?? record.link ?? record.source);
    let id = base;
    for (let n = 2; heads.has(id) || (await exists(join(dir, `${id}.md`))); n++) id = `${base}-${n}`;
    await writeAtomically(join(dir, `${id}.md`), text);
    index(id, head, itemKey);
    return { action: "added", id };
  }
}

async function readHead(path: string): Promise<ArticleHead | null> {
  try {
    const file = await open(path, "r");
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
      return readArticleHead(buffer.subarray(0, bytesRead).toString("utf8"));
    } finally {
      await file.close();
    }
  } catch {
    return null; // Unreadable files are the corpus loader's to report.
  }
}

/** Written beside as a hidden file, then renamed: the corpus reader never sees half an article. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temp, text, "utf8");
  await rename(temp, path);
}

async function exists(path: string): Promise<boolean> {
  try {
    await (await open(path, "r")).close();
    return true;
  } catch {
    return false;
  }
}
