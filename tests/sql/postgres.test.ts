import { postgresWithSeed } from './engines';
import { defineSqlSuite } from './run-sql-tests';

await defineSqlSuite(postgresWithSeed);
