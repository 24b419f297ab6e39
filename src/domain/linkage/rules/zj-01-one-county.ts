import type { LinkageRule } from './rule';

/** A project area lies inside one county-level jurisdiction: all its villages share one county code. */
export const zj01OneCounty: LinkageRule = {
  id: 'ZJ-01',
  severity: 'error',
  titleKey: 'rule.ZJ-01.title',
  basis: '国土资发〔2008〕138号《城乡建设用地增减挂钩试点管理办法》；国发〔2010〕47号：项目区设在县级行政区域内（条款号未核实）',
  check(facts) {
    const { villages } = facts.project;
    if (villages.length === 0) {
      return [{ message: `项目区 ${facts.project.code} 未登记所涉村庄，无法核对是否在一个县级行政区域内`, path: 'project.villages', parcelIds: [] }];
    }
    const counties = [...new Set(villages.map((v) => v.countyCode))];
    if (counties.length === 1) return [];
    const byCounty = counties.map((c) => `${c}（${villages.filter((v) => v.countyCode === c).map((v) => v.name).join('、')}）`);
    const first = villages.findIndex((v) => v.countyCode !== villages[0]!.countyCode);
    return [
      {
        message: `项目区 ${facts.project.code} 跨 ${counties.length} 个县级行政区：${byCounty.join('；')}，项目区不得跨县设置`,
        path: `project.villages.${first}.countyCode`,
        parcelIds: [],
      },
    ];
  },
};
