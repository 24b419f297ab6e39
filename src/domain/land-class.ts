import { z } from 'zod';

/**
 * GB/T 21010-2017 land-use codes used by LandLink (domain.md E.3). The Chinese name is the
 * standard's own wording, printed on documents; the UI shows names through the i18n catalogue.
 */
export const LAND_CLASSES = {
  '0101': '水田',
  '0102': '水浇地',
  '0103': '旱地',
  '0201': '果园',
  '0202': '茶园',
  '0204': '其他园地',
  '0301': '乔木林地',
  '0305': '灌木林地',
  '0307': '其他林地',
  '0403': '人工牧草地',
  '0404': '其他草地',
  '0601': '工业用地',
  '0602': '采矿用地',
  '0604': '仓储用地',
  '0701': '城镇住宅用地',
  '0702': '农村宅基地',
  '0809': '公用设施用地',
  '0810': '公园与绿地',
  '1003': '公路用地',
  '1004': '城镇村道路用地',
  '1006': '农村道路',
  '1101': '河流水面',
  '1103': '水库水面',
  '1104': '坑塘水面',
  '1107': '沟渠',
  '1109': '水工建筑用地',
  '1201': '空闲地',
  '1202': '设施农用地',
  '1203': '田坎',
  '1204': '盐碱地',
  '1205': '沙地',
  '1206': '裸土地',
  '1207': '裸岩石砾地',
} as const;

export type LandClassCode = keyof typeof LAND_CLASSES;
const codes = Object.keys(LAND_CLASSES) as [LandClassCode, ...LandClassCode[]];
export const LandClassCodeSchema = z.enum(codes);

export const landClassName = (code: LandClassCode): string => LAND_CLASSES[code];
