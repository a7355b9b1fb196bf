/**
 * The PDF documents the portal serves, drawn with Apache PDFBox in DejaVu Sans (embedded, so every French
 * character prints).
 */
package fr.portailpartenaires.adapters.web.documents;
