import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { en, zhCN } from '../resources/i18n/catalogues';
import { GATE_RULES } from '../src/domain/case/rules';
import { CONTRACT_RULES } from '../src/domain/contract/rules';
import { LINKAGE_RULES } from '../src/domain/linkage/rules';
import { pb02BasicFarmlandUse } from '../src/domain/linkage/rules/pb-02-basic-farmland-use';
import { CHECK_RULES } from '../src/geo/checks/rule-catalogue';

/**
 * docs/rules.md, generated from the rule files themselves: every rule id with its title, severity, legal
 * basis, and where its code and its test live. `npm run docs:rules` rewrites it; a test keeps it current.
 */

const ROOT = join(import.meta.dirname, '..');
type Catalogue = Record<string, string>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sources = files(join(ROOT, 'src'));
const tests = new Set(files(join(ROOT, 'tests')).map((f) => relative(ROOT, f)));

/** The rule's own file: named after its id (lt-02-term.ts), or holding `id: '<id>'` for the data checks. */
function sourceOf(id: string, named: boolean): string {
  const file = named
    ? sources.find((f) => f.split('/').pop()!.startsWith(`${id.toLowerCase()}-`))
    : sources.find((f) => f.includes('/geo/checks/') && f.endsWith(`/${id}.ts`));
  if (!file) throw new Error(`no source file for rule ${id}`);
  return relative(ROOT, file);
}

const testOf = (source: string): string => {
  const test = source.replace(/^src\//, 'tests/').replace(/\.ts$/, '.test.ts');
  return tests.has(test) ? `\`${test}\`` : '—';
};

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const title = (key: string | undefined, catalogue: Catalogue) => (key ? (catalogue[key] ?? '') : '');

interface Row {
  id: string;
  titleKey?: string;
  severity: string;
  basis: string;
  named: boolean;
}

function table(rows: readonly Row[]): string[] {
  const zh = zhCN as Catalogue;
  const english = en as Catalogue;
  return [
    '| id | rule | 规则 | severity | legal basis | code | test |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const source = sourceOf(r.id, r.named);
      return `| ${r.id} | ${cell(title(r.titleKey, english))} | ${cell(title(r.titleKey, zh))} | ${r.severity} | ${cell(r.basis)} | \`${source}\` | ${testOf(source)} |`;
    }),
  ];
}

export function rulesDoc(): string {
  const sections: [string, string, Row[]][] = [
    ['Transfer contracts (LT)', 'Checked on every draft and refused at numbering when an error stands (`src/domain/contract/rules`, run by `src/api/contracts`).', CONTRACT_RULES.map((r) => ({ ...r, named: true }))],
    ['Case gates (SC, LM)', 'Hold the case steps they name on the six-party board (`src/domain/case/rules`, applied in `src/api/cases/case-writes.ts`).', GATE_RULES.map((r) => ({ ...r, named: true }))],
    ['Construction-land linkage (ZJ, PB)', 'Checked on every linkage project; an error prints the proposal as a draft (`src/domain/linkage/rules`).', [...LINKAGE_RULES, pb02BasicFarmlandUse].map((r) => ({ ...r, named: true }))],
    ['Data checks (数据检查)', 'Run over a layer of parcels as a job (`src/geo/checks`, run by `src/store/checks-runner.ts`).', CHECK_RULES.map((r) => ({ ...r, titleKey: r.descriptionKey, named: false }))],
  ];
  return [
    '# Rules',
    '',
    'Every rule LandLink checks, with its legal basis and where its code and test live. Generated from the rule',
    'files by `npm run docs:rules`; `tests/docs/rules-doc.test.ts` fails when it is out of date.',
    '',
    ...sections.flatMap(([heading, intro, rows]) => [`## ${heading}`, '', intro, '', ...table(rows), '']),
  ].join('\n');
}

if (process.argv[1] === import.meta.filename) writeFileSync(join(ROOT, 'docs', 'rules.md'), rulesDoc());
