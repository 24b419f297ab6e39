import { describe, expect, it } from 'vitest';
import { encodingHowKey, SRS_CHOICES, swapChoice, swapOption, withOption } from '../../../renderer/import/source-options';
import { zhCN } from '../../../resources/i18n/catalogues';

describe('import read options', () => {
  it('offer CGCS2000 and its Gauss-Krüger zones 38–41 with and without prefix, by EPSG code and name', () => {
    const ids = SRS_CHOICES.map((c) => c.srsId);
    for (const id of [4490, 4526, 4527, 4528, 4529, 4547, 4548, 4549, 4550]) expect(ids).toContain(id);
    expect(SRS_CHOICES.find((c) => c.srsId === 4527)!.label).toBe('EPSG:4527 CGCS2000 / 3-degree Gauss-Kruger zone 39');
    expect(SRS_CHOICES.find((c) => c.srsId === 4548)!.label).toBe('EPSG:4548 CGCS2000 / 3-degree Gauss-Kruger CM 117E');
  });

  it('drop an option set back to automatic so the core guesses it again', () => {
    const forced = withOption({ encoding: 'GBK' }, 'srsId', 4527);
    expect(forced).toEqual({ encoding: 'GBK', srsId: 4527 });
    const auto = withOption(forced, 'encoding', undefined);
    expect(auto).toEqual({ srsId: 4527 });
    expect('encoding' in auto).toBe(false);
  });

  it('map the three swap choices to the tri-state option and back', () => {
    for (const choice of ['auto', 'swap', 'keep'] as const) expect(swapChoice(swapOption(choice))).toBe(choice);
    expect(swapOption('auto')).toBeUndefined();
    expect(swapOption('keep')).toBe(false);
  });

  it('translate the known ways an encoding was found and leave others to be shown as written', () => {
    expect(zhCN[encodingHowKey('cpg')!]).toBe('依据 .cpg 文件');
    expect(encodingHowKey('toString')).toBeNull();
    expect(encodingHowKey('bom')).toBeNull();
  });
});
