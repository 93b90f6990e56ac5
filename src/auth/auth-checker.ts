import type { AuthChecker } from 'type-graphql';
import { authorize, type Action } from './permissions';
import type { Context } from '../pipeline/context';

/**
 * The outer guard: `@Authorized('identity:read')` names actions from the permissions table, so the decorator and the
 * service check read the same row. It throws our FORBIDDEN error (with the reason) rather than type-graphql's.
 * Services check again, with jurisdiction, before touching data.
 */
export const authChecker: AuthChecker<Context, Action> = ({ context }, actions) => {
  for (const action of actions) authorize(context.viewer, action);
  return true;
};
