import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { renderOutcome } from "../../adapters/cli/render-text.js";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { createBriefingService } from "../../src/index.js";
import { NOW } from "../helpers/fixtures.js";
import { blogPage, newsPage } from "./helpers/pages.js";
import { DAM_COURIER, DAM_HERALD } from "./helpers/stories.js";

// A page saved from a browser into CORPUS_DIR is an article like a .txt file.

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "deskbrief-pages-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const asText = (s: typeof DAM_HERALD) =>
  `---\ntitle: ${s.title}\noutlet: ${s.outlet}\nurl: ${s.url}\npublished: ${s.published.slice(0, 10)}\n---\n\n${s.paragraphs.join("\n\n")}\n`;

describe("a saved .html page in the corpus folder", () => {
  it("is read like the same article saved as .txt", async () => {
    const fromPage = (await loadCorpusFolder(folder({ "herald.html": newsPage(DAM_HERALD) }))).documents[0];
    const fromText = (await loadCorpusFolder(folder({ "herald.txt": asText(DAM_HERALD) }))).documents[0];
    expect(fromPage).toBeDefined();
    const facts = (d: typeof fromPage) => ({
      id: d?.id,
      title: d?.title,
      outlet: d?.outlet,
      url: d?.url,
      published: d?.published,
      paragraphs: d?.paragraphs.map((p) => p.text),
      sentences: d?.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)),
    });
    expect(facts(fromPage)).toEqual(facts(fromText));
    expect(fromPage?.paragraphs.map((p) => p.text)).toEqual(DAM_HERALD.paragraphs);
  });

  it("reads .htm too, and briefs and shows sources with the page's URL", async () => {
    const dir = folder({ "courier.htm": blogPage(DAM_COURIER), "herald.html": newsPage(DAM_HERALD) });
    const { documents, warnings } = await loadCorpusFolder(dir);
    expect(warnings).toEqual([]);
    const service = createBriefingService(documents, () => NOW);
    const brief = service.brief("dam");
    expect(brief.ok).toBe(true);
    const sources = service.sources("injured");
    expect(sources.documents.map((d) => d.url).sort()).toEqual([DAM_COURIER.url, DAM_HERALD.url].sort());
    const cited = sources.bySource.flatMap((s) => s.claims.flatMap((c) => c.citations));
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) {
      const doc = documents.find((d) => d.id === c.doc);
      expect(doc?.paragraphs.map((p) => p.text).join(" ")).toContain(c.quote);
    }
    expect(renderOutcome({ kind: "sources", answer: sources })).toContain(DAM_HERALD.url);
  });

  it("that holds no article is one warning naming it, and the rest loads", async () => {
    const dir = folder({
      "front.html":
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
      "herald.html": newsPage(DAM_HERALD),
    });
    const { documents, warnings } = await loadCorpusFolder(dir);
    expect(documents.map((d) => d.id)).toEqual(["herald"]);
    expect(warnings).toEqual([
      { file: "front.html", message: expect.stringMatching(/^skipped: no article text in the page/) },
    ]);
  });
});
