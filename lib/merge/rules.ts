/**
 * How a merge keeps the stronger of two equal relationships' properties, as Cypher
 * fragments over `k` (the kept node's relationship) and `r` (the merged node's). They are
 * constants spliced into literal query texts by name, never built from values.
 */

/** The higher level (levels are 1..5; a missing level loses). */
export const STRONGER_LEVEL = `CASE WHEN k.level IS NULL OR r.level > k.level THEN r.level ELSE k.level END`;

/** The earlier start date (a missing date loses). */
export const EARLIER_SINCE = `CASE WHEN k.since IS NULL OR r.since < k.since THEN r.since ELSE k.since END`;

/** The later end date, where no end date (still going) beats any date. */
export const LATER_UNTIL = `CASE WHEN k.until IS NULL OR r.until IS NULL THEN NULL WHEN r.until > k.until THEN r.until ELSE k.until END`;

/** A manager in either relationship stays a manager. */
export const EITHER_MANAGER = `(coalesce(k.isManager, false) OR coalesce(r.isManager, false))`;

/** The earlier endorsement time. */
export const EARLIER_AT = `CASE WHEN k.at IS NULL OR r.at < k.at THEN r.at ELSE k.at END`;
