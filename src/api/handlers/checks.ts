import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import type { HandlerDeps } from './deps';
import type { checkMethods } from '../methods/checks';

/** Filled in by the checks work. */
export function checkHandlers(_deps: HandlerDeps): GroupHandlers<typeof checkMethods, CallContext> {
  return {};
}
