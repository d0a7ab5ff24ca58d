import { describe, expect, it } from "vitest";
import { casualtyFigures } from "../../src/analysis/claims/casualty-claims.js";
import { durationFigures } from "../../src/analysis/claims/duration-claims.js";
import { moneyFigures } from "../../src/analysis/claims/money-claims.js";

const figures = (s: string) => casualtyFigures(s).map((f) => [f.measure, f.value, f.number, f.victims]);

describe("casualty figures", () => {
  it("reads a count before its verb", () => {
    expect(
      figures("The monitor reported that at least seven militia fighters were killed in the strikes."),
    ).toEqual([["killed", "at least seven militia fighters", 7, "combatant"]]);
  });

  it("reads counts after the verb, with 'others' taking the class before", () => {
    expect(figures("The strike killed one militia member and wounded two others.")).toEqual([
      ["killed", "one militia member", 1, "combatant"],
      ["injured", "two others", 2, "combatant"],
    ]);
  });

  it("counts 'a child' as one civilian", () => {
    expect(figures("Sana said a child was killed and three civilians were injured.")).toEqual([
      ["killed", "a child", 1, "civilian"],
      ["injured", "three civilians", 3, "civilian"],
    ]);
  });

  it("reads tolls that rise", () => {
    expect(figures("The death toll from Tuesday's earthquake rose to 57 on Thursday.")).toEqual([
      ["killed", "57", 57, "people"],
    ]);
    expect(figures("the number of people killed in the attack has risen to four, officials said")).toEqual([
      ["killed", "four", 4, "people"],
    ]);
  });

  it("ignores numbers that count other things", () => {
    expect(figures("There have been at least five drone attacks since April.")).toEqual([]);
    expect(figures("About 2,500 US troops are in the country.")).toEqual([]);
  });
});

describe("money and duration figures", () => {
  it("tells a payment from a recovered sum and ignores prices per unit", () => {
    expect(
      moneyFigures("the company paid nearly $5 million in cryptocurrency").map((f) => f.measure),
    ).toEqual(["payment"]);
    expect(
      moneyFigures("agents seized 63.7 bitcoins, worth about $2.3 million").map((f) => f.measure),
    ).toEqual(["recovered"]);
    expect(moneyFigures("the ransom pushed gas to $3 a gallon")).toEqual([]);
  });

  it("takes no payment from a court's penalty", () => {
    expect(moneyFigures("The judge ordered him to pay restitution of $18,000.")).toEqual([]);
    expect(moneyFigures("She was fined $5,000 and paid it the same day.")).toEqual([]);
  });

  it("reads how long something was down, in days", () => {
    expect(durationFigures("It remained paralyzed for almost a week.").map((f) => f.number)).toEqual([7]);
    expect(durationFigures("The six-day shutdown set off panic buying.").map((f) => f.number)).toEqual([6]);
    expect(durationFigures("Talks have gone on for five days.")).toEqual([]);
  });

  it("reads no length from a moment in time or a rate", () => {
    expect(durationFigures("A week after the mill was shut, its owners spoke.")).toEqual([]);
    expect(durationFigures("The plant stopped two days ago.")).toEqual([]);
    expect(durationFigures("The halt cut 3 million barrels a day of output.")).toEqual([]);
    expect(durationFigures("Some 40 tonnes per day were shut in for a week.").map((f) => f.number)).toEqual([
      7,
    ]);
  });
});
