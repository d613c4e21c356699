/** UI strings of 年度统计: the feature's own copy, not in core's LABELS. */
export const ANNUAL_REPORT_LABELS = {
  annualReport: {
    year: '年度',
    totalsTitle: '信访情况年度统计',
    cases: '信访事项（件）',
    persons: '涉及人数',
    visitBatches: '来访（批次）',
    visitPersons: '来访（人次）',
    forwarded: '转送',
    assigned: '交办',
    supervised: '督办',
    diverted: '导入法定途径',
    byField: '按领域（内容分类）',
    byTownship: '按乡镇',
    mostInvolvedUnits: '涉及较多的单位（前十）',
    byMonth: '按月份',
    byChannel: '按信访形式',
  },
} as const;
