/** Messages the core's errors and validation issues use; the CLI and the UI render the same text. */
export const zhCN = {
  error: {
    VALIDATION: '输入有误，请检查标出的字段。',
    NOT_FOUND: '找不到该{{what}}（编号 {{id}}），可能已被删除。',
    CONFLICT: '{{what}}与已有记录冲突：{{detail}}',
    UNKNOWN_METHOD: '未知的操作：{{method}}',
    WORKSPACE_NEWER:
      '工作区文件由更新版本的技改规划助手创建（数据版本 {{found}}，本程序支持到 {{supported}}）。为保护数据，未做任何改动；请升级程序后再打开。',
    WORKSPACE_FOREIGN: '文件 {{path}} 不是技改规划助手的工作区，未做任何改动。',
    WORKSPACE_CORRUPT: '工作区文件已损坏（{{reason}}），已移至 {{movedTo}}。可以从最近的完好备份恢复。',
    WORKSPACE_UNAVAILABLE: '工作区正处于恢复模式，请先从备份恢复或新建空工作区。',
    WORKSPACE_READONLY: '工作区文件只读，无法保存更改：{{path}}',
    WORKSPACE_UPGRADE_FAILED:
      '工作区从数据版本 {{from}} 升级到 {{to}} 失败（{{reason}}），文件保持原样，升级前的备份已保存。请将此信息反馈给技术支持。',
    BACKUP_NOT_FOUND: '找不到备份“{{name}}”。',
    BACKUP_INVALID: '备份“{{name}}”不可用：{{reason}}',
    UNAUTHORIZED: '请求未获授权。请使用启动时显示的完整地址打开。',
    INTERNAL: '发生内部错误，操作未完成，数据未改动。详情已写入日志。',
  },
  validation: {
    invalid_type: '类型不对（应为 {{expected}}）',
    too_small: '不能小于 {{minimum}}',
    too_big: '不能大于 {{maximum}}',
    invalid_format: '格式不对',
    invalid_value: '取值不在允许范围内（{{values}}）',
    unrecognized_keys: '包含未知字段：{{keys}}',
    not_multiple_of: '必须是 {{divisor}} 的倍数',
    custom: '取值无效',
    twoDecimals: '金额最多保留两位小数',
    duplicate: '重复的取值',
    duplicateYear: '{{year}} 年重复出现',
    backupName: '备份名称无效',
    required: '必填',
  },
  enterprise: {
    usccTaken: '该统一社会信用代码已登记在“{{name}}”名下',
  },
  uscc: {
    length: '统一社会信用代码应为 18 位，实为 {{length}} 位',
    char: '统一社会信用代码第 {{position}} 位“{{found}}”不是允许的字符（不使用 I、O、S、V、Z）',
    area: '统一社会信用代码第 {{position}} 位“{{found}}”应为数字（第 3–8 位是行政区划码）',
    check: '统一社会信用代码第 18 位（校验码）应为“{{expected}}”，实为“{{found}}”',
    orgCheck:
      '提示：第 9–17 位组织机构代码的校验位（第 17 位）按 GB 11714 应为“{{expected}}”，实为“{{found}}”，请核对',
    orgChar: '提示：第 9–16 位组织机构代码含无法校验的字符，请核对',
  },
};
