/** The language layer: detection, sentences, tokens, POS and lemmas (OpenNLP where models exist), and lexicons. */
package factbrief.text;
