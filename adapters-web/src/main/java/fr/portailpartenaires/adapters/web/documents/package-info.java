/**
 * PDF documents written with Apache PDFBox and an embedded Unicode font (DejaVu Sans), so that French text with
 * its accents renders everywhere: {@link fr.portailpartenaires.adapters.web.documents.PdfWriter}, the small layout
 * helper every document uses, the Habitat documents (Eva, attestation de visite, notification d'aide) and the
 * AFAS convention.
 */
package fr.portailpartenaires.adapters.web.documents;
