import { roundHalfUp } from '../../units';
import type { GradeDirection, LinkageFacts } from '../linkage-facts';
import { constructionPath, demolitionPath, isCultivated, sumOf, toleranceM2 } from './facts-lookup';
import type { LinkageRule, LinkageRuleFinding } from './rule';
import { areaText, listCodes } from './wording';

/** True when grade `a` is worse than grade `b` under the configured direction of the 等别 scale. */
const worse = (a: number, b: number, direction: GradeDirection): boolean => (direction === 'higherIsWorse' ? a > b : a < b);

const grade = (value: number): string => roundHalfUp(value, 2).toFixed(2);

const directionText = (direction: GradeDirection): string => (direction === 'higherIsWorse' ? '等别数值越大质量越差' : '等别数值越大质量越好');

/** Area-weighted 等别 of the parts that have one; null when none has a grade. */
function weightedGrade(parts: { areaM2: number; grade: number | null }[]): number | null {
  const graded = parts.filter((p): p is { areaM2: number; grade: number } => p.grade !== null && p.areaM2 > 0);
  const area = sumOf(graded, (p) => p.areaM2);
  return area > 0 ? sumOf(graded, (p) => p.grade * p.areaM2) / area : null;
}

function qualityFindings(facts: LinkageFacts, direction: GradeDirection): LinkageRuleFinding[] {
  const reclaimed = facts.demolitionParcels.filter((p) => isCultivated(p.targetClass));
  const occupied = facts.constructionParcels.filter((p) => p.cultivatedOccupiedM2 > 0);
  const found: LinkageRuleFinding[] = [];
  for (const p of reclaimed) {
    if (p.gradeBefore !== null && p.gradeAfter !== null && worse(p.gradeAfter, p.gradeBefore, direction)) {
      found.push({
        message: `拆旧地块 ${p.code} 复垦后耕地等别 ${p.gradeAfter} 劣于复垦前 ${p.gradeBefore}（${directionText(direction)}）`,
        path: demolitionPath(facts, p.id, 'gradeAfter'),
        parcelIds: [p.id],
      });
    }
  }
  if (occupied.length === 0) return found;
  const ungraded = [
    ...occupied.filter((p) => p.cultivatedGrade === null).map((p) => p.code),
    ...reclaimed.filter((p) => p.gradeAfter === null).map((p) => p.code),
  ];
  if (ungraded.length > 0) {
    found.push({
      severity: 'warning',
      message: `地块 ${listCodes(ungraded)} 缺少耕地质量等别，无法核对耕地质量是否降低`,
      path: null,
      parcelIds: [...occupied, ...reclaimed].filter((p) => ungraded.includes(p.code)).map((p) => p.id),
    });
    return found;
  }
  const before = weightedGrade(occupied.map((p) => ({ areaM2: p.cultivatedOccupiedM2, grade: p.cultivatedGrade })));
  const after = weightedGrade(reclaimed.map((p) => ({ areaM2: p.areaM2, grade: p.gradeAfter })));
  if (before !== null && after !== null && worse(after, before, direction)) {
    found.push({
      message: `复垦耕地面积加权平均等别 ${grade(after)} 劣于建新占用耕地的 ${grade(before)}（${directionText(direction)}），耕地质量降低`,
      path: 'demolitionParcels',
      parcelIds: reclaimed.map((p) => p.id),
    });
  }
  return found;
}

/** Cultivated land reclaimed ≥ cultivated land the construction parcels occupy, and of no worse grade. */
export const zj03CultivatedBalance: LinkageRule = {
  id: 'ZJ-03',
  severity: 'error',
  titleKey: 'rule.ZJ-03.title',
  basis: '国土资发〔2008〕138号：项目区内耕地面积有增加、质量有提高（条款号未核实）；耕地质量等别按国家 1–15 等',
  check(facts) {
    const reclaimed = sumOf(facts.demolitionParcels.filter((p) => isCultivated(p.targetClass)), (p) => p.areaM2);
    const occupied = sumOf(facts.constructionParcels, (p) => p.cultivatedOccupiedM2);
    const found: LinkageRuleFinding[] = [];
    if (reclaimed + toleranceM2(facts) < occupied) {
      const largest = [...facts.constructionParcels].sort((a, b) => b.cultivatedOccupiedM2 - a.cultivatedOccupiedM2)[0]!;
      found.push({
        message: `复垦为耕地 ${areaText(reclaimed)}，少于建新占用耕地 ${areaText(occupied)}，耕地减少 ${areaText(occupied - reclaimed)}`,
        path: constructionPath(facts, largest.id, 'cultivatedOccupiedM2'),
        parcelIds: facts.constructionParcels.filter((p) => p.cultivatedOccupiedM2 > 0).map((p) => p.id),
      });
    }
    return [...found, ...qualityFindings(facts, facts.policy.gradeDirection)];
  },
};
