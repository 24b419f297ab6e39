import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import type { HandlerDeps } from './deps';
import type { exportMethods } from '../methods/export';

/** Filled in by the export work. */
export function exportHandlers(_deps: HandlerDeps): GroupHandlers<typeof exportMethods, CallContext> {
  return {};
}
