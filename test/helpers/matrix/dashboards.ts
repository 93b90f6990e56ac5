import type { MatrixRow } from './types';

/** The dashboard root field and the action that guards it. */
export const DASHBOARD_ROOT_FIELDS: Record<string, MatrixRow> = {
  dashboard: { action: 'dashboard:read', operation: () => '{ dashboard(scope: {}) { area { level } households { value suppressed } } }' },
};
