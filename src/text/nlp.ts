import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

// One wink instance per process: only the first instance can learn custom patterns, and loading the
// model is the most expensive step of start-up.
export const nlp = winkNLP(model);
export const its = nlp.its;
export const as = nlp.as;
