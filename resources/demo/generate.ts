/**
 * LandLink demo dataset. EVERYTHING HERE IS SYNTHETIC: the two villages of 谢集镇, 单县 exist in
 * name only as a setting; people, ID numbers, phones, parcels, boundaries, codes and farmland
 * patches are invented by a seeded generator and describe no real person or plot.
 *
 * Same seed → byte-identical JSON: the only randomness is the seeded Rng, and every list is
 * built in a fixed order.
 */
import type { AreaGeometry } from '../../src/domain/geometry';
import type { HouseholdInput } from '../../src/domain/household';
import type { LandClassCode } from '../../src/domain/land-class';
import type { HomesteadInput, LinearFeatureInput, ParcelInput } from '../../src/domain/parcel';
import type { ProjectData } from '../../src/domain/project-data';
import { roundHalfUp } from '../../src/domain/units';
import { planarRingArea } from '../../src/geo/planar-area';
import { pickFarmlandRects, rectRing } from './farmland';
import { type Block, type Layout, type Pt, layOutVillage } from './layout';
import { cnOrdinal, COMMON_SURNAMES, FIELD_NAMES } from './names';
import { makeMembers, makePhone } from './people';
import { Rng } from './rng';
import { layOutHomesteads } from './settlement';

export const DEFAULT_DEMO_SEED = 371722;
/** CGCS2000 3° Gauss-Krüger zone 39, easting with the zone prefix. */
const SRS_ID = 4527;
const COUNTY = { code: '371722', name: '单县' } as const;
const TOWN = { code: '104', name: '谢集镇' } as const;
const ADDRESS_PREFIX = '山东省菏泽市单县谢集镇';

interface VillageSpec {
  name: string;
  short: string;
  code3: string;
  /** The lineage surname most households share (单姓村 pattern common on the plain). */
  surname: string;
  groupCount: number;
  /** Second-round contract term (第二轮承包); the end date differs by village. */
  secondRoundStart: string;
  secondRoundEnd: string;
  /** Where the layout's centre lands in EPSG:4527. */
  origin: { e: number; n: number };
  rotationDeg: number;
  cols: number;
  rows: number;
  totalWidth: number;
  settlement: { col: number; row: number };
  stripTarget: number;
}

const VILLAGES: readonly VillageSpec[] = [
  {
    name: '王桥村', short: '王桥', code3: '206', surname: '王', groupCount: 5,
    secondRoundStart: '1998-01-01', secondRoundEnd: '2027-12-31',
    origin: { e: 39402000, n: 3860000 }, rotationDeg: 3.5,
    cols: 6, rows: 5, totalWidth: 1850, settlement: { col: 2, row: 2 }, stripTarget: 780,
  },
  {
    name: '史楼村', short: '史楼', code3: '211', surname: '史', groupCount: 4,
    secondRoundStart: '1998-10-01', secondRoundEnd: '2028-09-30',
    origin: { e: 39405000, n: 3860300 }, rotationDeg: -2.5,
    cols: 5, rows: 5, totalWidth: 1650, settlement: { col: 3, row: 1 }, stripTarget: 720,
  },
];

/** Parcels per household: typically 3–8 strips, because second-round allocation split good and poor land. */
const HOLDING_SIZES = [[3, 28], [4, 27], [5, 20], [6, 12], [7, 8], [8, 5]] as const;

type Position = [number, number];
type Transform = (p: Pt) => Position;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const localArea = (ring: Pt[]): number => planarRingArea(ring.map((p) => [p.x, p.y]));

/** Local metres → EPSG:4527, rotated so the fields don't sit square to the grid, rounded to 1 mm. */
function makeTransform(layout: Layout, spec: VillageSpec): Transform {
  const pts = layout.gaps.flatMap((g) => g.ring);
  const cx = (Math.min(...pts.map((p) => p.x)) + Math.max(...pts.map((p) => p.x))) / 2;
  const cy = (Math.min(...pts.map((p) => p.y)) + Math.max(...pts.map((p) => p.y))) / 2;
  const theta = (spec.rotationDeg * Math.PI) / 180;
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const mm = (v: number): number => Math.round(v * 1000) / 1000;
  return (p) => {
    const dx = p.x - cx;
    const dy = p.y - cy;
    return [mm(spec.origin.e + cos * dx - sin * dy), mm(spec.origin.n + sin * dx + cos * dy)];
  };
}

