/**
 * The three renderings of a payment slip (bordereau de paiement, spec §5.2) — PDF (PDFBox), XML (valid against
 * the published XSD {@code docs/xsd/bordereau-paiement-1.1.xsd}) and CSV for Excel (FastCSV) — carrying the same data;
 * the JSON routes of invoices, payments and tariffs, and the partner's page « Bordereaux de paiements ».
 */
package fr.portailpartenaires.adapters.web.billing;
