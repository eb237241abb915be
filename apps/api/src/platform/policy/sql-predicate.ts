/** A WHERE fragment from the policy, with its named parameters, for a repository query. */
export interface SqlPredicate {
  sql: string;
  params: Record<string, unknown>;
  /**
   * Every row the predicate admits is PUBLIC and published. Said so that a query may also
   * state it plainly (`visibility = 'PUBLIC'`), which lets PostgreSQL use indexes over
   * public listings only; the predicate alone is still what decides.
   */
  publicOnly?: boolean;
}
