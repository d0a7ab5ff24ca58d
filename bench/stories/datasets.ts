import { readFileSync } from "node:fs";
import { z } from "zod";

// The shared evaluation data sets as articles with their true story. They are read from the paths
// given, never copied into the project.

export interface LabelledArticle {
  article_id: string;
  cluster_id: string;
  text: string;
}

const lines = (path: string) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as unknown);

const NeusStory = z.object({
  id: z.string(),
  documents: z.array(z.object({ title: z.string(), text: z.string() })),
  summary_title: z.string(),
});
export type NeusStory = z.infer<typeof NeusStory>;

export const readNeus = (path: string): NeusStory[] => lines(path).map((l) => NeusStory.parse(l));

/** Each NeuS document is one outlet's headline and lead: an article titled by its headline. */
export const neusArticles = (stories: NeusStory[]): LabelledArticle[] =>
  stories.flatMap((s) =>
    s.documents.map((d, i) => ({
      article_id: `${s.id}-d${i}`,
      cluster_id: s.id,
      text: `${d.title}\n\n${d.text}`,
    })),
  );

const MultilingCluster = z.object({ id: z.string(), documents: z.array(z.string()) });

/** MultiLing clusters, leaving out those named (clusters held out of sight). */
export const multilingArticles = (path: string, exclude: Set<string>): LabelledArticle[] =>
  lines(path)
    .map((l) => MultilingCluster.parse(l))
    .filter((c) => ![...exclude].some((x) => c.id.endsWith(x)))
    .flatMap((c) => c.documents.map((text, i) => ({ article_id: `${c.id}-d${i}`, cluster_id: c.id, text })));

const Line = z.object({ article_id: z.string(), cluster_id: z.string(), text: z.string() });

export const jsonlArticles = (path: string): LabelledArticle[] => lines(path).map((l) => Line.parse(l));
