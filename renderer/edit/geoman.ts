// Leaflet first: the geoman bundle extends the global L that Leaflet's own module sets.
import L from 'leaflet';
import '@geoman-io/leaflet-geoman-free';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';

/** Screen pixels within which a dragged or drawn vertex jumps onto a neighbour's vertex or edge. */
export const SNAP_DISTANCE_PX = 15;

export { L };
