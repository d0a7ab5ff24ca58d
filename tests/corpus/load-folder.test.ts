import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CorpusFolderError, loadCorpusFolder, MAX_ARTICLE_BYTES } from "../../adapters/corpus/load-folder.js";

// Bad input: each problem is one plain-English line naming the file, and the rest still loads.

const ARTICLE = [
  "River bursts its banks in Orrin",
  "",
  "Heavy rain caused the river to burst its banks on Friday, flooding the lower town, the fire service said.",
].join("\n");

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  }
});

function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "deskbrief-corpus-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const oneLine = (message: string) => !message.includes("\n") && !/\bat \S+:\d+|Error:/.test(message);

async function folderError(dir: string): Promise<CorpusFolderError> {
  const error = await loadCorpusFolder(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CorpusFolderError);
  return error as CorpusFolderError;
}

describe("folders that cannot be used", () => {
  it("reports a missing folder by name", async () => {
    const error = await folderError(join(tmpdir(), "deskbrief-no-such-folder"));
    expect(error.code).toBe("missing_folder");
    expect(error.message).toMatch(/deskbrief-no-such-folder does not exist/);
    expect(oneLine(error.message)).toBe(true);
  });

  it("reports a file given as the folder", async () => {
    const dir = folder({ "a.txt": ARTICLE });
    expect((await folderError(join(dir, "a.txt"))).code).toBe("not_a_folder");
  });

  it("reports an empty folder, and one that holds only a README and gold.json", async () => {
    expect((await folderError(folder())).code).toBe("empty_folder");
    expect((await folderError(folder({ "README.md": "# about", "gold.json": "{}" }))).code).toBe(
      "empty_folder",
    );
  });

  it("reports a folder whose every article is unusable, with the first reason", async () => {
    const error = await folderError(folder({ "a.txt": new Uint8Array([0, 1, 2, 3]) }));
    expect(error.code).toBe("empty_folder");
    expect(error.message).toMatch(/a\.txt: skipped: it looks like a binary file/);
  });
});