function polygon(ring: Pt[], tf: Transform): AreaGeometry & { type: 'Polygon' } {
  const positions = ring.map(tf);
  positions.push(positions[0]!);
  return { type: 'Polygon', coordinates: [positions] };
}

/** Registered (合同) area drifts from the mapped area: mostly within ±3 %, a few up to ±8 %. */
function registeredArea(area: number, rng: Rng): number {
  const deviation = rng.chance(0.06) ? (rng.chance(0.5) ? 1 : -1) * rng.float(0.04, 0.08) : rng.float(-0.03, 0.03);
  return roundHalfUp(area * (1 + deviation), 2);
}

interface BlockCover {
  landClass: LandClassCode;
  grade: number;
}

/** A field is irrigated (水浇地) or rain-fed (旱地) as a whole, graded mostly 4–7. */
function blockCover(rng: Rng): BlockCover {
  return { landClass: rng.chance(0.6) ? '0102' : '0103', grade: rng.weighted([[4, 3], [5, 4], [6, 3], [7, 2]] as const) };
}

function stripCover(block: BlockCover, rng: Rng): Pick<ParcelInput, 'landClass' | 'qualityGrade'> {
  const landClass = rng.weighted([[block.landClass, 96], ['0201', 2.5], ['1202', 1.5]] as const);
  if (rng.chance(0.01)) return { landClass, qualityGrade: null };
  const grade = rng.chance(0.03) ? rng.pick([2, 3, 8, 9]) : block.grade + rng.weighted([[-1, 1], [0, 6], [1, 1]] as const);
  return { landClass, qualityGrade: grade };
}

function holdingSizes(parcelCount: number, rng: Rng): number[] {
  const sizes: number[] = [];
  let left = parcelCount;
  while (left > 8) {
    const k = rng.weighted(HOLDING_SIZES);
    sizes.push(k);
    left -= k;
  }
  if (left >= 3) sizes.push(left);
  // One or two strips left over go to households that still have room.
  for (; left > 0 && left < 3; left--) {
    const open = sizes.flatMap((s, i) => (s < 8 ? [i] : []));
    sizes[rng.pick(open)]! += 1;
  }
  return sizes;
}

/** Field blocks in a snake through the columns, so each group's fields lie together. */
function snake(layout: Layout): Block[] {
  return layout.blocks.flatMap((column, c) => (c % 2 === 0 ? column : [...column].reverse()).filter((b) => !b.settlement));
}

interface Strip {
  ring: Pt[];
  name: string;
  cover: BlockCover;
}

function buildVillage(spec: VillageSpec, rng: Rng, usedIds: Set<string>, farmlandSeq: { next: number }): Omit<ProjectData, 'srsId'> {
  const villageCode = COUNTY.code + TOWN.code + spec.code3;
  const layout = layOutVillage({ ...spec, stripTarget: spec.stripTarget + rng.int(-20, 20) }, rng);
  const tf = makeTransform(layout, spec);
  const fields = snake(layout);
  const groups = Array.from({ length: spec.groupCount }, (_, g) => ({ code: villageCode + pad(g + 1, 2), name: `第${cnOrdinal(g + 1)}村民小组` }));

  const households: HouseholdInput[] = [];
  const parcels: ParcelInput[] = [];
  groups.forEach((group, g) => {
    const groupFields = fields.slice(Math.round((g * fields.length) / spec.groupCount), Math.round(((g + 1) * fields.length) / spec.groupCount));
    const fieldNames = rng.shuffle([...FIELD_NAMES]);
    const strips: Strip[] = groupFields.flatMap((block, i) => {
      const cover = blockCover(rng);
      const name = fieldNames[i % fieldNames.length]!;
      return block.strips.map((ring) => ({ ring, name, cover }));
    });

    const sizes = holdingSizes(strips.length, rng);
    const owners: HouseholdInput[] = sizes.map((_, h) => {
      const code = group.code + pad(h + 1, 4);
      const members = makeMembers({ rng, surname: rng.chance(0.55) ? spec.surname : rng.pick(COMMON_SURNAMES), usedIds });
      // A few households split off later (分户) and hold the remainder of the term.
      const contractStart = rng.chance(0.06) ? `${rng.int(2003, 2012)}-${pad(rng.int(1, 12), 2)}-01` : spec.secondRoundStart;
      return {
        code, contractCode: `${code}J`, headName: members[0]!.name, villageCode, groupCode: group.code,
        address: ADDRESS_PREFIX + spec.name + group.name, phone: makePhone(rng),
        contractStart, contractEnd: spec.secondRoundEnd, members,
      };
    });
    households.push(...owners);

    // Each household's strips are scattered over the group's fields, as the second-round draw left them.
    const dealt = rng.shuffle(strips.map((_, i) => i));
    const ownerOf: HouseholdInput[] = [];
    let cursor = 0;
    sizes.forEach((size, h) => {
      for (let k = 0; k < size; k++) ownerOf[dealt[cursor++]!] = owners[h]!;
    });
    strips.forEach((strip, i) => {
      const geometry = polygon(strip.ring, tf);
      const owner = ownerOf[i]!;
      parcels.push({
        code: group.code + pad(i + 1, 5), name: strip.name, householdCode: owner.code, contractCode: owner.contractCode,
        groupCode: group.code, ...stripCover(strip.cover, rng),
        registeredAreaM2: registeredArea(planarRingArea(geometry.coordinates[0]!), rng), geometry,
      });
    });
  });

  return {
    villages: [{ code: villageCode, name: spec.name, townName: TOWN.name, countyName: COUNTY.name, secondRoundEnd: spec.secondRoundEnd, groups }],
    households,
    parcels,
    homesteads: homesteads(layout, households, villageCode, rng, tf),
    farmland: pickFarmlandRects(layout.blocks, (b) => b.strips.reduce((s, r) => s + localArea(r), 0), rng).map((q) => ({
      code: `JBNT-${COUNTY.code}${TOWN.code}-${pad(farmlandSeq.next++, 3)}`,
      geometry: polygon(rectRing(layout.blocks, q), tf),
    })),
    linearFeatures: linearFeatures(layout, spec, tf),
  };
}

