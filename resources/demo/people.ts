/** Synthetic household members with plausible family structures and checksummed ID numbers. */
import type { MemberInput } from '../../src/domain/household';
import { idCheckChar } from '../../src/domain/identity';
import { COMMON_SURNAMES, GIVEN_NAMES } from './names';
import type { Rng } from './rng';

/** The demo is a snapshot of 2024: ages are relative to this year, never to the clock. */
const SNAPSHOT_YEAR = 2024;
const MAX_MEMBERS = 7;
const ID_REGION = '371722';

type Sex = MemberInput['sex'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function randomDate(rng: Rng, year: number): string {
  const month = rng.int(1, 12);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month, 2)}-${pad(rng.int(1, days), 2)}`;
}

/** GB 11643: region + birth date + sequence (odd last digit for men, even for women) + checksum. */
function citizenId(rng: Rng, birthDate: string, sex: Sex, used: Set<string>): string {
  for (;;) {
    const parity = rng.int(0, 4) * 2 + (sex === 'male' ? 1 : 0);
    const first17 = `${ID_REGION}${birthDate.replace(/-/g, '')}${rng.digits(2)}${parity}`;
    if (used.has(first17)) continue;
    used.add(first17);
    return first17 + idCheckChar(first17);
  }
}

function givenName(rng: Rng, sex: Sex, year: number): string {
  const era = year < 1965 ? 0 : year < 1985 ? 1 : 2;
  return rng.pick(GIVEN_NAMES[sex][era]!);
}

export interface FamilyContext {
  readonly rng: Rng;
  /** Lineage surname, carried by male heads, children and grandchildren. */
  readonly surname: string;
  /** First 17 ID digits already issued in the dataset. */
  readonly usedIds: Set<string>;
}

function member(ctx: FamilyContext, surname: string, sex: Sex, relation: string, year: number): MemberInput {
  const birthDate = randomDate(ctx.rng, year);
  return { name: surname + givenName(ctx.rng, sex, year), idNumber: citizenId(ctx.rng, birthDate, sex, ctx.usedIds), sex, relation, birthDate };
}

/** 户主 first, then 配偶, children, 儿媳 and grandchildren of a co-resident son, then parents. */
export function makeMembers(ctx: FamilyContext): MemberInput[] {
  const { rng } = ctx;
  const inMarried = (): string => rng.pick(COMMON_SURNAMES);
  const headMale = rng.chance(0.88);
  // Rural heads are mostly born 1950–1980; the mean of two draws peaks mid-range.
  const headYear = Math.round((rng.int(1940, 1992) + rng.int(1940, 1992)) / 2);
  const members = [member(ctx, headMale ? ctx.surname : inMarried(), headMale ? 'male' : 'female', '户主', headYear)];
  if (headYear < 1955 && rng.chance(0.3)) return members; // elderly, children have their own households

  if (headMale && rng.chance(0.9)) members.push(member(ctx, inMarried(), 'female', '配偶', headYear + rng.int(-2, 5)));
  const childCount = rng.weighted([[0, 1], [1, 3], [2, 4], [3, 2]] as const);
  const children: MemberInput[] = [];
  let childYear = headYear + rng.int(22, 30);
  for (let i = 0; i < childCount && childYear < SNAPSHOT_YEAR - 1; i++) {
    const son = rng.chance(0.52);
    children.push(member(ctx, ctx.surname, son ? 'male' : 'female', son ? '子' : '女', childYear));
    childYear += rng.int(1, 5);
  }
  members.push(...children);

  const son = children.find((c) => c.relation === '子');
  const sonYear = son ? Number(son.birthDate.slice(0, 4)) : SNAPSHOT_YEAR;
  if (sonYear <= 1998 && rng.chance(0.6)) {
    members.push(member(ctx, inMarried(), 'female', '儿媳', sonYear + rng.int(-2, 3)));
    let grandYear = sonYear + rng.int(23, 30);
    for (let i = rng.int(0, 2); i > 0 && grandYear < SNAPSHOT_YEAR; i--) {
      const boy = rng.chance(0.52);
      members.push(member(ctx, ctx.surname, boy ? 'male' : 'female', boy ? '孙子' : '孙女', grandYear));
      grandYear += rng.int(1, 4);
    }
  }

  if (headYear >= 1970) {
    if (rng.chance(0.3)) members.push(member(ctx, ctx.surname, 'male', '父', headYear - rng.int(24, 32)));
    if (rng.chance(0.4)) members.push(member(ctx, inMarried(), 'female', '母', headYear - rng.int(22, 30)));
  }
  return members.slice(0, MAX_MEMBERS);
}

/** Mobile number (13x/15x/18x), or null for the few households that gave none. */
export function makePhone(rng: Rng): string | null {
  return rng.chance(0.85) ? rng.pick(['13', '15', '18']) + rng.digits(9) : null;
}
