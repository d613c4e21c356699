// The demo cases of a fresh `npm start` and the workflow steps each is walked through
// (demo-cases.mjs applies them through the API). Together they leave at least one case in every
// state of the lifecycle (CASE_STATES of @julu/contracts); the comment after each names it.

/** The 复查 → 复核 chain of a matter answered by the bureau itself, step by step. */
const ANSWERED = ['acceptHere', 'start', 'reply'];
const REVIEWED = [...ANSWERED, 'requestReview', 'acceptReview', 'replyReview'];
const REREVIEW_ACCEPTED = [...REVIEWED, 'requestRereview', 'acceptRereview'];

export const DEMO_CASES = [
  { town: '巨鹿镇', name: '张秀兰', id: '13052919620304002', title: '申请核查新农合报销比例', category: '10', request: '请求核查住院报销比例是否符合政策', steps: [] }, // 已登记
  { town: '巨鹿镇', name: '李建国', id: '13052919700815003', title: '拖欠农民工工资', category: '03', request: '请求督促建筑公司支付2025年度工资', steps: ['forward'] }, // 已转送
  {
    town: '王虎寨镇',
    name: '王志强',
    id: '13052919851122001',
    title: '工伤认定进度',
    category: '03',
    request: '请求尽快作出工伤认定结论',
    steps: ['forward', 'accept', 'start', 'supervise'],
  }, // 办理中（督办）
  { town: '巨鹿镇', name: '赵桂芝', id: '13052919580101004', title: '道路积水影响出行', category: '01', request: '请求修缮村内排水沟', steps: ANSWERED }, // 已答复
  { town: '西郭城镇', name: '刘明', id: '13052919900606005', title: '劳动合同解除补偿争议', category: '03', request: '请求支付解除劳动合同经济补偿', steps: ['notAccept'] }, // 不予受理
  { town: '巨鹿镇', name: '陈玉梅', id: '13052919750312006', title: '养老保险待遇核定', category: '03', request: '请求重新核定养老保险待遇', steps: ['forward', 'accept'] }, // 已受理
  { town: '王虎寨镇', name: '周国华', id: '13052919680920007', title: '失业保险金发放', category: '03', request: '请求尽快发放失业保险金', steps: ['assign'] }, // 已交办
  { town: '巨鹿镇', name: '吴海燕', id: '13052919820527008', title: '村内路灯损坏', category: '01', request: '请求修复村内路灯', steps: [...ANSWERED, 'close'] }, // 已办结
  {
    town: '西郭城镇',
    name: '郑志刚',
    id: '13052919791105009',
    title: '宅基地审批答复不服',
    category: '01',
    request: '请求重新审查宅基地申请',
    steps: [...ANSWERED, 'requestReview'],
  }, // 已申请复查
  {
    town: '巨鹿镇',
    name: '孙立新',
    id: '13052919660718010',
    title: '民间借贷纠纷',
    category: '01',
    request: '请求帮助追回借款',
    steps: ['divert'],
    diversion: { route: 'LITIGATION', competentOrgan: '巨鹿县人民法院', note: '民间借贷纠纷属人民法院受理的民事案件，告知通过诉讼解决' },
  }, // 已分流
  { town: '巨鹿镇', name: '何春生', id: '13052919610409011', title: '医保关系转移接续', category: '10', request: '请求办理医疗保险关系转移', steps: ['forward', 'object'] }, // 异议中
  {
    town: '王虎寨镇',
    name: '冯淑珍',
    id: '13052919730214012',
    title: '工亡待遇核定',
    category: '03',
    request: '请求核定一次性工亡补助金',
    steps: ['forward', 'accept', 'start', 'requestExtension'],
  }, // 延期申请中
  {
    town: '西郭城镇',
    name: '许文斌',
    id: '13052919880730013',
    title: '职业技能补贴发放',
    category: '03',
    request: '请求发放职业技能提升补贴',
    steps: ['forward', 'accept', 'start', 'requestExtension', 'approveExtension'],
  }, // 已延期
  {
    town: '巨鹿镇',
    name: '高秀英',
    id: '13052919640923014',
    title: '邻里宅基地界址纠纷',
    category: '01',
    request: '请求协调确定宅基地界址',
    steps: ['acceptHere', 'start', 'mediate'],
  }, // 调解结案
  {
    town: '巨鹿镇',
    name: '马德胜',
    id: '13052919590611015',
    title: '村集体土地承包费分配',
    category: '04',
    request: '请求公开土地承包费分配账目',
    steps: [...ANSWERED, 'requestReview', 'acceptReview'],
  }, // 复查中
  { town: '西郭城镇', name: '胡丽娟', id: '13052919810302016', title: '农村危房改造补助', category: '01', request: '请求落实危房改造补助资金', steps: REVIEWED }, // 已复查
  {
    town: '王虎寨镇',
    name: '林国栋',
    id: '13052919771018017',
    title: '集体林权确权争议',
    category: '02',
    request: '请求重新确认集体林地权属',
    steps: [...REVIEWED, 'requestRereview'],
  }, // 已申请复核
  { town: '巨鹿镇', name: '罗桂英', id: '13052919690125018', title: '大病救助金额核定', category: '10', request: '请求重新核定大病救助金额', steps: REREVIEW_ACCEPTED }, // 复核中
  {
    town: '西郭城镇',
    name: '梁振华',
    id: '13052919740817019',
    title: '土地征收补偿标准',
    category: '02',
    request: '请求按新标准支付征地补偿',
    steps: [...REREVIEW_ACCEPTED, 'startHearing'],
  }, // 听证中
  {
    town: '巨鹿镇',
    name: '宋玉兰',
    id: '13052919630506020',
    title: '优抚对象待遇认定',
    category: '08',
    request: '请求认定为优抚对象并发放补助',
    steps: [...REREVIEW_ACCEPTED, 'replyRereview'],
  }, // 已复核
  {
    town: '王虎寨镇',
    name: '唐志明',
    id: '13052919600728021',
    title: '企业改制职工安置',
    category: '03',
    request: '请求落实改制企业职工安置费用',
    steps: [...REREVIEW_ACCEPTED, 'replyRereview', 'terminate'],
  }, // 已终结
  {
    town: '巨鹿镇',
    name: '韩桂兰',
    id: '13052919710913022',
    title: '物业服务合同纠纷',
    category: '01',
    request: '请求物业公司退还多收的物业费',
    steps: ['divert', 'archive'],
    diversion: { route: 'LITIGATION', competentOrgan: '巨鹿县人民法院', note: '物业服务合同纠纷属人民法院受理的民事案件，告知通过诉讼解决' },
  }, // 已归档
  // The same person on the same matter while the first case is being handled (Art 19 ¶3).
  { town: '王虎寨镇', name: '王志强', samePersonAs: '王志强', title: '再次反映工伤认定进度', category: '03', request: '请求尽快作出工伤认定结论', steps: ['rejectDuplicate'] }, // 不再受理
];