/** Most households have one homestead; a few have none (moved in with kin), a few plots stand empty. */
function homesteads(layout: Layout, households: HouseholdInput[], villageCode: string, rng: Rng, tf: Transform): HomesteadInput[] {
  const occupants: { householdCode: string | null; groupCode: string }[] = [];
  for (const h of households) {
    if (rng.chance(0.95)) occupants.push({ householdCode: h.code, groupCode: h.groupCode });
    if (rng.chance(0.08)) occupants.push({ householdCode: null, groupCode: h.groupCode });
  }
  const cell = layout.blocks.flat().find((b) => b.settlement)!;
  return layOutHomesteads(cell, occupants.length, rng).map((ring, i) => {
    const geometry = polygon(ring, tf);
    const area = planarRingArea(geometry.coordinates[0]!);
    return {
      code: `${villageCode}ZJD${pad(i + 1, 4)}`, ...occupants[i]!,
      registeredAreaM2: rng.chance(0.05) ? null : roundHalfUp(area * (1 + rng.float(-0.02, 0.02)), 2), geometry,
    };
  });
}

/** Roads (农村道路 1006) and ditches (沟渠 1107) filling every gap; pieces of one line share its name. */
function linearFeatures(layout: Layout, spec: VillageSpec, tf: Transform): LinearFeatureInput[] {
  const names = new Map<number, string>();
  const counters = { road: 0, ditch: 0 };
  for (const gap of [...layout.gaps].sort((a, b) => a.lineNo - b.lineNo)) {
    if (!names.has(gap.lineNo)) names.set(gap.lineNo, `${spec.short}${cnOrdinal(++counters[gap.kind])}号${gap.kind === 'road' ? '路' : '沟'}`);
  }
  return layout.gaps.map((gap) => ({
    kind: gap.kind, name: names.get(gap.lineNo)!, landClass: gap.kind === 'road' ? '1006' : '1107', geometry: polygon(gap.ring, tf),
  }));
}

export function generateDemo(seed: number = DEFAULT_DEMO_SEED): ProjectData {
  const rng = new Rng(seed);
  const usedIds = new Set<string>();
  const farmlandSeq = { next: 1 };
  const parts = VILLAGES.map((spec) => buildVillage(spec, rng, usedIds, farmlandSeq));
  return {
    srsId: SRS_ID,
    villages: parts.flatMap((p) => p.villages),
    households: parts.flatMap((p) => p.households),
    parcels: parts.flatMap((p) => p.parcels),
    homesteads: parts.flatMap((p) => p.homesteads),
    farmland: parts.flatMap((p) => p.farmland),
    linearFeatures: parts.flatMap((p) => p.linearFeatures),
  };
}
