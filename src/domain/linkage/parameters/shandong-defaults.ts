import type { LinkageParameterTable } from './linkage-parameters';

/**
 * The table a Shandong county starts from (domain.md C.5–C.8). Only the homestead caps, the consent
 * threshold and the cross-province price come from documents, and those are not verified against the
 * current text; every other figure is a LandLink placeholder (`placeholder: true`, source says 占位值)
 * that the county must replace with its own before a proposal is printed.
 */
const HOMESTEAD =
  '山东省实施《土地管理法》办法（旧）; domain.md C.7, 现行条例是否沿用待核实；生效日期为占位值，待核实';
const PLACEHOLDER = '占位值：山东无公开统一标准（domain.md C.8），须由县按本地文件替换';
const FROM = '2000-01-01';

const doc = (value: number, effectiveFrom: string, source: string) => [{ value, effectiveFrom, source }];
const placeholder = <V>(value: V, why = PLACEHOLDER) => [{ value, effectiveFrom: FROM, source: why, placeholder: true }];

export const SHANDONG_DEFAULTS: LinkageParameterTable = {
  region: '山东省默认（含占位值）',
  parameters: {
    homesteadCapM2: {
      suburb: doc(166, FROM, `${HOMESTEAD}；城市郊区和乡（镇）政府驻地每户不超过 166 m²`),
      plain: doc(200, FROM, `${HOMESTEAD}；平原村庄每户不超过 200 m²`),
      salineWaste: doc(264, FROM, `${HOMESTEAD}；盐碱地、荒滩地村庄可适当放宽，最多不超过 264 m²`),
      hill: doc(132, FROM, `${HOMESTEAD}；丘陵、山区村庄每户不超过 132 m²（[K] 未见原文）`),
      poorSlope: doc(198, FROM, `${HOMESTEAD}；利用荒坡薄地的最多不超过 198 m²（[K] 未见原文）`),
    },
    floorAreaPerCapitaM2: placeholder(30, '占位值：山东未见公布的安置楼房人均建筑面积标准（domain.md C.6），须由县确定'),
    compensationYuanPerM2: {
      brickConcrete: placeholder(800),
      brickWood: placeholder(600),
      earthWood: placeholder(400),
      simple: placeholder(150),
    },
    homesteadCompensationYuanPerM2: placeholder(0),
    movingAllowanceYuanPerHousehold: placeholder(1000),
    transitionAllowanceYuanPerPersonMonth: placeholder(200),
    transitionMonths: { unified: placeholder(24), self_build: placeholder(12) },
    reclamationYuanPerMu: placeholder(
      20000,
      '占位值：山东无公开复垦单价；云南麻龙区 4 个拆旧区复垦共 1667.41 万元但未给面积（domain.md C.5），须由县替换',
    ),
    constructionYuanPerM2: { apartment: placeholder(1800), courtyard: placeholder(1500), elderly: placeholder(1600) },
    selfBuildSubsidyYuanPerM2: placeholder(300),
    infrastructureYuanPerHousehold: placeholder(30000),
    infrastructureYuanPerM2Land: placeholder(0),
    fees: {
      survey: placeholder({ kind: 'perMu' as const, yuanPerMu: 300 }),
      design: placeholder({ kind: 'share' as const, share: 0.02 }),
      acceptance: placeholder({ kind: 'perMu' as const, yuanPerMu: 200 }),
    },
    quotaPriceYuanPerMu: {
      county: placeholder(
        250000,
        '占位值：山东无县内指标价；参考云南麻龙区 2017–2019 年 454.47 亩成交 1.136 亿元，约 25 万元/亩（domain.md C.5）',
      ),
      province: placeholder(
        286000,
        '占位值：山东无省内流转价；参考 2018 年全国贫困县省内流转约 800 亿元/28 万亩，约 28.6 万元/亩（domain.md C.5 推算）',
      ),
      crossProvince: doc(
        300000,
        '2018-03-26',
        '国办发〔2018〕16号 城乡建设用地增减挂钩节余指标跨省域调剂管理办法：调出地区复垦为一般耕地或其他农用地 30 万元/亩' +
          '（高标准农田 40 万元/亩）；[K] 未核实原文，生效日期按发布日推定；仅深度贫困地区可调出，山东县域一般不适用',
      ),
    },
    consentThreshold: doc(
      0.95,
      '2020-01-01',
      '山东省 2020 年新闻发布会：须 95% 以上村民同意方可实施（domain.md C.6，二手来源）；生效日期按 2020 年初记，待核实',
    ),
    plotRatio: { apartment: placeholder(1.2), elderly: placeholder(0.8) },
  },
};
