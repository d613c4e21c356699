/** UI strings of the login page: the feature's own copy, not in core's LABELS. */
export const LOGIN_LABELS = {
  login: {
    title: '用户登录',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    submit: '登录',
    submitting: '正在登录…',
    footer: '仅限授权工作人员使用。信访人个人信息受法律保护，请勿外传。',
    publicQuery: '信访事项查询评价',
    publicQueryHint: '信访人凭查询码查询办理进度、评价办理结果，无需登录',
  },
} as const;
