import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import type { HandlerDeps } from './deps';
import type { editMethods } from '../methods/edit';

/** Filled in by the edit work. */
export function editHandlers(_deps: HandlerDeps): GroupHandlers<typeof editMethods, CallContext> {
  return {};
}
