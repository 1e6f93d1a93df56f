/** Sentence-level claims (meetings, positions, follow-ups, slot values), each anchored on entity mentions with evidence. */
package factbrief.extract;
