import { pgliteFromSnapshot } from './engines';
import { defineSqlSuite } from './run-sql-tests';

await defineSqlSuite(pgliteFromSnapshot);
