/**
 * The brief's view model: what one brief shows, already numbered, labelled and localized, and the cuts that make
 * it fit one PDF page. Templates see these records and nothing else.
 */
package factbrief.view;
