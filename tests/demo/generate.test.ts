import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../resources/demo/generate';
import { isValidCitizenId } from '../../src/domain/identity';
import { ProjectDataSchema } from '../../src/domain/project-data';
import { type Xy, boxesMeet, boxOf, localRing, overlapArea, signedArea } from './planar';

const demo = generateDemo();
const ORIGIN: Xy = [39400000, 3860000];
const outerRing = (g: (typeof demo.parcels)[number]['geometry']): number[][] => (g.type === 'Polygon' ? g.coordinates[0]! : g.coordinates[0]![0]!);
const parcelRings = demo.parcels.map((p) => localRing(outerRing(p.geometry), ORIGIN));
const parcelAreas = parcelRings.map((r) => signedArea([...r, r[0]!]));

describe('generateDemo', () => {
  it('produces data that passes the project-data schema', () => {
    expect(() => ProjectDataSchema.parse(demo)).not.toThrow();
    expect(demo.srsId).toBe(4527);
  });

  it('produces about 1,500 parcels spread over both villages and several groups in each', () => {
    expect(demo.parcels.length).toBeGreaterThanOrEqual(1400);
    expect(demo.parcels.length).toBeLessThanOrEqual(1600);
    expect(demo.villages.map((v) => v.name)).toEqual(['王桥村', '史楼村']);
    for (const village of demo.villages) {
      const inVillage = demo.parcels.filter((p) => p.groupCode.startsWith(village.code));
      expect(inVillage.length).toBeGreaterThan(500);
      expect(new Set(inVillage.map((p) => p.groupCode)).size).toBeGreaterThanOrEqual(4);
      expect(village.code).toMatch(/^371722104\d{3}$/);
      for (const group of village.groups) expect(group.code.startsWith(village.code)).toBe(true);
    }
  });

  it('gives every parcel a unique 19-digit code that starts with its group code', () => {
    const groupCodes = new Set(demo.villages.flatMap((v) => v.groups.map((g) => g.code)));
    expect(new Set(demo.parcels.map((p) => p.code)).size).toBe(demo.parcels.length);
    const bad = demo.parcels.filter((p) => !/^\d{19}$/.test(p.code) || !p.code.startsWith(p.groupCode) || !groupCodes.has(p.groupCode));
    expect(bad).toEqual([]);
  });

  it('assigns every parcel to an existing household of the same group and contract', () => {
    const households = new Map(demo.households.map((h) => [h.code, h]));
    expect(households.size).toBe(demo.households.length);
    for (const p of demo.parcels) {
      const owner = households.get(p.householdCode ?? '');
      expect(owner).toBeDefined();
      expect(owner!.groupCode).toBe(p.groupCode);
      expect(p.contractCode).toBe(owner!.contractCode);
    }
    const holdings = new Map<string, number>();
    for (const p of demo.parcels) holdings.set(p.householdCode!, (holdings.get(p.householdCode!) ?? 0) + 1);
    expect(holdings.size).toBe(demo.households.length);
  });

  it('issues member ID numbers that pass GB 11643 and agree with sex and birth date', () => {
    const members = demo.households.flatMap((h) => h.members);
    expect(new Set(members.map((m) => m.idNumber)).size).toBe(members.length);
    for (const h of demo.households) {
      expect(h.members[0]!.relation).toBe('户主');
      expect(h.headName).toBe(h.members[0]!.name);
      expect(h.members.length).toBeLessThanOrEqual(7);
    }
    const bad = members.filter(
      (m) =>
        !isValidCitizenId(m.idNumber) ||
        !m.idNumber.startsWith('371722') ||
        Number(m.idNumber[16]) % 2 !== (m.sex === 'male' ? 1 : 0) ||
        m.idNumber.slice(6, 14) !== m.birthDate.replace(/-/g, ''),
    );
    expect(bad).toEqual([]);
  });

  it('returns identical output for the same seed and different output for another seed', () => {
    const again = JSON.stringify(generateDemo());
    expect(again).toBe(JSON.stringify(demo));
    expect(JSON.stringify(generateDemo(7))).not.toBe(again);
  });

  it('writes closed counter-clockwise rings in zone-prefixed Gauss-Krüger metres rounded to the millimetre', () => {
    const all = [...demo.parcels, ...demo.homesteads, ...demo.farmland, ...demo.linearFeatures].map((f) => outerRing(f.geometry));
    const misplaced = all.flatMap((ring) => ring).filter(([e, n]) => !(e! > 39_395_000 && e! < 39_410_000 && n! > 3_855_000 && n! < 3_865_000));
    const unrounded = all.flatMap((ring) => ring.flat()).filter((v) => Math.abs(v * 1000 - Math.round(v * 1000)) > 1e-3);
    expect(misplaced).toEqual([]);
    expect(unrounded).toEqual([]);
    expect(all.filter((ring) => JSON.stringify(ring[0]) !== JSON.stringify(ring[ring.length - 1]))).toEqual([]);
    expect(all.filter((ring) => signedArea(localRing(ring, ORIGIN)) <= 0)).toEqual([]);
  });

  it('keeps parcels, roads and ditches free of overlaps', () => {
    const gapRings = demo.linearFeatures.map((f) => localRing(outerRing(f.geometry), ORIGIN));
    const parcelBoxes = parcelRings.map(boxOf);
    const gapBoxes = gapRings.map(boxOf);
    let worst = 0;
    let checked = 0;
    parcelRings.forEach((ring, i) => {
      for (let j = i + 1; j < parcelRings.length; j++) {
        if (!boxesMeet(parcelBoxes[i]!, parcelBoxes[j]!)) continue;
        worst = Math.max(worst, overlapArea(parcelRings[j]!, ring));
        checked++;
      }
      gapRings.forEach((gap, k) => {
        if (boxesMeet(parcelBoxes[i]!, gapBoxes[k]!)) worst = Math.max(worst, overlapArea(gap, ring));
      });
    });
    expect(checked).toBeGreaterThan(demo.parcels.length);
    expect(worst).toBeLessThan(1e-3);
  });

  it('shares every parcel edge exactly with a neighbouring parcel, road or ditch', () => {
    const key = (p: number[]): string => `${p[0]},${p[1]}`;
    const edges = new Set<string>();
    const rings = [...demo.parcels, ...demo.linearFeatures].map((f) => outerRing(f.geometry));
    for (const ring of rings) for (let i = 0; i + 1 < ring.length; i++) edges.add(`${key(ring[i]!)}>${key(ring[i + 1]!)}`);
    const unmatched = demo.parcels.flatMap((p) => {
      const ring = outerRing(p.geometry);
      return ring.slice(1).filter((b, i) => !edges.has(`${key(b)}>${key(ring[i]!)}`)).map(() => p.code);
    });
    expect(unmatched).toEqual([]);
    expect(demo.linearFeatures.every((f) => f.landClass === (f.kind === 'road' ? '1006' : '1107'))).toBe(true);
  });

  it('covers 50–80 % of the parcel area with basic farmland, each parcel wholly in or out', () => {
    const patches = demo.farmland.map((f) => localRing(outerRing(f.geometry), ORIGIN));
    let inside = 0;
    let straddling = 0;
    parcelRings.forEach((ring, i) => {
      const covered = patches.reduce((s, patch) => s + overlapArea(patch, ring), 0) / parcelAreas[i]!;
      if (Math.min(covered, Math.abs(1 - covered)) > 1e-6) straddling++;
      if (covered > 0.5) inside += parcelAreas[i]!;
    });
    expect(straddling).toBe(0);
    const share = inside / parcelAreas.reduce((s, a) => s + a, 0);
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.8);
  });

  it('records registered areas within 8 % of the mapped area, with a few beyond 3 %', () => {
    const deviations = demo.parcels.map((p, i) => p.registeredAreaM2! / parcelAreas[i]! - 1);
    expect(Math.max(...deviations.map(Math.abs))).toBeLessThanOrEqual(0.0801);
    const large = deviations.filter((d) => Math.abs(d) > 0.03).length;
    expect(large).toBeGreaterThan(10);
    expect(large).toBeLessThan(demo.parcels.length * 0.15);
  });

  it('gives most households one homestead plot of roughly 150–250 m² in its village', () => {
    const households = new Set(demo.households.map((h) => h.code));
    const owned = demo.homesteads.filter((h) => h.householdCode !== null);
    expect(owned.every((h) => households.has(h.householdCode!))).toBe(true);
    expect(new Set(owned.map((h) => h.householdCode)).size).toBe(owned.length);
    expect(owned.length).toBeGreaterThan(demo.households.length * 0.85);
    for (const v of demo.villages) {
      const plots = demo.homesteads.filter((h) => h.code.startsWith(`${v.code}ZJD`));
      expect(plots.length).toBeGreaterThanOrEqual(130);
      expect(plots.length).toBeLessThanOrEqual(250);
    }
    const areas = demo.homesteads.map((h) => signedArea(localRing(outerRing(h.geometry), ORIGIN)));
    expect(Math.min(...areas)).toBeGreaterThan(130);
    expect(Math.max(...areas)).toBeLessThan(250);
  });
});
