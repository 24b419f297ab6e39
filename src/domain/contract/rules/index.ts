import type { ContractFacts } from '../contract-facts';
import type { ContractRule, Finding } from '../rule';
import { lt01WrittenContract } from './lt-01-written-contract';
import { lt02Term } from './lt-02-term';
import { lt03SecondRound } from './lt-03-second-round';
import { lt04FarmUse } from './lt-04-farm-use';
import { lt05GrainPriority } from './lt-05-grain-priority';
import { lt06RequiredItems } from './lt-06-required-items';
import { lt07PartyIds } from './lt-07-party-ids';
import { lt08AgentEntrustment } from './lt-08-agent-entrustment';
import { lt09Filing } from './lt-09-filing';
import { lt10Retransfer } from './lt-10-retransfer';
import { lt11Collateral } from './lt-11-collateral';
import { lt12SocialCapital } from './lt-12-social-capital';
import { lt13CollectiveLand } from './lt-13-collective-land';
import { lt14Registration } from './lt-14-registration';
import { lt15Termination } from './lt-15-termination';
import { lt16MemberPriority } from './lt-16-member-priority';
import { lt17ShareDissolution } from './lt-17-share-dissolution';
import { lt18RiskFund } from './lt-18-risk-fund';
import { lt19Proceeds } from './lt-19-proceeds';
import { lt20Area } from './lt-20-area';
import { lt21OneTransfer } from './lt-21-one-transfer';
import { lt22CurrentParcels } from './lt-22-current-parcels';

/** The legal checks of domain.md B.3, in their order. */
export const CONTRACT_RULES: readonly ContractRule[] = [
  lt01WrittenContract,
  lt02Term,
  lt03SecondRound,
  lt04FarmUse,
  lt05GrainPriority,
  lt06RequiredItems,
  lt07PartyIds,
  lt08AgentEntrustment,
  lt09Filing,
  lt10Retransfer,
  lt11Collateral,
  lt12SocialCapital,
  lt13CollectiveLand,
  lt14Registration,
  lt15Termination,
  lt16MemberPriority,
  lt17ShareDissolution,
  lt18RiskFund,
  lt19Proceeds,
  lt20Area,
  lt21OneTransfer,
  lt22CurrentParcels,
];

/** Every finding of every rule, in rule order; a contract with any 'error' may not be numbered or printed final. */
export function runContractRules(facts: ContractFacts): Finding[] {
  return CONTRACT_RULES.flatMap((rule) =>
    rule.check(facts).map(({ severity, ...finding }) => ({ ruleId: rule.id, severity: severity ?? rule.severity, ...finding })),
  );
}
