import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import type { documentMethods } from '../methods/documents';
import type { HandlerDeps } from './deps';

/** Filled in by the documents work. */
export function documentHandlers(_deps: HandlerDeps): GroupHandlers<typeof documentMethods, CallContext> {
  return {};
}
