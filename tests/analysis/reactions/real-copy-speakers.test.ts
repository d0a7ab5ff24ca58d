import { describe, expect, it } from "vitest";
import { findReactions } from "../../../src/analysis/reactions/find-reactions.js";
import { articleOf } from "../../helpers/documents.js";
import { expectGrounded } from "./helpers.js";

// Speakers as real copy writes them: the name beside the speaker, a name inside the quotation, a surname
// with particles, a refusal after a statement. Our own texts; every quote pinned to its speaker.

const article = (paragraphs: string[]) => articleOf("a", paragraphs);

function pinned(paragraphs: string[]): string[] {
  const docs = [article(paragraphs)];
  const reactions = findReactions(docs);
  expectGrounded(reactions, docs);
  return reactions.map((r) => `${r.speaker} (${r.stance}): ${r.quote}`);
}

describe("speakers on real-looking copy", () => {
  it("gives 'he said' to the one who spoke, not to the name he stood beside", () => {
    const out = pinned([
      "Standing beside Harbour Minister Ivo Dren in Portvale, Prime Minister Tomas Alder called the blockade “reckless”.",
      "“It is an unconscionable act against our sailors,” he said.",
    ]);
    expect(out.some((r) => r.startsWith("Tomas Alder (condemn): It is an unconscionable act"))).toBe(true);
    expect(out.some((r) => r.startsWith("Ivo Dren"))).toBe(false);
  });

  it("does not take a name inside the quotation for the one who speaks it", () => {
    const out = pinned([
      "Lev Moro, who sells fish on the quay, lost his stall in the storm. “Governor Ana Ruiz gave me this stall in 1990.",
      "Now it is gone and nobody has told us anything,” he told reporters.",
    ]);
    expect(out.some((r) => r.startsWith("Ana Ruiz"))).toBe(false);
  });

  it("prints no one's words that another speaker says they said", () => {
    const out = pinned([
      "Senator Ivo Dren said at a rally in Portvale that Governor Ana Ruiz once described the harbour pact as “the gold standard” of trade deals.",
      "Mayor Tomas Alder said on Monday that he had called the levy “a disgrace to the port” and would call it so again.",
    ]);
    expect(out.some((r) => r.includes("the gold standard"))).toBe(false);
    expect(out.some((r) => r.startsWith("Tomas Alder (other): a disgrace to the port"))).toBe(true);
  });

  it("reads 'the crown prince' as the one introduced as Crown Prince, not another prince who spoke", () => {
    const out = pinned([
      "Energy Minister Prince Abdul bin Karim said output would be restored within weeks.",
      "President Lund telephoned Crown Prince Omar bin Tarek after the attacks. The crown prince told him the kingdom stood “ready to answer this outrage with all its means,” according to the agency.",
    ]);
    expect(
      out.some((r) => r.startsWith("Omar bin Tarek") && r.includes("ready to answer this outrage")),
    ).toBe(true);
    expect(out.some((r) => r.startsWith("Abdul bin Karim") && r.includes("outrage"))).toBe(false);
  });

  it("keeps a surname's particles in the name, not in the role", () => {
    const out = pinned([
      "Anna van der Berg, the commission's president, arrived in Portvale on Monday.",
      "Commission President Anna van der Berg said the shelling was an appalling crime.",
    ]);
    expect(out).toEqual(["Anna van der Berg (condemn): the shelling was an appalling crime"]);
  });

  it("gives 'he said' to the person who spoke just before, office or not", () => {
    const out = pinned([
      "Defence Minister Omar Ali said the dam had been inspected in May.",
      "On Thursday Governor Ana Ruiz told the council that the dam had not been repaired for decades.",
      "“I bear the responsibility for managing these dams,” she said.",
    ]);
    expect(out.some((r) => r.startsWith("Ana Ruiz") && r.includes("I bear the responsibility"))).toBe(true);
    expect(out.some((r) => r.startsWith("Omar Ali") && r.includes("I bear"))).toBe(false);
  });
});
