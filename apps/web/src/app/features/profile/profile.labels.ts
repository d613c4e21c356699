/** UI strings of 个人设置: the feature's own copy, not in core's LABELS. */
export const PROFILE_LABELS = {
  profile: {
    title: '修改密码',
    currentPassword: '当前密码',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    policy: '新密码至少 10 个字符，须同时包含字母和数字，且不能包含用户名。修改后其他设备上的登录将失效。',
    mismatch: '两次输入的新密码不一致',
    required: '请填写此项',
    submit: '修改密码',
    done: '密码已修改',
  },
} as const;
