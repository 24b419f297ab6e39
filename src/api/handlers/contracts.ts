import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import type { contractMethods } from '../methods/contracts';
import type { HandlerDeps } from './deps';

/** Filled in by the contracts work. */
export function contractHandlers(_deps: HandlerDeps): GroupHandlers<typeof contractMethods, CallContext> {
  return {};
}
