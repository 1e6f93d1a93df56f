/** Cross-story reconciliation: one fact per event detail with all its evidence, disagreements, and source assessment. */
package factbrief.reconcile;
