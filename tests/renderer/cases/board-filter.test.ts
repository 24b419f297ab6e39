import { describe, expect, it } from 'vitest';
import { caseMethods } from '../../../src/api/methods/cases';
import { boardFilter, NO_FILTER, townsOf } from '../../../renderer/cases/board-filter';

const input = caseMethods['cases.board'].input;

describe('board filter', () => {
  it('asks for every case when nothing is chosen', () => {
    expect(boardFilter(NO_FILTER)).toEqual({});
  });

  it('passes town, stage and blocked-only through, in a shape the API accepts', () => {
    const filter = boardFilter({ ...NO_FILTER, town: '终兴镇', stage: 'filing', blockedOnly: true });
    expect(filter).toEqual({ town: '终兴镇', stage: 'filing', blockedOnly: true });
    expect(input.parse(filter)).toEqual(filter);
  });

  it('filters by a lane only once both the lane and its status are chosen', () => {
    expect(boardFilter({ ...NO_FILTER, lane: 'bank' })).toEqual({});
    const filter = boardFilter({ ...NO_FILTER, lane: 'bank', status: 'returned' });
    expect(filter).toEqual({ lane: { lane: 'bank', status: 'returned' } });
    expect(input.parse(filter)).toEqual(filter);
  });

  it('offers each town once', () => {
    expect(townsOf([{ town: '终兴镇' }, { town: '蔡堂镇' }, { town: '终兴镇' }])).toHaveLength(2);
  });
});
