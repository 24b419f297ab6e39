import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../../resources/i18n/catalogues';
import { renderMessage } from '../../resources/i18n/render-message';
import { msg } from '../../src/domain/message';

const ROOT = resolve(import.meta.dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f));

/** Keys the core names literally: msg('…'), and the refusal helpers badInput(path, '…') and friends. */
const KEY_USES = [/\bmsg\(\s*'([^'$]+)'/g, /\b(?:badInput|notFound|refused|conflict)\(\s*[^,()]+,\s*'([^'$]+)'/g];

describe('the core’s messages', () => {
  it('name only keys both catalogues hold', () => {
    const missing: string[] = [];
    for (const file of [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'electron'))]) {
      const code = readFileSync(file, 'utf8');
      for (const re of KEY_USES) {
        for (const [, key] of code.matchAll(re)) {
          if (!(key! in zhCN) || !(key! in en)) missing.push(`${relative(ROOT, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('render in either language with nested messages filled in', () => {
    const text = msg('error.internal.detail', { detail: msg('error.host.notJson') });
    expect(renderMessage('zh-CN', text)).toBe('LandLink 内部错误：请求内容不是 JSON');
    expect(renderMessage('en', text)).toBe('LandLink internal error: The request body is not JSON');
  });
});
