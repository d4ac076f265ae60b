import type { Driver } from 'neo4j-driver';

/**
 * Statements and transactions a request costs, as Neo4j itself counts them: every query and
 * every transaction gets the next number of a server-wide counter (`query-N`,
 * `neo4j-transaction-N`), which `SHOW TRANSACTIONS` reveals for the transaction asking. Reading
 * the counters before and after a few requests that run alone gives what the requests cost,
 * whatever client or library sent them. The reading itself is one query in one transaction.
 */
export interface StatementCount {
  readonly statements: number;
  readonly transactions: number;
}

interface Counters {
  readonly query: number;
  readonly transaction: number;
}

async function counters(driver: Driver, database: string | undefined): Promise<Counters> {
  const session = driver.session({ database });
  try {
    const result = await session.run('SHOW TRANSACTIONS YIELD transactionId, currentQueryId');
    let query = 0;
    let transaction = 0;
    for (const record of result.records) {
      query = Math.max(query, Number(/(\d+)$/.exec(String(record.get('currentQueryId')))?.[1] ?? 0));
      transaction = Math.max(transaction, Number(/(\d+)$/.exec(String(record.get('transactionId')))?.[1] ?? 0));
    }
    return { query, transaction };
  } finally {
    await session.close();
  }
}

/**
 * Runs `work` `times` times, one after the other, and returns the statements and transactions
 * per run. Nothing else may use the database meanwhile (the benchmark runs it between loads).
 */
export async function countStatements(driver: Driver, database: string | undefined, work: () => Promise<unknown>, times = 3): Promise<StatementCount> {
  const before = await counters(driver, database);
  for (let i = 0; i < times; i += 1) await work();
  const after = await counters(driver, database);
  // The second reading is itself one query in one transaction.
  return { statements: (after.query - before.query - 1) / times, transactions: (after.transaction - before.transaction - 1) / times };
}
