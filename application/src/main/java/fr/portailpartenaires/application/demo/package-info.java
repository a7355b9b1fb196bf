/**
 * The demonstration portal's clock (spec §3.5): trainers and testers move the portal's time forward to show the
 * time rules (relance at 60 days, invoicing at 48 h or weekly, slips 48 h after payment, purges) — in demo mode
 * only.
 */
package fr.portailpartenaires.application.demo;
