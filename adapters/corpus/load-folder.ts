import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { buildCorpus, type CorpusWarning, type Document, type RawArticle } from "../../src/index.js";
import { articleFromFile, PAGE_EXTENSIONS } from "../ingest/saved-page.js";
import { decodeArticle } from "./decode.js";

export interface CorpusLoad {
  documents: Document[];
  warnings: CorpusWarning[];
}

/** A corpus folder that cannot be used at all (as opposed to one bad file in it). */
export class CorpusFolderError extends Error {
  constructor(
    readonly code: "missing_folder" | "not_a_folder" | "empty_folder" | "unreadable_folder",
    message: string,
  ) {
    super(message);
    this.name = "CorpusFolderError";
  }
}

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/**
 * The longest article read: reading and analysing grow with its length (about 1 s per 100,000
 * characters on a quiet machine, and a story is analysed on the event loop), so a longer text
 * (ten times a long feature) is refused, named, rather than stall every command.
 */
export const MAX_ARTICLE_CHARS = 100_000;
const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ...PAGE_EXTENSIONS]);
/** Files that describe a corpus rather than belong to it. */
const NOT_ARTICLES = new Set(["readme.md", "readme.txt", "license.md", "license.txt", "changelog.md"]);
/** Files read at once: enough to keep the disk busy, few enough not to run out of file handles. */
const CONCURRENCY = 64;

/**
 * Reads every .txt, .md and .html article of a folder (not its subfolders). A file that cannot be used
 * becomes a one-line warning naming it and the rest still loads; only a folder that is missing,
 * unreadable or holds no articles at all is an error.
 */
export async function loadCorpusFolder(dir: string): Promise<CorpusLoad> {
  const root = await openFolder(dir);
  const names = (await listFolder(dir)).filter(isArticleName).sort();
  if (names.length === 0) {
    throw new CorpusFolderError(
      "empty_folder",
      `The corpus folder ${dir} has no .txt, .md or .html articles.`,
    );
  }
  const results = await mapLimited(names, CONCURRENCY, (name) => readArticleFile(dir, root, name));
  const warnings: CorpusWarning[] = [];
  const articles: RawArticle[] = [];
  const ids = new Map<string, string>();
  results.forEach((result, i) => {
    const file = names[i] ?? "";
    const id = articleId(file);
    const twin = ids.get(id);
    if ("problem" in result) warnings.push({ file, message: result.problem });
    else if (twin) warnings.push({ file, message: `skipped: ${twin} already gives the id "${id}".` });
    else {
      ids.set(id, file);
      articles.push({ id, text: result.text });
    }
  });
  if (articles.length === 0) {
    throw new CorpusFolderError(
      "empty_folder",
      `The corpus folder ${dir} has no readable articles (${warnings.length} skipped; first: ${warnings[0]?.file}: ${warnings[0]?.message})`,
    );
  }
  return { documents: buildCorpus(articles), warnings };
}

export const isArticleName = (name: string) =>
  !name.startsWith(".") &&
  ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) &&
  !NOT_ARTICLES.has(name.toLowerCase());

/** The folder's real path (links resolved), or the reason it cannot be used. */
async function openFolder(dir: string): Promise<string> {
  try {
    if (!(await stat(dir)).isDirectory()) {
      throw new CorpusFolderError("not_a_folder", `The corpus path ${dir} is a file, not a folder.`);
    }
    return await realpath(dir);
  } catch (error) {
    if (error instanceof CorpusFolderError) throw error;
    throw folderError(dir, error);
  }
}

async function listFolder(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    throw folderError(dir, error);
  }
}

function folderError(dir: string, error: unknown): CorpusFolderError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT")
    return new CorpusFolderError("missing_folder", `The corpus folder ${dir} does not exist.`);
  if (code === "ENOTDIR")
    return new CorpusFolderError("not_a_folder", `The corpus path ${dir} is not a folder.`);
  return new CorpusFolderError(
    "unreadable_folder",
    `The corpus folder ${dir} cannot be read (${code ?? "unknown error"}).`,
  );
}

type FileResult = { text: string } | { problem: string };

/** One article file's text, or why it is skipped. */
export async function readArticleFile(dir: string, root: string, name: string): Promise<FileResult> {
  const path = join(dir, name);
  try {
    const link = await lstat(path);
    if (link.isSymbolicLink()) {
      const target = await realpath(path).catch(() => null);
      if (target === null) return { problem: "skipped: it is a link to a file that does not exist." };
      const inside = relative(root, target);
      if (inside.startsWith("..") || inside.startsWith(sep) || inside === "") {
        return { problem: "skipped: it is a link to a file outside the corpus folder." };
      }
    }
    const info = await stat(path);
    if (!info.isFile()) return { problem: "skipped: it is not a regular file." };
    if (info.size > MAX_ARTICLE_BYTES) {
      return {
        problem: `skipped: it is ${megabytes(info.size)}, over the ${megabytes(MAX_ARTICLE_BYTES)} limit for one article.`,
      };
    }
    const decoded = await articleFromFile(name, decodeArticle(await readFile(path)));
    if ("text" in decoded && decoded.text.length > MAX_ARTICLE_CHARS) {
      return {
        problem: `skipped: it has ${decoded.text.length.toLocaleString("en-US")} characters, over the ${MAX_ARTICLE_CHARS.toLocaleString("en-US")} one article may have to be read and analysed in bounded time.`,
      };
    }
    return decoded;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM")
      return { problem: "skipped: permission denied when reading it." };
    return { problem: `skipped: it could not be read (${code ?? "unknown error"}).` };
  }
}

/** The article files of a folder with their size and modification time, as a reload compares them. */
export async function folderState(dir: string): Promise<{
  root: string;
  files: Map<string, string>;
  idOf: (name: string) => string;
}> {
  const root = await openFolder(dir);
  const names = (await listFolder(dir)).filter(isArticleName).sort();
  const files = new Map<string, string>();
  await mapLimited(names, CONCURRENCY, async (name) => {
    files.set(name, fileSignature(await stat(join(dir, name)).catch(() => null)));
  });
  return { root, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), idOf: articleId };
}

/** What tells a changed file: its size and modification time. */
export const fileSignature = (info: { size: number; mtimeMs: number } | null) =>
  info ? `${info.size}:${info.mtimeMs}` : "unreadable";

const articleId = (file: string) => file.slice(0, file.length - extname(file).length);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Maps with at most `limit` calls in flight, keeping the input order. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
