import { sql, type SQLWrapper } from 'drizzle-orm';

/*
 * `column IN (SELECT value FROM json_each(?))`: a list of ids bound as ONE parameter. A rediscovery pool
 * or a batch can hold 10^5 ids, past SQLite's limit of 32,766 bound variables that drizzle's
 * inArray(column, array) would need (one per value), and json_each is a table-valued function, which
 * drizzle has no builder for: so this one term is a SQL fragment over a typed column.
 */
export const inIdList = (column: SQLWrapper, ids: readonly string[]) => sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
