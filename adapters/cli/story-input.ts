import { z } from "zod";
import type { RawArticle } from "../../src/index.js";

/** One story of a summarisation data set: its id and its reports, as strings or titled texts. */
export const Story = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  documents: z.array(z.union([z.string(), z.object({ title: z.string().optional(), text: z.string() })])),
});
export type Story = z.infer<typeof Story>;

/** A titled report is read as a file that states its title in a front-matter block. */
const rawText = (d: Story["documents"][number]) =>
  typeof d === "string" || !d.title?.trim()
    ? typeof d === "string"
      ? d
      : d.text
    : `---\ntitle: "${d.title.replace(/\s+/g, " ").trim()}"\n---\n\n${d.text}`;

/** The reports as the corpus reader takes files: doc01, doc02, ... */
export const rawArticles = (documents: Story["documents"]): RawArticle[] =>
  documents.map((d, i) => ({ id: `doc${String(i + 1).padStart(2, "0")}`, text: rawText(d) }));
