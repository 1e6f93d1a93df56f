/** Raw articles to a {@code factbrief.cluster/1} cluster: language, entity recognition and cross-story linking. */
package factbrief.annotate;
