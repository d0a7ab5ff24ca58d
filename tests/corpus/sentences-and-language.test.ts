import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findGarbling } from "../../src/corpus/garbling.js";
import { foreignFragment, paragraphLanguage } from "../../src/text/language.js";
import { splitSentences } from "../../src/text/sentences.js";
import { FIXTURES } from "./fixtures.js";

describe("splitSentences", () => {
  it("keeps each sentence verbatim, curly quotes and dashes included, with its offset", () => {
    const line = "“We will act,” the Pentagon said. Iran – weakened by sanctions – denied it.";
    const sentences = splitSentences(line);
    expect(sentences.map((s) => s.text)).toEqual([
      "“We will act,” the Pentagon said.",
      "Iran – weakened by sanctions – denied it.",
    ]);
    for (const s of sentences) expect(line.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it("merges a fragment that starts in lower case into the sentence before it", () => {
    expect(
      splitSentences("The US carried out airstrikes on Iraqi soil. the Pentagon reported.").map(
        (s) => s.text,
      ),
    ).toEqual(["The US carried out airstrikes on Iraqi soil. the Pentagon reported."]);
  });

  it("makes no sentence of non-breaking spaces", () => {
    expect(splitSentences("\u00a0 \u00a0")).toEqual([]);
  });
});

describe("language", () => {
  it("tags a paragraph by its language and declines to guess on a short line", () => {
    expect(
      paragraphLanguage(
        "Estados Unidos está lidiando con una amenaza en rápida evolución de los apoderados iraníes",
      ),
    ).toBe("es");
    expect(
      paragraphLanguage("The ministry said the strikes were a clear breach of the country's sovereignty."),
    ).toBe("en");
    expect(paragraphLanguage("Moscow condemns")).toBeNull();
  });

  it("still asks the detector about paragraphs that share short words with English", () => {
    expect(
      paragraphLanguage(
        "Le ministre a dit que la frappe a eu lieu dans la nuit et on ne connaît pas encore le bilan.",
      ),
    ).toBe("fr");
    expect(
      paragraphLanguage("No me han dicho nada, a pesar de que el gobierno ha prometido una investigación."),
    ).toBe("es");
  });

  it("finds a clause in another language inside an English sentence", () => {
    expect(
      foreignFragment(
        "At least 22 fighters were killed, selon l'Observatoire syrien des droits de l'homme, which has sources on the ground.",
        "en",
      ),
    ).toBe("fr");
  });

  it("finds a sentence in a script without case", () => {
    expect(foreignFragment("وقال السكان إن المياه غمرت الشوارع والمنازل في المدينة القديمة.", "en")).toBe(
      "ar",
    );
  });

  it("does not take names for a foreign language", () => {
    for (const sentence of [
      "Air France flight 447, traveling from Rio de Janeiro, Brazil to Paris-Charles de Gaulle Airport, disappeared on June 1.",
      "Military spokesman Gen Yehia Rasool tweeted that the attack was a violation of sovereignty.",
      "Defense Secretary Lloyd Austin, speaking to reporters aboard his plane, said he recommended the strike.",
    ]) {
      expect(foreignFragment(sentence, "en")).toBeNull();
    }
  });
});

describe("signs of machine translation", () => {
  const paragraphs = (corpus: string, file: string) =>
    readFileSync(join(FIXTURES, corpus, file), "utf8")
      .split(/\n+/)
      .filter((l) => l.split(" ").length > 8);

  it("flags garbled copy", () => {
    const texts = paragraphs("feb2021-syria-strikes", "000_d26cea5e.txt");
    expect(findGarbling(texts, 20).garbled).toBe(true);
  });

  it.each([
    ["seeds", "001_cfe9d0e2a512a90d.txt"],
    ["seeds", "004_7e59042134ca2b5d.txt"],
    ["feb2021-syria-strikes", "004_4ffe5123.txt"],
    ["colonial-pipeline-ransomware", "003_994ae27c.txt"],
  ])("does not flag edited English (%s/%s)", (corpus, file) => {
    const texts = paragraphs(corpus, file);
    expect(findGarbling(texts, texts.length * 2).garbled).toBe(false);
  });

  it("reads the calques of a literal translation as signs", () => {
    const texts = [
      "The strike came less of 48 hours after the blast at the gate of the port.",
      "In the Saturday, the ministry updated the balance of the attack of the night.",
      "The withdrawal must be concluded until the 31 of August, the term agreed with the council.",
      "The balance is of at least 12 dead, between which 3 children, officials said.",
    ];
    const kinds = new Set(findGarbling(texts, 8).signs.map((s) => s.kind));
    expect([...kinds].sort()).toEqual([
      "'between which'",
      "'in the' a weekday",
      "'is of' a number",
      "'more of' a number",
      "'the N of' a month",
    ]);
    expect(findGarbling(texts, 8).garbled).toBe(true);
  });

  it("needs more than one kind of sign", () => {
    const texts = [
      "He said a answer was due.",
      "She said a answer was late.",
      "They said a answer was wrong.",
    ];
    expect(findGarbling(texts, 3)).toMatchObject({ garbled: false, signs: [{}, {}, {}] });
  });

  it("reads a source language's punctuation, time phrases, spans and counted mass nouns as signs", () => {
    const texts = [
      "The group «Red Dawn» said it fired the rockets.",
      '"We will answer", - said the minister at the press conference in Orsa.',
      "In the night to Sunday drones struck the depot of Tessel.",
      "The villagers, who since six years live in tents, carried their luggages to the station.",
    ];
    const kinds = new Set(findGarbling(texts, 4).signs.map((s) => s.kind));
    expect([...kinds].sort()).toEqual([
      "'since' a span",
      "calqued time phrase",
      "counted mass noun",
      "dash before the attribution",
      "guillemets",
    ]);
  });

  it("leaves edited English spans and attributions alone", () => {
    const texts = [
      '"We will answer," the minister said - and left.',
      "The villagers have lived in tents for six years, since six years ago the dam broke.",
      "On the same day, the council met.",
    ];
    expect(findGarbling(texts, 3).signs).toEqual([]);
  });
});
