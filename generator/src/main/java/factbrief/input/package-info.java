/**
 * The {@code factbrief.cluster/1} input format: {@link factbrief.input.ClusterReader} parses, validates and converts a
 * cluster file to the model, {@link factbrief.input.ClusterWriter} writes one back; every rejection is an
 * {@link factbrief.input.InputException} naming the file and the JSON pointer or line:column.
 */
package factbrief.input;
