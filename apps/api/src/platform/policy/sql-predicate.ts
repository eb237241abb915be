/** A WHERE fragment from the policy, with its named parameters, for a repository query. */
export interface SqlPredicate {
  sql: string;
  params: Record<string, unknown>;
}
