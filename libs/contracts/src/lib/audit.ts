/** One row of the append-only audit log (审计日志). */
export interface AuditLogEntry {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorUsername: string | null;
  /** e.g. `auth.login`, `user.create`, `org_unit.update`, `petitioner.reveal`. */
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, { before?: unknown; after?: unknown }> | null;
  reason: string | null;
  requestId: string | null;
  clientIp: string | null;
}

/** Filters of the audit search and export; all optional and combined with AND. */
export interface AuditLogQuery {
  /** Username of the actor (exact). */
  actor?: string;
  /** Exact action (`user.create`) or a family ending in a dot (`user.`). */
  action?: string;
  entityType?: string;
  entityId?: string;
  /** ISO date-time, inclusive. */
  from?: string;
  /** ISO date-time, exclusive. */
  to?: string;
}

export interface AuditLogListResponse {
  items: AuditLogEntry[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** Labels of the audited actions, for people reading the log. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.logout': '退出登录',
  'auth.refresh_reused': '刷新令牌被重复使用（已吊销该会话）',
  'user.password_change': '修改本人密码',
  'user.create': '创建账号',
  'user.update': '修改账号',
  'user.password_reset': '重置密码',
  'org_unit.create': '新增单位',
  'org_unit.update': '修改单位',
  'org_unit.import_create': '导入新增单位',
  'org_unit.import_rename': '导入更名单位',
  'audit_log.export': '导出审计日志',
  'petitioner.create': '登记信访人',
  'petitioner.reveal': '查看信访人完整个人信息',
  'case.register': '登记信访事项',
  'case.repeat_confirm': '确认重复信访（合并）',
  'case.repeat_dismiss': '排除重复信访',
  'case.repeat_undo': '撤销重复信访（拆分）',
  'visit.register': '来访接待登记',
  'attachment.upload': '上传附件',
  'attachment.download': '下载附件',
  'ledger.export': '导出台账',
  'export.request': '申请后台导出',
  'export.download': '下载导出文件',
  'category.create': '新增内容分类',
  'category.update': '修改内容分类',
  'duty_period.create': '新增敏感节点',
  'duty_period.update': '修改敏感节点',
  'duty_period.delete': '删除敏感节点',
  'duty_roster.generate': '生成值班表',
  'duty_roster.publish': '发布值班表',
  'duty_roster.close': '关闭值班表',
  'duty_shift.check_in': '值班签到',
  'duty_shift.check_out': '值班签退',
  'duty_shift.missed': '标记缺岗',
  'duty_unavailability.declare': '申报不能值班',
  'duty_unavailability.delete': '撤销不能值班申报',
  'duty_swap.request': '申请换班/替班',
  'duty_swap.decide': '审批换班/替班',
  'duty_report.submit': '报送值班日报',
  'duty_subsidy_rate.create': '设置值班补助标准',
  'duty_subsidy_sheet.create': '生成值班补助发放表',
  'duty_subsidy_sheet.approve': '审批值班补助发放表',
  'return_escort.create': '登记劝返/接返',
  'return_escort.update': '修改劝返/接返记录',
  'diversion.flag': '标记涉法涉诉',
  'diversion.decide': '确认分流去向',
  'diversion.follow_up': '分流回访（是否进入法定途径）',
  'diversion.consultation': '登记法律咨询/政策解释',
  'diversion.rule.revise': '修订分流规则',
  'hotspot.create': '登记信访隐患',
  'hotspot.import': '导入隐患台账',
  'hotspot.follow_up': '隐患动态记录',
  'hotspot.link_case': '隐患关联信访事项',
  'hotspot.start': '隐患开始化解',
  'hotspot.stabilize': '隐患已稳控',
  'hotspot.request_close': '申请隐患销号',
  'hotspot.approve_close': '批准隐患销号',
  'hotspot.reject_close': '退回隐患销号申请',
  'hotspot.to_backlog': '隐患转为积案',
  'hotspot.to_incident': '隐患转为突发事件快报',
  'hotspot.suspend': '中止隐患化解',
  'hotspot.resume': '恢复隐患化解',
  'hotspot.weekly_report': '报送每周排查',
  'backlog.create': '登记信访积案',
  'backlog.leader_activity': '登记领导接访/下访/约访',
  'backlog.resolve': '更新积案化解情况',
};
