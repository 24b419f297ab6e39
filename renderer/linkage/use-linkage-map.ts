import { useCallback, useState } from 'react';
import type { DrawnPolygon } from './linkage-api';

/**
 * What the linkage map does with clicks: draw a construction or demolition parcel or the project
 * boundary, or pick homesteads to demolish. Null leaves the clicks to the app's parcel picking.
 */
export type LinkageMapTool = 'construction' | 'demolition' | 'area' | 'homesteads';

export interface LinkageMapState {
  projectId: number | null;
  tool: LinkageMapTool | null;
  /** The polygon drawn with the current tool, waiting for its attributes. */
  drawn: DrawnPolygon | null;
  /** Homestead ids picked on the map while the tool is `homesteads`. */
  homesteads: number[];
  /** Bumped after every change to the project's parcels, so the map and the figures are read again. */
  version: number;
}

export interface LinkageMap extends LinkageMapState {
  open: (projectId: number | null) => void;
  setTool: (tool: LinkageMapTool | null) => void;
  setDrawn: (drawn: DrawnPolygon | null) => void;
  setHomesteads: (ids: number[]) => void;
  changed: () => void;
}

const CLOSED: LinkageMapState = { projectId: null, tool: null, drawn: null, homesteads: [], version: 0 };

/** Shared by the side panel and the map layer, which App mounts in different places. */
export function useLinkageMap(): LinkageMap {
  const [state, setState] = useState<LinkageMapState>(CLOSED);
  const open = useCallback((projectId: number | null) => setState((s) => ({ ...CLOSED, projectId, version: s.version + 1 })), []);
  const setTool = useCallback((tool: LinkageMapTool | null) => setState((s) => ({ ...s, tool, drawn: null, homesteads: [] })), []);
  const setDrawn = useCallback((drawn: DrawnPolygon | null) => setState((s) => ({ ...s, drawn })), []);
  const setHomesteads = useCallback((homesteads: number[]) => setState((s) => ({ ...s, homesteads })), []);
  const changed = useCallback(() => setState((s) => ({ ...s, tool: null, drawn: null, homesteads: [], version: s.version + 1 })), []);
  return { ...state, open, setTool, setDrawn, setHomesteads, changed };
}
