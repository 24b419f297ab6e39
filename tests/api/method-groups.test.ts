import { describe, expect, it } from 'vitest';
import { methodNames } from '../../src/api/contract';
import { mergeGroups } from '../../src/api/method-groups';

describe('joining method groups', () => {
  it('keeps every method of every group', () => {
    expect(Object.keys(mergeGroups({ 'a.get': 1, 'a.put': 2 }, { 'b.get': 3 }))).toEqual(['a.get', 'a.put', 'b.get']);
    expect(new Set(methodNames).size).toBe(methodNames.length);
  });

  it('throws when two groups define the same method, naming it', () => {
    expect(() => mergeGroups({ 'parcels.get': 1 }, { 'parcels.get': 2 })).toThrow('API method "parcels.get" is defined twice');
  });
});
