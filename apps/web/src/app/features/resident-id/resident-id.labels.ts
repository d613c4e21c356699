/** UI strings of 身份证号码校验 (the reception and 信访人查询 show its 男/女 too): the feature's own copy, not in core's LABELS. */
export const RESIDENT_ID_LABELS = {
  residentId: {
    title: '身份证号码校验',
    hint: '按 GB 11643 校验18位身份证号码（末位可为 X），15位旧号码自动升位。',
    input: '身份证号码',
    placeholder: '请输入18位或15位身份证号码',
    required: '请输入身份证号码',
    submit: '校验',
    checking: '校验中…',
    result: '校验通过',
    normalized: '标准号码',
    birthDate: '出生日期',
    gender: '性别',
    male: '男',
    female: '女',
    converted: '由15位旧号码升位',
    yes: '是',
    no: '否',
  },
} as const;
