// Written by `npm run learn-summary` (bench/summary/learn.ts) from 16246 sentences of
// neus/train.jsonl, multinews/val_1000.jsonl:300: do not edit by hand.
import type { Feature } from "./features.js";

export const WEIGHTS: Record<Feature, number> = {
  bias: -1.353,
  supportShare: -0.029,
  supportAny: -0.01,
  sharedTerms: 1.12,
  lead: 0.296,
  early: -0.377,
  centrality: -0.034,
  titleEcho: 0.361,
  mainEvent: -0.087,
  figure: 0.032,
  quoted: 0.029,
  cause: -0.007,
  consequence: 0.039,
  degraded: 0.185,
  long: -0.02,
};
