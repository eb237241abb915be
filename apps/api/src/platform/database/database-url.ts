/** Injection token for the connection URL of the platform's database. */
export const DATABASE_URL = Symbol('DATABASE_URL');
