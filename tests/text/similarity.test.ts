import { describe, expect, it } from "vitest";
import { terms } from "../../src/text/similarity.js";

describe("terms", () => {
  it("lower-cases, drops stop words and one-letter words, and strips plain endings", () => {
    expect(terms("The Strikes hit a depot,\tsaid officials\r\nin Orvel's 12-storey tower.")).toEqual([
      "strik",
      "hit",
      "depot",
      "official",
      "orvel",
      "12",
      "storey",
      "tower",
    ]);
  });

  it("decomposes text outside ASCII: compatibility forms fold, a final accent falls away", () => {
    expect(terms("Orvel café")).toEqual(["orvel", "cafe"]);
    expect(terms("ﬁnding ﬁve")).toEqual(terms("finding five"));
  });
});
