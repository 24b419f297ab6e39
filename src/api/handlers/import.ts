import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import type { HandlerDeps } from './deps';
import type { importMethods } from '../methods/import';

/** Filled in by the import work. */
export function importHandlers(_deps: HandlerDeps): GroupHandlers<typeof importMethods, CallContext> {
  return {};
}
