/**
 * Scores a brief against hand-written gold answers: precision, recall and F1 per category, the misses and extras,
 * and the evidence spans that do not match their story. The matching rules are in MATCHING.md beside this file.
 * Depends on {@code factbrief.model} only.
 */
package factbrief.eval;
