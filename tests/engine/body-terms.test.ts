import { describe, expect, it } from "vitest";
import { bodyVector } from "../../src/analysis/body-terms.js";
import { readArticle } from "../../src/corpus/read-article.js";
import { terms, vectorOf } from "../../src/text/similarity.js";

describe("a report's words, counted once", () => {
  const doc = readArticle(
    "flood",
    ["River floods town", "", "The river flooded the town on Monday.", "", "The town was evacuated."].join(
      "\n",
    ),
  );

  it("counts each term of the whole report, and is read once for every analyser", () => {
    const body = bodyVector(doc);
    expect(body.vector).toEqual(vectorOf(terms(doc.paragraphs.map((p) => p.text).join(" "))));
    expect(body.vector.get("evacuat")).toBe(1);
    expect(body.norm).toBe([...body.vector.values()].reduce((s, x) => s + x * x, 0));
    expect(bodyVector(doc)).toBe(body);
  });
});
