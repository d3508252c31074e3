/**
 * Imported internal-process, customer and financial outcome series: a translation layer over ERP/CRM/HRIS data.
 * <p>Not built yet: see the open issues.
 */
package org.scorelink.outcomes;
