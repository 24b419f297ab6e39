import type { CitedValue, ResolvedParameters } from '../parameters/linkage-parameters';
import { required } from '../parameters/linkage-parameters';
import type { RelocationHousehold } from './relocation-household';

/** The consent figures for the proposal and ZJ-09: agreed households over all households, against the threshold in force. */
export interface ConsentSummary {
  households: number;
  agreed: number;
  refused: number;
  pending: number;
  /** agreed ÷ households, exact. */
  rate: number;
  threshold: CitedValue<number>;
  met: boolean;
}

export function consentSummary(households: readonly RelocationHousehold[], params: ResolvedParameters): ConsentSummary {
  if (households.length === 0) throw new RangeError('没有搬迁户，无法计算同意率');
  const count = (status: RelocationHousehold['consent']['status']) => households.filter((h) => h.consent.status === status).length;
  const agreed = count('agreed');
  const rate = agreed / households.length;
  const threshold = required(params.values.consentThreshold, 'consentThreshold 农户同意比例', params);
  return { households: households.length, agreed, refused: count('refused'), pending: count('pending'), rate, threshold, met: rate >= threshold.value };
}
