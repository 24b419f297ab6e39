import { describe, expect, it } from 'vitest';
import { muToM2 } from '../../../../src/domain/units';
import { findingsOf, PARCEL_CODES, validFacts } from './facts';

describe('LT-20 parcel areas', () => {
  it('accepts a leased area exactly at registered area plus the tolerance', () => {
    const facts = validFacts();
    facts.parcels[0]!.leasedAreaM2 = 2000 + muToM2(0.01);
    facts.parcels[0]!.ellipsoidAreaM2 = facts.parcels[0]!.leasedAreaM2;
    expect(findingsOf('LT-20', facts)).toEqual([]);
  });

  it('rejects a leased area over the registered area, naming parcel, both areas and the tolerance', () => {
    const facts = validFacts();
    facts.parcels[1]!.leasedAreaM2 = 1510;
    facts.parcels[1]!.ellipsoidAreaM2 = 1520;
    const [finding, ...rest] = findingsOf('LT-20', facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'LT-20', severity: 'error', path: 'parcels.1.areaM2', parcelIds: [102] });
    expect(finding!.message).toBe(
      `地块 ${PARCEL_CODES[1]} 的流转面积 2.27 亩超过登记面积 2.25 亩（容差 0.01 亩，依据：单县农业农村局单农发〔2024〕3号，自 2024-01-01 起施行）`,
    );
  });

  it('rejects a leased area over the ellipsoidal area, and a zero area', () => {
    const facts = validFacts();
    facts.parcels[2]!.registeredAreaM2 = null;
    facts.parcels[2]!.leasedAreaM2 = 3020;
    facts.parcels[0]!.leasedAreaM2 = 0;
    const findings = findingsOf('LT-20', facts);
    expect(findings.map((f) => f.path)).toEqual(['parcels.0.areaM2', 'parcels.2.areaM2']);
    expect(findings[0]!.message).toContain('应大于 0');
    expect(findings[1]!.message).toContain('椭球面积 4.51 亩');
  });
});
