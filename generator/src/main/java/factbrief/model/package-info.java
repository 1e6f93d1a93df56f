/** Immutable values shared by every stage: the cluster read from input and the facts found in it. Depends on nothing of ours. */
package factbrief.model;
