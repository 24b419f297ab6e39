import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoProject } from '../../../../src/api/project-files';
import { proposalData } from '../../../../src/api/linkage/proposal-data';
import type { ProposalInput } from '../../../../src/io/documents/proposal/proposal-input';
import { Project } from '../../../../src/store/project';

export const AS_OF = '2026-03-01';

/** The demo's worked linkage project as the proposal sees it, from a freshly generated demo file. */
export function demoProposal(): ProposalInput {
  const file = join(mkdtempSync(join(tmpdir(), 'landlink-proposal-')), 'demo.gpkg');
  createDemoProject(file, 'tester');
  const project = Project.open(file, 'tester');
  try {
    return proposalData(project, 1, AS_OF);
  } finally {
    project.close();
  }
}
