import type { Block, DocumentModel } from '../engine/document-model';
import { fundingSection } from './proposal-funding';
import type { ProposalInput } from './proposal-input';
import { ledgerSection } from './proposal-ledger';
import type { ProposalMap } from './proposal-maps';
import { cnDate } from './proposal-numbers';
import { householdSection, scenarioSection } from './proposal-relocation';
import { balanceSection, landClassSection, mapSection, rulesSection, summarySection } from './proposal-sections';
import { PROPOSAL_TITLE_SUFFIX } from './proposal-wording';

/**
 * The relocation proposal (搬迁安置方案, issue 6) as a document model: project summary, map, area balance,
 * rule checks, land classes, households and consent, scenarios, funding plan and quota ledger, in that
 * order. A project with an error finding prints as a draft (草稿 watermark), as contracts do, so a paper
 * copy with an open problem cannot pass for the final proposal.
 */

export const isDraftProposal = (input: Pick<ProposalInput, 'findings'>): boolean => input.findings.some((f) => f.severity === 'error');

export const proposalTitle = (input: Pick<ProposalInput, 'project'>): string => `${input.project.name}${PROPOSAL_TITLE_SUFFIX}`;

export interface ProposalDocumentOptions {
  /** The parcel maps (proposalMaps); none prints a note instead. */
  maps: readonly ProposalMap[];
}

export function proposalDocument(input: ProposalInput, { maps }: ProposalDocumentOptions): DocumentModel {
  const title = proposalTitle(input);
  const draft = isDraftProposal(input);
  const blocks: Block[] = [
    { kind: 'numberLine', text: `项目编号：${input.project.code}${draft ? '（草稿）' : ''}` },
    { kind: 'title', text: title },
    ...summarySection(input),
    ...mapSection(maps),
    ...balanceSection(input),
    ...rulesSection(input),
    ...landClassSection(input),
    ...householdSection(input),
    ...scenarioSection(input),
    ...fundingSection(input),
    ...ledgerSection(input),
  ];
  return {
    title: `${title} ${input.project.code}`,
    headerText: `${title}　项目编号：${input.project.code}`,
    footerText: `数据截至${cnDate(input.asOf)}　数据指纹：${input.fingerprint}`,
    watermark: draft ? '草稿' : null,
    blocks,
  };
}
