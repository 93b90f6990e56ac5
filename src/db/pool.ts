/** The unprivileged role request code acts as (created by a migration). */
export const APP_ROLE = 'tasdeeq_app';

/** Connections per process. See src/pipeline/transaction.ts for how requests share them. */
export const POOL_MAX = 20;
