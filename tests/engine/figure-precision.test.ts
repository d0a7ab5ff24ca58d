import { describe, expect, it } from "vitest";
import { casualtyFigures } from "../../src/analysis/claims/casualty-claims.js";
import { findClaims } from "../../src/analysis/claims/find-claims.js";
import { moneyFigures } from "../../src/analysis/claims/money-claims.js";
import { causeDisputes } from "../../src/analysis/discrepancies/cause-dispute.js";
import { figureDiscrepancies } from "../../src/analysis/discrepancies/figure-discrepancies.js";
import { storyContext } from "../../src/analysis/story-context.js";
import type { Document } from "../../src/corpus/document.js";
import { documentOf } from "../helpers/documents.js";

// Figures that are no dispute and a cause that is: our own short texts.

const dated = (id: string, paragraphs: string[]): Document => ({
  ...documentOf(id, paragraphs),
  published: "2030-04-02",
});

function disputes(documents: Document[]) {
  const context = storyContext(documents);
  return figureDiscrepancies(findClaims(documents, context), context);
}

describe("figures that do not disagree", () => {
  it("reads 'left 17 wounded' as injured, not dead", () => {
    expect(
      casualtyFigures("The gunman killed 12 people at the market and left 17 wounded.").map((f) => [
        f.number,
        f.measure,
      ]),
    ).toEqual([
      [12, "killed"],
      [17, "injured"],
    ]);
  });

  it("takes no toll from a yearly rate or a share", () => {
    expect(casualtyFigures("About 9,000 people die on the region's roads each year.")).toEqual([]);
    expect(casualtyFigures("One in five deaths in the valley is caused by road accidents.")).toEqual([]);
  });

  it("takes no toll from a count the attacker's own death completes, nor the attacker as a victim", () => {
    expect(casualtyFigures("The gunman opened fire in the depot, killing two guards and himself.")).toEqual(
      [],
    );
    expect(
      casualtyFigures("Police said a pupil shot and injured a teacher in the yard.").map((f) => f.value),
    ).not.toContain("a pupil");
  });

  it("counts the gravely hurt as part of the injured, not as another count of them", () => {
    expect(
      casualtyFigures(
        "Nobody died, but four passengers suffered serious injuries and were flown to the city.",
      ),
    ).toEqual([]);
    expect(
      casualtyFigures("The bus left the road, injuring 24 people, police said.").map((f) => f.number),
    ).toEqual([24]);
  });

  it("takes no sum paid from a share per head", () => {
    expect(moneyFigures("Each recipient will get about $150 each from the fund.")).toEqual([]);
    expect(moneyFigures("The firm paid a ransom of $4.4 million.").map((f) => f.number)).toEqual([4400000]);
  });

  it("sets no exact figure against its rounding", () => {
    const found = disputes([
      dated("a", ["The agency said 212 pupils have been killed since the shelling began."]),
      dated("b", ["The shelling has killed nearly 220 pupils, the agency's report said."]),
    ]);
    expect(found.filter((d) => d.aspect === "casualties")).toEqual([]);
  });
});

describe("what caused it", () => {
  it("is open when reports say the cause is unknown and offer explanations", () => {
    const [found] = causeDisputes([
      dated("a", ["The cause of the crash is not yet known."]),
      dated("b", ["Investigators said a fault in the speed sensors may have caused the plane to stall."]),
    ]);
    expect(found).toMatchObject({ aspect: "cause", status: "open", question: "What caused the crash?" });
    expect(found?.claims.map((c) => c.value)).toEqual(["not yet known", "a possible cause"]);
  });

  it("is no dispute when no report doubts the cause", () => {
    expect(
      causeDisputes([
        dated("a", ["A fault in the speed sensors may have caused the plane to stall."]),
        dated("b", ["The storm may have caused the flooding in the lower town."]),
      ]),
    ).toEqual([]);
  });
});