describe("one bad file among good ones", () => {
  it.each([
    ["a binary file", "bin.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /binary file/],
    [
      "invalid UTF-8",
      "latin1.txt",
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
      /not valid UTF-8/,
    ],
    ["UTF-16 text", "utf16.txt", new Uint8Array([0xff, 0xfe, 0x41, 0x00]), /UTF-16/],
    ["an empty file", "empty.txt", "", /empty/],
    ["a file of blank lines", "blank.md", "\n \n\t\n", /no text/],
  ])("skips %s with a warning naming it", async (_, name, content, message) => {
    const dir = folder({ "good.txt": ARTICLE, [name]: content });
    const { documents, warnings } = await loadCorpusFolder(dir);
    expect(documents.map((d) => d.id)).toEqual(["good"]);
    expect(warnings).toEqual([{ file: name, message: expect.stringMatching(message) }]);
    expect(warnings.every((w) => oneLine(w.message))).toBe(true);
  });

  it("skips a file over the size cap without reading it", async () => {
    const dir = folder({ "good.txt": ARTICLE, "huge.txt": "a".repeat(MAX_ARTICLE_BYTES + 1) });
    const { documents, warnings } = await loadCorpusFolder(dir);
    expect(documents).toHaveLength(1);
    expect(warnings).toEqual([
      { file: "huge.txt", message: "skipped: it is 5.0 MB, over the 5.0 MB limit for one article." },
    ]);
  });

  it("skips a symlink that leaves the folder, and one that leads nowhere", async () => {
    const outside = folder({ "secret.txt": ARTICLE });
    const dir = folder({ "good.txt": ARTICLE });
    symlinkSync(join(outside, "secret.txt"), join(dir, "escape.txt"));
    symlinkSync(join(dir, "gone.txt"), join(dir, "broken.txt"));
    const { documents, warnings } = await loadCorpusFolder(dir);
    expect(documents.map((d) => d.id)).toEqual(["good"]);
    expect(warnings).toEqual([
      { file: "broken.txt", message: "skipped: it is a link to a file that does not exist." },
      { file: "escape.txt", message: "skipped: it is a link to a file outside the corpus folder." },
    ]);
  });

  it("follows a symlink that stays inside the folder", async () => {
    const dir = folder({ "good.txt": ARTICLE });
    mkdirSync(join(dir, "archive"));
    writeFileSync(join(dir, "archive", "old.txt"), ARTICLE.replace("Friday", "Monday"));
    symlinkSync(join(dir, "archive", "old.txt"), join(dir, "linked.txt"));
    const { documents, warnings } = await loadCorpusFolder(dir);
    expect(warnings).toEqual([]);
    expect(documents.map((d) => d.id)).toEqual(["good", "linked"]);
  });

  it("skips a folder named like an article, and a second file giving the same id", async () => {
    const dir = folder({ "good.txt": ARTICLE, "good.md": ARTICLE });
    mkdirSync(join(dir, "notes.txt"));
    const { documents, warnings } = await loadCorpusFolder(dir);
    expect(documents.map((d) => d.id)).toEqual(["good"]);
    expect(warnings).toEqual([
      { file: "good.txt", message: 'skipped: good.md already gives the id "good".' },
      { file: "notes.txt", message: "skipped: it is not a regular file." },
    ]);
  });

  it("ignores what is not an article: README.md, gold.json, hidden and other files", async () => {
    const dir = folder({
      "good.txt": ARTICLE,
      "README.md": "# about",
      "gold.json": "{}",
      ".DS_Store": "x",
      "photo.jpg": "x",
    });
    expect(await loadCorpusFolder(dir)).toMatchObject({ documents: [{ id: "good" }], warnings: [] });
  });

  it("reads UTF-8 with a byte-order mark", async () => {
    const dir = folder({ "bom.txt": `\uFEFF${ARTICLE}` });
    const { documents } = await loadCorpusFolder(dir);
    expect(documents[0]?.title).toBe("River bursts its banks in Orrin");
  });

  it("skips a file it is not allowed to read", async () => {
    const dir = folder({ "good.txt": ARTICLE, "locked.txt": ARTICLE });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, "locked.txt"), 0o000);
    expect(await loadWithoutPrivileges(dir)).toEqual({
      warnings: [{ file: "locked.txt", message: "skipped: permission denied when reading it." }],
    });
  });

  it("reports a folder it is not allowed to read", async () => {
    const dir = folder({ "good.txt": ARTICLE });
    chmodSync(dir, 0o700);
    if (process.getuid?.() !== 0) chmodSync(dir, 0o000);
    expect(await loadWithoutPrivileges(dir)).toEqual({ code: "unreadable_folder" });
  });
});

/**
 * Loads a folder as a user without special rights: in this process, or (when the tests run as
 * root, who may read anything) in a child process running as "nobody".
 */
async function loadWithoutPrivileges(dir: string): Promise<{ warnings?: unknown; code?: string }> {
  const summarise = (load: Promise<{ warnings: unknown }>) =>
    load.then(
      (r) => ({ warnings: r.warnings }),
      (e: CorpusFolderError) => ({ code: e.code }),
    );
  if (process.getuid?.() !== 0) return summarise(loadCorpusFolder(dir));
  const loader = JSON.stringify(join(import.meta.dirname, "../../adapters/corpus/load-folder.ts"));
  const script = `import(${loader}).then(async (m) => {
    const r = await m.loadCorpusFolder(${JSON.stringify(dir)}).then((r) => ({ warnings: r.warnings }), (e) => ({ code: e.code }));
    console.log(JSON.stringify(r));
  })`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "-e", script], {
    uid: 65534,
    gid: 65534,
    cwd: join(import.meta.dirname, "..", ".."),
    encoding: "utf8",
  });
  return JSON.parse(out);
}

describe("many files", () => {
  it("loads 10,000 small articles, each its own document", { timeout: 180_000 }, async () => {
    const dir = folder();
    for (let i = 0; i < 10_000; i++) {
      writeFileSync(
        join(dir, `a${String(i).padStart(5, "0")}.txt`),
        `Harbour works report ${i}\n\nOfficials said on Monday that report ${i} covered the harbour and the pier.\n`,
      );
    }
    const { documents, warnings } = await loadCorpusFolder(dir);
    expect(warnings).toEqual([]);
    expect(documents).toHaveLength(10_000);
    expect(documents[9_999]).toMatchObject({ id: "a09999", title: "Harbour works report 9999" });
  });
});
