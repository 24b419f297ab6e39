import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../../resources/i18n/catalogues';
import { LAND_CLASSES, type LandClassCode } from '../../src/domain/land-class';
import { translate } from '../../renderer/i18n/messages';

const catalogues: Record<string, Record<string, string>> = { 'zh-CN': zhCN, en };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

describe('i18n catalogues', () => {
  it('have identical key sets', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('have no empty messages and the same placeholders in both languages', () => {
    for (const [key, zh] of Object.entries(zhCN)) {
      const english = (en as Record<string, string>)[key] ?? '';
      expect(zh.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(zh));
    }
  });

  it('name every land class in both languages, with the standard wording in Chinese', () => {
    for (const code of Object.keys(LAND_CLASSES) as LandClassCode[]) {
      for (const [locale, catalogue] of Object.entries(catalogues)) {
        expect(catalogue[`landClass.${code}`], `${locale} landClass.${code}`).toBeTruthy();
      }
      expect(zhCN[`landClass.${code}`]).toBe(LAND_CLASSES[code]);
    }
  });

  it('keeps English free of Chinese except the language name itself', () => {
    const leaks = Object.entries(en).filter(([key, text]) => key !== 'lang.zh-CN' && CJK.test(text));
    expect(leaks).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(translate('zh-CN', 'unit.muValue', { value: '2.13' })).toBe('2.13 亩');
    expect(translate('en', 'parcel.qualityGradeValue', { grade: 5 })).toBe('Grade 5');
  });
});

describe('renderer sources', () => {
  const root = resolve(import.meta.dirname, '../../renderer');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));

  it('contain no Chinese outside comments: every visible string comes from the catalogues', () => {
    const offenders = files.filter((file) => {
      const code = readFileSync(join(root, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
      return CJK.test(code);
    });
    expect(files.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
});
