import type { MethodInput, MethodOutput } from '../../src/api/contract';
import { parametersAt, type LinkageParameterTable } from '../../src/domain/linkage/parameters/linkage-parameters';
import { consentSummary, type ConsentSummary } from '../../src/domain/linkage/relocation/consent-summary';

/**
 * The relocation-survey household form and the consent figures the tab shows. The form holds text as
 * typed; `householdFromForm` turns it into the API's new-household input or names the fields to fix.
 */

export type LinkageHousehold = MethodOutput<'linkage.households.list'>[number];
export type NewHousehold = MethodInput<'linkage.households.add'>['households'][number];
export type ConsentStatus = LinkageHousehold['consent']['status'];

export const STRUCTURES = ['brickConcrete', 'brickWood', 'earthWood', 'simple'] as const;
export type Structure = (typeof STRUCTURES)[number];

export interface MemberForm {
  name: string;
  relation: string;
  birthDate: string;
  idNumber: string;
}

export interface HouseholdForm {
  code: string;
  headName: string;
  villageName: string;
  members: MemberForm[];
  homesteadM2: string;
  floorAreaM2: Record<Structure, string>;
  consentStatus: ConsentStatus;
  signedOn: string;
}

export const emptyMember = (): MemberForm => ({ name: '', relation: '', birthDate: '', idNumber: '' });

export const emptyHouseholdForm = (villageName = ''): HouseholdForm => ({
  code: '',
  headName: '',
  villageName,
  members: [emptyMember()],
  homesteadM2: '',
  floorAreaM2: { brickConcrete: '', brickWood: '', earthWood: '', simple: '' },
  consentStatus: 'pending',
  signedOn: '',
});

export type HouseholdDraft = { ok: true; household: NewHousehold } | { ok: false; missing: string[] };

const area = (text: string): number | null => {
  if (text.trim() === '') return 0;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : null;
};

/** The new household, or the dotted paths of the fields still blank or invalid (the ID is checked by the core). */
export function householdFromForm(form: HouseholdForm): HouseholdDraft {
  const missing: string[] = [];
  for (const f of ['code', 'headName', 'villageName'] as const) if (!form[f].trim()) missing.push(f);
  form.members.forEach((m, i) => {
    for (const f of ['name', 'relation', 'birthDate'] as const) if (!m[f].trim()) missing.push(`members.${i}.${f}`);
  });
  if (form.members.length === 0) missing.push('members');
  const homestead = form.homesteadM2.trim() === '' ? null : area(form.homesteadM2);
  if (homestead === null) missing.push('homesteadM2');
  const floors = Object.fromEntries(STRUCTURES.map((s) => [s, area(form.floorAreaM2[s])])) as Record<Structure, number | null>;
  for (const s of STRUCTURES) if (floors[s] === null) missing.push(`floorAreaM2.${s}`);
  const signed = form.consentStatus !== 'pending';
  if (signed && !form.signedOn) missing.push('signedOn');
  if (missing.length > 0) return { ok: false, missing };
  return {
    ok: true,
    household: {
      code: form.code.trim(),
      headName: form.headName.trim(),
      villageName: form.villageName.trim(),
      members: form.members.map((m) => ({ name: m.name.trim(), relation: m.relation.trim(), birthDate: m.birthDate, idNumber: m.idNumber.trim() || null })),
      homesteadM2: homestead!,
      floorAreaM2: floors as Record<Structure, number>,
      consent: { status: form.consentStatus, signedOn: signed ? form.signedOn : null },
    },
  };
}

/** Σ floor area of all structure classes, m². */
export const totalFloorM2 = (h: Pick<LinkageHousehold, 'floorAreaM2'>): number => STRUCTURES.reduce((s, k) => s + h.floorAreaM2[k], 0);

/** Agreed over all households against the threshold in force on `asOf`; null while there are no households. */
export function householdConsent(households: readonly LinkageHousehold[], table: LinkageParameterTable, asOf: string): ConsentSummary | null {
  return households.length === 0 ? null : consentSummary(households, parametersAt(table, asOf));
}
