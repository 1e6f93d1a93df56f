/**
 * The {@code factbrief.cluster/1} input format: {@link factbrief.input.ClusterReader} parses, validates and converts a
 * cluster file to the model, {@link factbrief.input.ClusterWriter} writes one back; every rejection is an
 * {@link factbrief.input.InputException} naming the file and the JSON pointer or line:column.
 *
 * <p>Checked in this order, the first failure reported: size and strict UTF-8; JSON syntax, duplicate keys and read
 * limits (line:column); the {@code format} version; every value (no lone surrogate, no C0 control but tab, line feed
 * and carriage return, no number beyond ±1e18, no bidi embedding, override or isolate control outside story text and
 * descriptions); the JSON Schema {@code factbrief/schema/cluster-1.schema.json} (the first error by pointer); then the
 * rules a schema cannot state, in document order: patterns matched whole, cluster ids that are Windows device names,
 * ISO weeks that exist, real calendar dates, blank names, titles and texts, unique entity, story and focus ids, known
 * entities, and mentions with {@code 0 <= start < end <=} the text's length in code points, each given once.
 *
 * <p>Bidi controls stay allowed in story text: right-to-left writing uses them, the text is data that every output
 * escapes, and evidence spans must equal the text as given. In names, titles, sites and other short labels they could
 * make a brief show something other than what its file says, so they are rejected there.
 */
package factbrief.input;
