import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../renderer/api/client';
import { defaultDeadline, issuesByField, listOf, newProjectInput } from '../../../renderer/linkage/new-project-input';

describe('the new linkage project form', () => {
  it('proposes a deadline three years on that exists, the month end for a start on 29 February', () => {
    expect(defaultDeadline('2026-11-30')).toBe('2029-11-30');
    expect(defaultDeadline('2024-02-29')).toBe('2027-02-28');
  });

  it('splits townships on the enumeration comma, full-width or ASCII commas and spaces', () => {
    expect(listOf('谢集镇、李田楼镇，浮岗镇, 黄岗镇  终兴镇；')).toEqual(['谢集镇', '李田楼镇', '浮岗镇', '黄岗镇', '终兴镇']);
    expect(listOf('  ')).toEqual([]);
  });

  it('trims the typed fields and sends an empty approval document as null', () => {
    const input = newProjectInput({
      code: ' ZJGG-1 ',
      name: ' 新项目 ',
      countyCode: '371722',
      townships: '谢集镇',
      approvalDoc: '  ',
      startDate: '2025-01-01',
      deadline: '2028-01-01',
      villageCodes: ['371722104206'],
    });
    expect(input).toEqual({
      code: 'ZJGG-1',
      name: '新项目',
      countyCode: '371722',
      townships: ['谢集镇'],
      approvalDoc: null,
      startDate: '2025-01-01',
      deadline: '2028-01-01',
      villageCodes: ['371722104206'],
    });
  });

  it('files the core’s issues under the field they name, keeping the first message per field', () => {
    const error = new ApiCallError('linkage.projects.create', 'bad_input', 'invalid', [
      { path: 'townships.0', key: 'error.detail', params: { detail: 'too short' }, message: 'too short' },
      { path: 'deadline', key: 'error.detail', params: { detail: '截止日期不能早于开始日期' }, message: '截止日期不能早于开始日期' },
      { path: 'townships', key: 'error.detail', params: { detail: 'second' }, message: 'second' },
    ]);
    const issues = issuesByField(error);
    expect(issues.get('townships')).toBe('too short');
    expect(issues.get('deadline')).toBe('截止日期不能早于开始日期');
    expect(issuesByField(new Error('boom')).size).toBe(0);
  });
});
